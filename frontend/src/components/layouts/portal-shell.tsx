import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Brand, TopbarAccount } from './topbar-parts';

type PortalShellProps = {
  userName: string;
  live: ReactNode;
  /** What the portal is looking at (the selected practice), under the top bar. */
  context?: ReactNode;
  onSignOut: () => void;
  signingOut?: boolean;
  children: ReactNode;
};

/** The client portal frame, phone first: a compact bar and one column. */
export function PortalShell({ userName, live, context, onSignOut, signingOut, children }: PortalShellProps) {
  return (
    <div className="shell shell-portal">
      <header className="topbar">
        <div className="topbar-inner topbar-narrow">
          <Brand href={paths.portal.dashboard.getHref()} />
          <Link to={paths.portal.insurance.getHref()} className="nav-link">
            Insurance
          </Link>
          <Link to={paths.portal.settings.getHref()} className="nav-link">
            Settings
          </Link>
          <TopbarAccount
            live={live}
            userName={userName}
            securityHref={paths.portal.security.getHref()}
            onSignOut={onSignOut}
            signingOut={signingOut}
          />
        </div>
        {context ? <div className="practice-bar">{context}</div> : null}
      </header>
      <main id="main" className="main main-narrow" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
