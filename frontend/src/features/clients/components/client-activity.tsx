import { useQuery } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import type { ActivityEntry, ClientStatus } from '@/types/api';
import { useClientActivity } from '../api/get-client-activity';
import { getPracticeMembersQueryOptions } from '../api/get-clinicians';
import { clientStatusLabel } from './client-status-badge';

const LABELS: Record<string, string> = {
  'client.added': 'Client added',
  'client.removed': 'Client removed',
  'invitation.sent': 'Invitation sent',
  'invitation.accepted': 'Invitation accepted — client connected',
  'invitation.declined': 'Invitation declined by the client',
  'invitation.expired': 'Invitation link expired',
  'invitation.revoked': 'Invitation link revoked',
  'contact.added': 'Contact added',
  'contact.access_granted': 'Portal access given to a contact',
  'contact.access_revoked': 'Portal access of a contact ended',
  'contact.connected': 'Contact signed in to act for the client',
  'payment_method.added': 'Card added',
  'payment_method.removed': 'Card removed',
  'payment_method.default_changed': 'Default card changed',
};

/** A contact's own invitation link (its events carry a `contactId`): never the client's connection. */
const CONTACT_INVITATION_LABELS: Record<string, string> = {
  'invitation.sent': "Contact's portal invitation sent",
  'invitation.accepted': "Contact's portal invitation accepted",
  'invitation.declined': "Contact's portal invitation declined",
  'invitation.expired': "Contact's portal invitation expired",
  'invitation.revoked': "Contact's portal invitation revoked",
};

/** How the edit history names a profile field (events carry names, never values). */
const FIELD_LABELS: Record<string, string> = {
  firstName: 'first name', lastName: 'last name', email: 'email', preferredName: 'preferred name', pronouns: 'pronouns',
  dateOfBirth: 'date of birth', sexAtBirth: 'sex assigned at birth', mobilePhone: 'mobile phone', smsConsent: 'SMS consent',
  emailConsent: 'email consent', preferredLanguage: 'preferred language', timezone: 'time zone', address: 'address',
  emergencyContact: 'emergency contact', alertNote: 'alert note', clinicianId: 'clinician', paymentType: 'payment type',
};

function editedLabel(data: Record<string, unknown>, names: Map<string, string>): string {
  const fields = Array.isArray(data.fields) ? data.fields.map((field) => FIELD_LABELS[String(field)] ?? String(field)) : [];
  const who = typeof data.editedBy === 'string' ? names.get(data.editedBy) : undefined;
  const changed = fields.length ? `Changed ${fields.join(', ')}` : 'Profile edited';
  return who ? `${changed} — by ${who}` : changed;
}

/** A human sentence for each event kind; unknown kinds still show, in their wire form. */
export function activityLabel(entry: Pick<ActivityEntry, 'kind' | 'data'>, names: Map<string, string> = new Map()): string {
  if (entry.kind === 'client.edited') return editedLabel(entry.data ?? {}, names);
  if (entry.kind === 'client.updated') {
    const status = entry.data?.status;
    return typeof status === 'string' ? `Status changed to ${clientStatusLabel(status as ClientStatus)}` : 'Profile updated';
  }
  if (entry.data?.contactId && CONTACT_INVITATION_LABELS[entry.kind]) return CONTACT_INVITATION_LABELS[entry.kind];
  return LABELS[entry.kind] ?? entry.kind;
}

export function ClientActivity({ clientId }: { clientId: string }) {
  const activity = useClientActivity(clientId);
  const members = useQuery(getPracticeMembersQueryOptions());
  const names = new Map((members.data ?? []).map((member) => [member.id, member.name]));
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
              <span className="timeline-label">{activityLabel(entry, names)}</span>
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
