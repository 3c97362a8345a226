import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import type { ActivityEntry, ClientStatus } from '@/types/api';
import { useClientActivity } from '../api/get-client-activity';
import { clientStatusLabel } from './client-status-badge';

const LABELS: Record<string, string> = {
  'client.added': 'Client added',
  'client.removed': 'Client removed',
  'invitation.sent': 'Invitation sent',
  'invitation.accepted': 'Invitation accepted — client connected',
  'invitation.declined': 'Invitation declined by the client',
  'invitation.expired': 'Invitation link expired',
  'invitation.revoked': 'Invitation link revoked',
};

/** A human sentence for each event kind; unknown kinds still show, in their wire form. */
export function activityLabel(entry: Pick<ActivityEntry, 'kind' | 'data'>): string {
  if (entry.kind === 'client.updated') {
    const status = entry.data?.status;
    return typeof status === 'string' ? `Status changed to ${clientStatusLabel(status as ClientStatus)}` : 'Profile updated';
  }
  return LABELS[entry.kind] ?? entry.kind;
}

export function ClientActivity({ clientId }: { clientId: string }) {
  const activity = useClientActivity(clientId);
  return (
    <Card title="Activity">
      {activity.isPending ? (
        <Spinner label="Loading activity…" />
      ) : activity.isError ? (
        <Alert title="Activity could not be loaded">{problemMessage(activity.error)}</Alert>
      ) : activity.data.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        <ol className="timeline" aria-label="Activity, newest first">
          {activity.data.map((entry) => (
            <li key={entry.id}>
              <span className="timeline-label">{activityLabel(entry)}</span>
              <time className="timeline-time" dateTime={entry.occurredAt}>
                {formatDate(entry.occurredAt, 'dateTime')}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
