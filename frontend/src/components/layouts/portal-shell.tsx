import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Button } from '@/components/ui/button';

type PortalShellProps = { userName: string; live: ReactNode; onSignOut: () => void; signingOut?: boolean; children: ReactNode };

/** The client portal frame, phone first: a compact bar and one column. */
export function PortalShell({ userName, live, onSignOut, signingOut, children }: PortalShellProps) {
  return (
    <div className="shell shell-portal">
      <header className="topbar">
        <div className="topbar-inner topbar-narrow">
          <Link to={paths.portal.dashboard.getHref()} className="brand">
            <span className="brand-mark" aria-hidden="true">
              C
            </span>
            <span className="brand-text">Claimstream</span>
          </Link>
          <div className="topbar-end">
            {live}
            <span className="topbar-user">{userName}</span>
            <Link to={paths.portal.changePassword.getHref()} className="nav-link">
              Change password
            </Link>
            <Button variant="ghost" onClick={onSignOut} busy={signingOut}>
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="main main-narrow" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
