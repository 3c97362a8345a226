import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import { useConnections } from '../api/get-connections';

const STATUS: Record<string, { label: string; tone: 'success' | 'info' | 'neutral' | 'warning' | 'danger' }> = {
  connected: { label: 'Connected', tone: 'success' },
  invited: { label: 'Invited', tone: 'info' },
  archived: { label: 'Archived', tone: 'neutral' },
  declined: { label: 'Declined', tone: 'warning' },
  expired: { label: 'Expired', tone: 'warning' },
  removed: { label: 'Ended', tone: 'neutral' },
};

/** The practices this client is connected to. */
export function ConnectionList() {
  const connections = useConnections();
  return (
    <Card title="Your practices">
      {connections.isPending ? (
        <Spinner label="Loading your practices…" />
      ) : connections.isError ? (
        <Alert title="Your practices could not be loaded">{problemMessage(connections.error)}</Alert>
      ) : connections.data.length === 0 ? (
        <p className="muted">You are not connected to a practice yet. Open the invitation link your clinician emailed you.</p>
      ) : (
        <ul className="connection-list">
          {connections.data.map((connection) => {
            const status = STATUS[connection.status] ?? { label: connection.status, tone: 'neutral' as const };
            return (
              <li key={connection.clientId} className="connection-item">
                <div>
                  <p className="connection-practice">{connection.practiceName}</p>
                  <p className="connection-meta">
                    {connection.clinicianName}
                    {connection.connectedAt ? ` · since ${formatDate(connection.connectedAt)}` : ''}
                  </p>
                </div>
                <Badge tone={status.tone}>{status.label}</Badge>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
