import { Link, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { AuditLog } from '@/features/audit/components/audit-log';
import type { AuditFilter } from '@/features/audit/api/get-audit-log';
import { isPracticeSession, useSession } from '@/features/auth/api/get-session';
import { usePracticeMembers } from '@/features/clients/api/get-clinicians';
import type { AuditAction } from '@/types/api';

/** The audit log for administrators; filters live in the URL ("who accessed this client" links here with clientId). */
export function AuditRoute() {
  const { data: session } = useSession();
  const members = usePracticeMembers();
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {
    clientId: params.get('clientId') ?? undefined,
    actorId: params.get('actorId') ?? undefined,
    action: (params.get('action') as AuditAction | null) ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const onChange = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  if (isPracticeSession(session) && session.account.role !== 'PRACTICE_ADMIN') {
    return <Alert title="Administrators only">Ask an administrator of your practice to review the audit log.</Alert>;
  }
  return (
    <div>
      {filter.clientId ? (
        <Link className="back-link" to={paths.practice.client.getHref(filter.clientId)}>
          ← Client
        </Link>
      ) : null}
      <div className="page-header">
        <div>
          <h1 className="page-title">{filter.clientId ? 'Who accessed this client' : 'Audit log'}</h1>
          <p className="page-subtitle">Every read and change of client records, sign-in and export, kept for six years.</p>
        </div>
        {filter.clientId ? (
          <Link className="btn btn-secondary" to={paths.practice.audit.getHref()}>
            Whole practice
          </Link>
        ) : null}
      </div>
      <AuditLog filter={filter} page={page} onChange={onChange} members={members.data ?? []} clientHref={paths.practice.client.getHref} />
    </div>
  );
}
