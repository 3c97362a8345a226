import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { ClientStatus } from '@/types/api';

const STATUS: Record<ClientStatus, { label: string; tone: BadgeTone }> = {
  invited: { label: 'Invited', tone: 'info' },
  connected: { label: 'Connected', tone: 'success' },
  declined: { label: 'Declined', tone: 'warning' },
  expired: { label: 'Expired', tone: 'warning' },
  archived: { label: 'Archived', tone: 'neutral' },
  removed: { label: 'Removed', tone: 'danger' },
};

export const clientStatusOptions = (Object.keys(STATUS) as ClientStatus[]).map((status) => ({ value: status, label: STATUS[status].label }));

export function clientStatusLabel(status: ClientStatus): string {
  return STATUS[status]?.label ?? status;
}

/** The connection status of a client, the same words everywhere (PRODUCT §4). */
export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  const { label, tone } = STATUS[status] ?? { label: status, tone: 'neutral' };
  return <Badge tone={tone}>{label}</Badge>;
}
