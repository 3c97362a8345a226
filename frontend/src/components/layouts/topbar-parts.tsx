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
  changePasswordHref: string;
  securityHref: string;
  onSignOut: () => void;
  signingOut?: boolean;
};

/** The right end of both portals' top bars: live state, who is signed in, password, security, sign-out. */
export function TopbarAccount({ live, userName, changePasswordHref, securityHref, onSignOut, signingOut }: TopbarAccountProps) {
  return (
    <div className="topbar-end">
      {live}
      <span className="topbar-user">{userName}</span>
      <Link to={changePasswordHref} className="nav-link topbar-account-link">
        Change password
      </Link>
      <Link to={securityHref} className="nav-link topbar-account-link">
        Security
      </Link>
      <Button variant="ghost" onClick={onSignOut} busy={signingOut}>
        Sign out
      </Button>
    </div>
  );
}
