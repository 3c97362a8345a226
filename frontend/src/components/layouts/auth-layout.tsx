import type { ReactNode } from 'react';

/** Centered single card for sign-in, sign-up and the invitation pages; works from 320 px up. */
export function AuthLayout({ title, subtitle, children, footer }: { title: string; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="auth-page">
      <main className="auth-card" id="main">
        <p className="auth-brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          Claimstream
        </p>
        <h1 className="auth-title">{title}</h1>
        {subtitle ? <div className="auth-subtitle">{subtitle}</div> : null}
        {children}
        {footer ? <div className="auth-footer">{footer}</div> : null}
      </main>
    </div>
  );
}
