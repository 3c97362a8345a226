import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { formatDate } from '@/lib/format-date';
import type { Client } from '@/types/api';
import { paymentTypeLabel } from './payment-type';

const SEX: Record<string, string> = { female: 'Female', male: 'Male', intersex: 'Intersex', unknown: 'Unknown' };

function Fact({ label, value }: { label: string; value?: string | null }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value ? value : <span className="muted">—</span>}</dd>
    </div>
  );
}

function addressText(client: Client): string | null {
  const a = client.address;
  if (!a) return null;
  const cityLine = [a.city, [a.state, a.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [a.line1, a.line2, cityLine].filter(Boolean).join('\n') || null;
}

function emergencyText(client: Client): string | null {
  const e = client.emergencyContact;
  if (!e || !e.name) return null;
  return [e.name, e.relationship ? `(${e.relationship})` : '', e.phone ? `· ${e.phone}` : ''].filter(Boolean).join(' ');
}

/** The profile a practice keeps about a client. */
export function ClientOverview({ client }: { client: Client }) {
  return (
    <Card title="Overview">
      {client.alertNote ? (
        <div className="alert-note">
          <Alert tone="warning" title="Alert note (practice only)">
            <p>{client.alertNote}</p>
          </Alert>
        </div>
      ) : null}
      <dl className="dl">
        <Fact label="Email" value={client.email} />
        <Fact label="Mobile phone" value={client.mobilePhone ? `${client.mobilePhone}${client.smsConsent ? ' · texts OK' : ''}` : null} />
        <Fact label="Preferred name" value={client.preferredName} />
        <Fact label="Pronouns" value={client.pronouns} />
        <Fact label="Date of birth" value={client.dateOfBirth ? formatDate(client.dateOfBirth) : null} />
        <Fact label="Sex assigned at birth" value={client.sexAtBirth ? SEX[client.sexAtBirth] : null} />
        <Fact label="Preferred language" value={client.preferredLanguage} />
        <Fact label="Time zone" value={client.timezone} />
        <Fact label="Address" value={addressText(client)} />
        <Fact label="Emergency contact" value={emergencyText(client)} />
        <Fact label="Clinician" value={client.clinician?.name ?? 'Unassigned'} />
        <Fact label="Email reminders" value={client.emailConsent === false ? 'Off' : 'On'} />
        <Fact label="Payment type" value={paymentTypeLabel(client.paymentType)} />
        <Fact label="Added" value={formatDate(client.createdAt)} />
      </dl>
    </Card>
  );
}
