import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';

/** The Claimstream mark, linking to the portal's home. */
export function Brand({ href }: { href: string }) {
  return (
    <Link to={href} className="brand">
      <span className="brand-mark" aria-hidden="true">
        C
      </span>
      <span className="brand-text">Claimstream</span>
    </Link>
  );
}

type TopbarAccountProps = {
  live: ReactNode;
  userName: string;
  securityHref: string;
  onSignOut: () => void;
  signingOut?: boolean;
};

/** The right end of both portals' top bars: live state, who is signed in (their account and security), sign-out. */
export function TopbarAccount({ live, userName, securityHref, onSignOut, signingOut }: TopbarAccountProps) {
  return (
    <div className="topbar-end">
      {live}
      <Link to={securityHref} className="nav-link topbar-account" title="Account and security">
        <span className="topbar-user">{userName}</span>
        <span className="topbar-account-short">Account</span>
      </Link>
      <Button variant="ghost" onClick={onSignOut} busy={signingOut}>
        Sign out
      </Button>
    </div>
  );
}
