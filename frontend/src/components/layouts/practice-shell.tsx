import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { paths } from '@/config/paths';
import { Brand, TopbarAccount } from './topbar-parts';

type PracticeShellProps = {
  practiceName: string;
  userName: string;
  live: ReactNode;
  onSignOut: () => void;
  signingOut?: boolean;
  /** Administrators also manage the team and banking, and review the audit log. */
  isAdmin?: boolean;
  children: ReactNode;
};

/** The clinician portal frame: top bar with the practice, the live indicator and sign-out. */
export function PracticeShell({ practiceName, userName, live, onSignOut, signingOut, isAdmin = false, children }: PracticeShellProps) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Brand href={paths.practice.dashboard.getHref()} />
          <span className="topbar-practice" title={practiceName}>
            {practiceName}
          </span>
          <nav className="topbar-nav" aria-label="Main">
            <NavLink to={paths.practice.dashboard.getHref()} end className="nav-link">
              Home
            </NavLink>
            <NavLink to={paths.practice.clients.getHref()} className="nav-link">
              Clients
            </NavLink>
            <NavLink to={paths.practice.settings.getHref()} className="nav-link">
              Practice
            </NavLink>
            {isAdmin ? (
              <>
                <NavLink to={paths.practice.team.getHref()} className="nav-link">
                  Team
                </NavLink>
                <NavLink to={paths.practice.banking.getHref()} className="nav-link">
                  Banking
                </NavLink>
                <NavLink to={paths.practice.audit.getHref()} className="nav-link">
                  Audit log
                </NavLink>
              </>
            ) : null}
          </nav>
          <TopbarAccount
            live={live}
            userName={userName}
            securityHref={paths.practice.security.getHref()}
            onSignOut={onSignOut}
            signingOut={signingOut}
          />
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
