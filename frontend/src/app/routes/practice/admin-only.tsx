import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { isPracticeSession, useSession } from '@/features/auth/api/get-session';

/** Team and banking are the administrators' (PRODUCT §1): anyone else opening the address is told so. */
export function AdminOnly({ what, children }: { what: string; children: ReactNode }) {
  const { data: session } = useSession();
  if (isPracticeSession(session) && session.account.role === 'PRACTICE_ADMIN') return <>{children}</>;
  return <Alert tone="info">Only administrators manage {what}. Ask an administrator of your practice.</Alert>;
}
