import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { paths } from '@/config/paths';
import { Button } from '@/components/ui/button';

type PracticeShellProps = {
  practiceName: string;
  userName: string;
  live: ReactNode;
  onSignOut: () => void;
  signingOut?: boolean;
  children: ReactNode;
};

/** The clinician portal frame: top bar with the practice, the live indicator and sign-out. */
export function PracticeShell({ practiceName, userName, live, onSignOut, signingOut, children }: PracticeShellProps) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to={paths.practice.clients.getHref()} className="brand">
            <span className="brand-mark" aria-hidden="true">
              C
            </span>
            <span className="brand-text">Claimstream</span>
          </Link>
          <span className="topbar-practice" title={practiceName}>
            {practiceName}
          </span>
          <nav className="topbar-nav" aria-label="Main">
            <NavLink to={paths.practice.clients.getHref()} end className="nav-link">
              Clients
            </NavLink>
            <NavLink to={paths.practice.settings.getHref()} className="nav-link">
              Practice
            </NavLink>
          </nav>
          <div className="topbar-end">
            {live}
            <span className="topbar-user">{userName}</span>
            <Link to={paths.practice.changePassword.getHref()} className="nav-link">
              Change password
            </Link>
            <Button variant="ghost" onClick={onSignOut} busy={signingOut}>
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
