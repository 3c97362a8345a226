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
  /** Administrators review the audit log. */
  showAudit?: boolean;
  children: ReactNode;
};

/** The clinician portal frame: top bar with the practice, the live indicator and sign-out. */
export function PracticeShell({ practiceName, userName, live, onSignOut, signingOut, showAudit, children }: PracticeShellProps) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Brand href={paths.practice.clients.getHref()} />
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
            {showAudit ? (
              <NavLink to={paths.practice.audit.getHref()} className="nav-link">
                Audit log
              </NavLink>
            ) : null}
          </nav>
          <TopbarAccount
            live={live}
            userName={userName}
            changePasswordHref={paths.practice.changePassword.getHref()}
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
