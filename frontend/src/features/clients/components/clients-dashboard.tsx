import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import type { ClientStatus, ClientSummary } from '@/types/api';
import { useClientCounts } from '../api/get-client-counts';
import { useClients, type ClientListParams } from '../api/get-clients';
import { clientName } from './client-name';
import { ClientStatusBadge, clientStatusLabel } from './client-status-badge';

const COUNTED: ClientStatus[] = ['connected', 'invited', 'expired', 'declined', 'archived'];

const ATTENTION: Partial<Record<ClientStatus, string>> = {
  expired: 'Invitation expired — send a new link',
  declined: 'Declined the invitation',
};

/** How many clients the member sees in each status, each a link to the list filtered by it. */
export function ClientCountTiles() {
  const counts = useClientCounts();
  if (counts.isPending) return <Spinner label="Counting clients…" />;
  if (counts.isError) return <Alert title="Client counts could not be loaded">{problemMessage(counts.error)}</Alert>;
  return (
    <ul className="stat-tiles" aria-label="Clients by status">
      {COUNTED.map((status) => (
        <li key={status}>
          <Link className="stat-tile" to={`${paths.practice.clients.getHref()}?status=${status}`}>
            <span className="stat-value">{counts.data[status] ?? 0}</span>
            <span className="stat-label">{clientStatusLabel(status)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function ClientLines({ params, empty, note }: { params: ClientListParams; empty: string; note: (client: ClientSummary) => string }) {
  const clients = useClients({ ...params, page: 0, size: 5 });
  if (clients.isPending) return <Spinner label="Loading clients…" />;
  if (clients.isError) return <Alert title="Clients could not be loaded">{problemMessage(clients.error)}</Alert>;
  if (clients.data.items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="client-lines">
      {clients.data.items.map((client) => (
        <li key={client.id}>
          <Link className="client-name" to={paths.practice.client.getHref(client.id)}>
            {clientName(client)}
          </Link>
          <span className="client-line-note">{note(client)}</span>
          <ClientStatusBadge status={client.status} />
        </li>
      ))}
    </ul>
  );
}

/** Clients whose invitation expired or was declined: the ones a practice should follow up. */
export function ClientsNeedingAttention() {
  return (
    <Card title="Needs attention">
      {(['expired', 'declined'] as const).map((status) => (
        <ClientLines
          key={status}
          params={{ status, sort: '-lastActivity' }}
          empty={status === 'expired' ? 'No expired invitations.' : 'No declined invitations.'}
          note={() => ATTENTION[status] ?? ''}
        />
      ))}
    </Card>
  );
}

export function RecentClientActivity() {
  return (
    <Card title="Recent activity" actions={<Link to={`${paths.practice.clients.getHref()}?sort=-lastActivity`}>All clients</Link>}>
      <ClientLines
        params={{ sort: '-lastActivity' }}
        empty="No clients yet."
        note={(client) => (client.lastActivityAt ? formatDate(client.lastActivityAt, 'relative') : '')}
      />
    </Card>
  );
}
