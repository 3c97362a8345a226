import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { isProblem } from '@/lib/api-client';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import { useConnection } from '../api/get-connection';

const STATUS: Record<string, { label: string; tone: 'success' | 'info' | 'neutral' | 'warning' }> = {
  connected: { label: 'Connected', tone: 'success' },
  invited: { label: 'Invited', tone: 'info' },
  archived: { label: 'Archived', tone: 'neutral' },
  declined: { label: 'Declined', tone: 'warning' },
  expired: { label: 'Expired', tone: 'warning' },
};

/** The selected practice's record, read through the API scoped to it. */
export function PracticeSummary({ clientId }: { clientId: string }) {
  const connection = useConnection(clientId);
  if (connection.isPending) return <Spinner label="Loading your practice…" />;
  if (connection.isError) {
    return (
      <Alert title="This practice could not be loaded">
        {isProblem(connection.error, 'not-found') ? 'You no longer have access to this practice.' : problemMessage(connection.error)}
      </Alert>
    );
  }
  const data = connection.data;
  const status = STATUS[data.status] ?? { label: data.status, tone: 'neutral' as const };
  return (
    <>
      {data.actingFor ? (
        <Alert tone="info" title={`Acting for ${data.actingFor}`}>
          You are using {data.practiceName}&rsquo;s portal on {data.actingFor}&rsquo;s behalf.
        </Alert>
      ) : null}
      <Card title={data.practiceName} actions={<Badge tone={status.tone}>{status.label}</Badge>}>
        <dl className="dl">
          <div>
            <dt>Clinician</dt>
            <dd>{data.clinicianName ?? 'Not assigned yet'}</dd>
          </div>
          <div>
            <dt>Connected</dt>
            <dd>{data.connectedAt ? `Since ${formatDate(data.connectedAt)}` : 'Not yet'}</dd>
          </div>
        </dl>
      </Card>
    </>
  );
}
