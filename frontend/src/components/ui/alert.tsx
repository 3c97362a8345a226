import type { ReactNode } from 'react';

type AlertProps = { tone?: 'error' | 'info' | 'success' | 'warning'; title?: string; children?: ReactNode };

/** An inline message where something happened; errors are announced to screen readers. */
export function Alert({ tone = 'error', title, children }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="alert-title">{title}</p> : null}
      {children ? <div className="alert-body">{children}</div> : null}
    </div>
  );
}
