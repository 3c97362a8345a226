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
  'contact.removed': 'Contact removed; their portal access ended',
  'client.reassigned': 'Assigned to another clinician',
  'benefit_check.started': 'Benefit check started',
  'benefit_check.completed': 'Benefit check complete',
  'benefit_check.incomplete': 'Benefit check incomplete — needs manual verification',
  'benefit_check.failed': 'The payer did not answer the benefit check — needs manual verification',
  'benefit_check.manual_requested': 'Manual verification of benefits requested',
  'benefit_check.verified': 'Benefits verified by hand',
  'benefit_check.unverifiable': 'Benefits could not be verified',
  'payment_eligibility.changed': 'Available payment types re-checked',
  'insurance.updated': 'Insurance saved',
  'insurance.removed': 'Insurance removed',
  'insurance.card_added': 'Insurance card image added',
  'insurance.card_removed': 'Insurance card image removed',
  'reimbursement_account.updated': 'Reimbursement bank account saved',
  'payment_method.added': 'Card added',
  'payment_method.removed': 'Card removed',
  'payment_method.default_changed': 'Default card changed',
};

/** How the edit history names a contact's field. */
const CONTACT_FIELD_LABELS: Record<string, string> = {
  name: 'name', relationship: 'relationship', email: 'email', phone: 'phone', portalAccess: 'portal access',
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

function editedLabel(data: Record<string, unknown>, names: Map<string, string>, labels: Record<string, string>, what: string): string {
  const fields = Array.isArray(data.fields) ? data.fields.map((field) => labels[String(field)] ?? String(field)) : [];
  const who = typeof data.editedBy === 'string' ? names.get(data.editedBy) : undefined;
  const changed = fields.length ? `Changed ${what}${fields.join(', ')}` : 'Profile edited';
  return who ? `${changed} — by ${who}` : changed;
}

/** Diagnosis changes carry counts only (codes are clinical details); the Diagnoses card has the codes. */
function diagnosesLabel(data: Record<string, unknown>, names: Map<string, string>): string {
  const parts = (['added', 'removed', 'moved'] as const)
    .filter((action) => Number(data[action]) > 0)
    .map((action) => `${String(data[action])} ${action}`);
  const who = typeof data.editedBy === 'string' ? names.get(data.editedBy) : undefined;
  const changed = `Diagnoses changed${parts.length ? ` (${parts.join(', ')})` : ''}${data.primaryChanged ? ', new primary' : ''}`;
  return who ? `${changed} — by ${who}` : changed;
}

/** A human sentence for each event kind; unknown kinds still show, in their wire form. */
export function activityLabel(entry: Pick<ActivityEntry, 'kind' | 'data'>, names: Map<string, string> = new Map()): string {
  if (entry.kind === 'client.edited') return editedLabel(entry.data ?? {}, names, FIELD_LABELS, '');
  if (entry.kind === 'contact.edited') return editedLabel(entry.data ?? {}, names, CONTACT_FIELD_LABELS, "a contact's ");
  if (entry.kind === 'client.diagnoses_changed') return diagnosesLabel(entry.data ?? {}, names);
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
