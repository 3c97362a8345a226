import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { isPracticeSession, useSession } from '@/features/auth/api/get-session';

/**
 * Team and banking are the administrators' (PRODUCT §1): anyone else opening the address is told so, under
 * the page's own title, so a direct visit does not look like a broken page.
 */
export function AdminOnly({ title, what, children }: { title: string; what: string; children: ReactNode }) {
  const { data: session } = useSession();
  if (isPracticeSession(session) && session.account.role === 'PRACTICE_ADMIN') return <>{children}</>;
  return (
    <div className="detail-stack">
      <div className="page-header">
        <h1 className="page-title">{title}</h1>
      </div>
      <Alert tone="info">Only administrators manage {what}. Ask an administrator of your practice.</Alert>
    </div>
  );
}
