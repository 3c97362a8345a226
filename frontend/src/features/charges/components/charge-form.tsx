import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatMoney } from '@/components/ui/money';
import { SelectField, TextField } from '@/components/ui/form-field';
import { usePaymentTypes } from '@/features/benefits/api/benefits';
import { useClinicians } from '@/features/clients/api/get-clinicians';
import { useClientDiagnoses } from '@/features/coding/api/client-diagnoses';
import { usePaymentMethods } from '@/features/payments/api/payment-methods';
import { cardLabel } from '@/features/payments/components/payment-methods-panel';
import { isProblem } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';
import type { PaymentType } from '@/types/api';
import {
  CHARGE_TYPE_LABELS,
  newIdempotencyKey,
  useChargePrice,
  useChargingProfile,
  useCreateCharge,
  type ChargeRequest,
  type ChargeType,
  type ChargingProfile,
} from '../api/charges';
import { PAYMENT_TYPE_NAMES, PLACES_OF_SERVICE, toCents, toDollars } from './charge-labels';

type Draft = {
  clinicianId: string;
  paymentMethodId: string;
  paymentType: PaymentType;
  chargeType: ChargeType;
  dateOfService: string;
  cpt: string;
  addOnCpt: string;
  addOnUnits: string;
  placeOfService: string;
  duration: string;
  amount: string;
};

const today = () => new Date().toISOString().slice(0, 10);

function draftFrom(profile: ChargingProfile, clientPaymentType: PaymentType, defaultCard: string): Draft {
  return {
    clinicianId: profile.clinicianId ?? '',
    paymentMethodId: defaultCard,
    paymentType: clientPaymentType === 'superbill' ? 'self_pay' : clientPaymentType,
    chargeType: 'session',
    dateOfService: today(),
    cpt: profile.cpt ?? '90837',
    addOnCpt: '',
    addOnUnits: '1',
    placeOfService: profile.placeOfService ?? '11',
    duration: profile.durationMinutes ? String(profile.durationMinutes) : '',
    amount: toDollars(profile.amountCents),
  };
}

function request(draft: Draft, diagnoses: string[]): ChargeRequest {
  const lines = [{ cpt: draft.cpt.trim(), units: 1 }];
  if (draft.addOnCpt.trim()) lines.push({ cpt: draft.addOnCpt.trim(), units: Number(draft.addOnUnits) || 1 });
  return {
    clinicianId: draft.clinicianId,
    paymentMethodId: draft.paymentMethodId,
    paymentType: draft.chargeType === 'session' ? draft.paymentType : 'self_pay',
    chargeType: draft.chargeType,
    dateOfService: draft.dateOfService,
    lines,
    placeOfService: draft.placeOfService,
    durationMinutes: draft.duration ? Number(draft.duration) : undefined,
    amountCents: toCents(draft.amount) ?? 0,
    diagnoses,
  };
}

/**
 * The practice's charge form (PRODUCT §11): pre-filled from the charging profile, only eligible payment
 * types (the others with their reasons), the exact client charge and clinician net before confirming.
 * One Idempotency-Key per confirmed charge, reused when that same charge is sent again.
 */
export function ChargeForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const profile = useChargingProfile(clientId);
  const cards = usePaymentMethods({ clientId, portal: false });
  const types = usePaymentTypes({ clientId, portal: false });
  if (profile.isPending || cards.isPending || types.isPending) return <p className="muted">Loading the charge form…</p>;
  if (profile.isError || cards.isError || types.isError) return <Alert>{problemMessage(profile.error ?? cards.error ?? types.error)}</Alert>;
  if (cards.data.length === 0) return <Alert title="No card on file">Add a card for the client first.</Alert>;
  const defaultCard = cards.data.find((card) => card.isDefault)?.id ?? cards.data[0].id;
  return <ChargeFormFields clientId={clientId} initial={draftFrom(profile.data, types.data.current, defaultCard)} onDone={onDone} />;
}

function ChargeFormFields({ clientId, initial, onDone }: { clientId: string; initial: Draft; onDone: () => void }) {
  const cards = usePaymentMethods({ clientId, portal: false });
  const types = usePaymentTypes({ clientId, portal: false });
  const clinicians = useClinicians();
  const diagnoses = useClientDiagnoses(clientId);
  const create = useCreateCharge(clientId);
  const [draft, setDraft] = useState<Draft>(initial);
  const [confirming, setConfirming] = useState<{ key: string; body: string } | null>(null);
  const amountCents = toCents(draft.amount);
  const insuredAllowed = draft.chargeType === 'session';
  const paymentType = insuredAllowed ? draft.paymentType : 'self_pay';
  const price = useChargePrice(clientId, paymentType, amountCents, draft.cpt);
  const codes = (diagnoses.data?.diagnoses ?? []).map((diagnosis) => diagnosis.code);
  const charge = request(draft, codes);
  const fieldErrors = isProblem(create.error) ? create.error.errors : [];
  const errorOf = (field: string) => fieldErrors.find((error) => error.field === field || error.field.startsWith(`${field}[`))?.message;

  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setConfirming(null);
  };
  const confirm = () => {
    const body = JSON.stringify(charge);
    // the same charge sent again keeps its key (a retry); a changed one gets a new key
    const key = confirming && confirming.body === body ? confirming.key : newIdempotencyKey();
    setConfirming({ key, body });
    create.mutate({ key, charge }, { onSuccess: (created) => (created.status === 'processing' ? undefined : onDone()) });
  };

  return (
    <form
      className="form"
      aria-label="New charge"
      onSubmit={(event) => {
        event.preventDefault();
        confirm();
      }}
    >
      <div className="form-grid">
        <SelectField label="Charge type" value={draft.chargeType} onChange={(e) => set({ chargeType: e.target.value as ChargeType })}>
          {Object.entries(CHARGE_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Payment type"
          value={paymentType}
          error={errorOf('paymentType')}
          hint={insuredAllowed ? undefined : 'No-show, late cancellation and miscellaneous charges are always Self-Pay'}
          onChange={(e) => set({ paymentType: e.target.value as PaymentType })}
          disabled={!insuredAllowed}
        >
          {(types.data?.options ?? [])
            .filter((option) => option.type !== 'superbill')
            .map((option) => (
              <option key={option.type} value={option.type} disabled={!option.eligible}>
                {PAYMENT_TYPE_NAMES[option.type]}
                {option.eligible ? '' : ` — ${option.reasons.map((reason) => reason.message).join('; ')}`}
              </option>
            ))}
        </SelectField>
        <SelectField label="Provider clinician" value={draft.clinicianId} error={errorOf('clinicianId')} onChange={(e) => set({ clinicianId: e.target.value })}>
          <option value="">Choose…</option>
          {(clinicians.data ?? []).map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Card" value={draft.paymentMethodId} error={errorOf('paymentMethodId')} onChange={(e) => set({ paymentMethodId: e.target.value })}>
          {(cards.data ?? []).map((card) => (
            <option key={card.id} value={card.id}>
              {cardLabel(card)}
            </option>
          ))}
        </SelectField>
        <TextField label="Date of service" type="date" value={draft.dateOfService} error={errorOf('dateOfService')} onChange={(e) => set({ dateOfService: e.target.value })} />
        <TextField label="Amount (session fee, $)" inputMode="decimal" value={draft.amount} error={errorOf('amountCents')} onChange={(e) => set({ amount: e.target.value })} />
        <TextField label="CPT" value={draft.cpt} error={errorOf('lines')} onChange={(e) => set({ cpt: e.target.value })} />
        <TextField label="Add-on CPT" optional value={draft.addOnCpt} onChange={(e) => set({ addOnCpt: e.target.value })} />
        <TextField label="Add-on units" type="number" min={1} value={draft.addOnUnits} onChange={(e) => set({ addOnUnits: e.target.value })} />
        <SelectField label="Place of service" value={draft.placeOfService} error={errorOf('placeOfService')} onChange={(e) => set({ placeOfService: e.target.value })}>
          {PLACES_OF_SERVICE.map((place) => (
            <option key={place.code} value={place.code}>
              {place.code} {place.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Duration (minutes)" type="number" optional value={draft.duration} error={errorOf('durationMinutes')} onChange={(e) => set({ duration: e.target.value })} />
      </div>
      <p className="muted">Diagnoses: {codes.length > 0 ? codes.join(', ') : 'none on file'}</p>
      {price.data ? (
        <p aria-live="polite">
          The client is charged <strong>{formatMoney(price.data.clientChargeCents)}</strong>; clinician net{' '}
          <strong>{formatMoney(price.data.clinicianNetCents)}</strong> (processing fee {formatMoney(price.data.processingFeeCents)}).
        </p>
      ) : price.isError ? (
        <Alert>{problemMessage(price.error)}</Alert>
      ) : null}
      {create.error && fieldErrors.length === 0 ? <Alert>{problemMessage(create.error)}</Alert> : null}
      {create.data?.status === 'processing' ? <Alert title="Still processing">The card processor has not answered yet; the payment updates here on its own.</Alert> : null}
      <div className="button-row">
        <Button type="submit" busy={create.isPending} disabled={!price.data}>
          {price.data ? `Charge ${formatMoney(price.data.clientChargeCents)}` : 'Charge'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
