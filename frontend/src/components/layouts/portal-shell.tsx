import type { ReactNode } from 'react';
import { paths } from '@/config/paths';
import { Brand, TopbarAccount } from './topbar-parts';

type PortalShellProps = { userName: string; live: ReactNode; onSignOut: () => void; signingOut?: boolean; children: ReactNode };

/** The client portal frame, phone first: a compact bar and one column. */
export function PortalShell({ userName, live, onSignOut, signingOut, children }: PortalShellProps) {
  return (
    <div className="shell shell-portal">
      <header className="topbar">
        <div className="topbar-inner topbar-narrow">
          <Brand href={paths.portal.dashboard.getHref()} />
          <TopbarAccount
            live={live}
            userName={userName}
            changePasswordHref={paths.portal.changePassword.getHref()}
            securityHref={paths.portal.security.getHref()}
            onSignOut={onSignOut}
            signingOut={signingOut}
          />
        </div>
      </header>
      <main id="main" className="main main-narrow" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
