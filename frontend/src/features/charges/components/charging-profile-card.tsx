import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatMoney } from '@/components/ui/money';
import { SelectField, TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { useClinicians } from '@/features/clients/api/get-clinicians';
import { isProblem } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';
import { useChargingProfile, useSaveChargingProfile, type ChargingProfile } from '../api/charges';
import { PLACES_OF_SERVICE, toCents, toDollars } from './charge-labels';

/** The client's charging profile (PRODUCT §11): what pre-fills every new charge. */
export function ChargingProfileCard({ clientId, readOnly = false }: { clientId: string; readOnly?: boolean }) {
  const profile = useChargingProfile(clientId);
  const clinicians = useClinicians();
  const [editing, setEditing] = useState(false);
  const clinicianName = (id?: string) => clinicians.data?.find((member) => member.id === id)?.name ?? 'Not set';
  return (
    <Card
      title="Charging profile"
      actions={
        !readOnly && !editing ? (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : null
      }
    >
      {profile.isPending ? (
        <Spinner label="Loading the charging profile…" />
      ) : profile.isError ? (
        <Alert>{problemMessage(profile.error)}</Alert>
      ) : editing ? (
        <ProfileForm clientId={clientId} initial={profile.data} onDone={() => setEditing(false)} />
      ) : (
        <dl className="dl">
          <div>
            <dt>Amount</dt>
            <dd>{profile.data.amountCents !== undefined ? formatMoney(profile.data.amountCents) : 'Not set'}</dd>
          </div>
          <div>
            <dt>CPT</dt>
            <dd>{profile.data.cpt ?? 'Not set'}</dd>
          </div>
          <div>
            <dt>Place of service</dt>
            <dd>{profile.data.placeOfService ?? 'Not set'}</dd>
          </div>
          <div>
            <dt>Duration</dt>
            <dd>{profile.data.durationMinutes ? `${profile.data.durationMinutes} minutes` : 'Not set'}</dd>
          </div>
          <div>
            <dt>Clinician</dt>
            <dd>{clinicianName(profile.data.clinicianId)}</dd>
          </div>
        </dl>
      )}
    </Card>
  );
}

function ProfileForm({ clientId, initial, onDone }: { clientId: string; initial: ChargingProfile; onDone: () => void }) {
  const save = useSaveChargingProfile(clientId);
  const clinicians = useClinicians();
  const [amount, setAmount] = useState(toDollars(initial.amountCents));
  const [cpt, setCpt] = useState(initial.cpt ?? '');
  const [place, setPlace] = useState(initial.placeOfService ?? '');
  const [duration, setDuration] = useState(initial.durationMinutes ? String(initial.durationMinutes) : '');
  const [clinicianId, setClinicianId] = useState(initial.clinicianId ?? '');
  const errors = isProblem(save.error) ? save.error.errors : [];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <form
      className="form"
      aria-label="Charging profile"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          {
            amountCents: amount ? (toCents(amount) ?? 0) : undefined,
            cpt: cpt.trim() || undefined,
            placeOfService: place || undefined,
            durationMinutes: duration ? Number(duration) : undefined,
            clinicianId: clinicianId || undefined,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <div className="form-grid">
        <TextField label="Amount ($)" inputMode="decimal" value={amount} error={errorOf('amountCents')} onChange={(e) => setAmount(e.target.value)} />
        <TextField label="CPT" value={cpt} error={errorOf('cpt')} onChange={(e) => setCpt(e.target.value)} />
        <SelectField label="Place of service" value={place} error={errorOf('placeOfService')} onChange={(e) => setPlace(e.target.value)}>
          <option value="">Not set</option>
          {PLACES_OF_SERVICE.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} {p.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Duration (minutes)" type="number" value={duration} error={errorOf('durationMinutes')} onChange={(e) => setDuration(e.target.value)} />
        <SelectField label="Clinician" value={clinicianId} error={errorOf('clinicianId')} onChange={(e) => setClinicianId(e.target.value)}>
          <option value="">Not set</option>
          {(clinicians.data ?? []).map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </SelectField>
      </div>
      {save.error && errors.length === 0 ? <Alert>{problemMessage(save.error)}</Alert> : null}
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>
          Save profile
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
