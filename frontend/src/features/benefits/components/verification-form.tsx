import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextareaField, TextField } from '@/components/ui/form-field';
import { isProblem } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';
import { useMarkUnverifiable, useVerifyBenefits, type BenefitCheck, type BenefitsScope, type Verification } from '../api/benefits';
import { dollarsToCents } from './benefit-labels';

type Amounts = {
  deductibleTotal: string;
  deductibleMet: string;
  coinsurance: string;
  oopMaxTotal: string;
  oopMaxMet: string;
  allowed90837: string;
  allowed90834: string;
};

const EMPTY: Amounts = { deductibleTotal: '', deductibleMet: '', coinsurance: '', oopMaxTotal: '', oopMaxMet: '', allowed90837: '', allowed90834: '' };

/** The amounts as the API takes them (cents), or the fields that are not amounts. */
function toVerification(oon: 'yes' | 'no', amounts: Amounts): { verification: Verification; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const cents = (field: keyof Amounts) => {
    if (amounts[field].trim() === '') return undefined;
    const value = dollarsToCents(amounts[field]);
    if (value === null) errors[field] = 'Enter an amount in dollars, like 1,250.00';
    return value ?? undefined;
  };
  const coinsurance = amounts.coinsurance.trim() === '' ? undefined : Number(amounts.coinsurance.replace('%', ''));
  if (coinsurance !== undefined && (Number.isNaN(coinsurance) || coinsurance < 0 || coinsurance > 100)) errors.coinsurance = 'Enter a percentage from 0 to 100';
  const allowed = (['90837', '90834'] as const).flatMap((cpt) => {
    const value = cents(`allowed${cpt}`);
    return value === undefined ? [] : [{ cpt, allowedCents: value }];
  });
  return {
    verification: {
      oonBenefits: oon,
      deductibleTotalCents: cents('deductibleTotal'),
      deductibleMetCents: cents('deductibleMet'),
      coinsurancePercent: coinsurance,
      oopMaxTotalCents: cents('oopMaxTotal'),
      oopMaxMetCents: cents('oopMaxMet'),
      allowedAmounts: allowed,
    },
    errors,
  };
}

/** Server field names to the form's. */
const SERVER_FIELDS: Record<string, keyof Amounts> = {
  deductibleTotalCents: 'deductibleTotal',
  deductibleMetCents: 'deductibleMet',
  coinsurancePercent: 'coinsurance',
  oopMaxTotalCents: 'oopMaxTotal',
  oopMaxMetCents: 'oopMaxMet',
  allowedAmounts: 'allowed90837',
};

/** An administrator completes a manual verification with the numbers read from the payer, or marks it unverifiable. */
export function VerificationForm({ scope, check }: { scope: BenefitsScope; check: BenefitCheck }) {
  const [oon, setOon] = useState<'yes' | 'no'>('yes');
  const [amounts, setAmounts] = useState<Amounts>(EMPTY);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const verify = useVerifyBenefits(scope);
  const unverifiable = useMarkUnverifiable(scope);
  const serverErrors: Record<string, string> = {};
  if (isProblem(verify.error)) {
    for (const error of verify.error.errors) {
      serverErrors[SERVER_FIELDS[error.field.split('[')[0]] ?? error.field] = error.message;
    }
  }
  const errorOf = (field: keyof Amounts) => local[field] ?? serverErrors[field];
  const field = (name: keyof Amounts, label: string, hint?: string) => (
    <TextField
      label={label}
      hint={hint}
      inputMode="decimal"
      optional={oon === 'no'}
      value={amounts[name]}
      error={errorOf(name)}
      onChange={(event) => setAmounts({ ...amounts, [name]: event.target.value })}
    />
  );
  return (
    <div className="verification">
      <form
        className="form"
        aria-label="Manual verification"
        onSubmit={(event) => {
          event.preventDefault();
          const { verification, errors } = toVerification(oon, amounts);
          setLocal(errors);
          if (Object.keys(errors).length === 0) verify.mutate({ checkId: check.id, verification });
        }}
      >
        <h3 className="form-section-title">Complete the verification</h3>
        {verify.isError && Object.keys(serverErrors).length === 0 ? <Alert>{problemMessage(verify.error)}</Alert> : null}
        <SelectField label="Out-of-network benefits" value={oon} onChange={(event) => setOon(event.target.value as 'yes' | 'no')}>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </SelectField>
        <div className="form-grid">
          {field('deductibleTotal', 'Deductible (individual, OON)', 'Dollars')}
          {field('deductibleMet', 'Deductible met', 'Dollars')}
          {field('coinsurance', 'Coinsurance %', 'What the client pays after the deductible')}
          {field('allowed90837', 'Allowed amount, CPT 90837', 'Dollars')}
          {field('allowed90834', 'Allowed amount, CPT 90834', 'Dollars')}
          {field('oopMaxTotal', 'Out-of-pocket maximum', 'Dollars')}
          {field('oopMaxMet', 'Out-of-pocket met', 'Dollars')}
        </div>
        <div className="form-actions">
          <Button type="submit" busy={verify.isPending}>
            Mark verified
          </Button>
        </div>
      </form>
      <form
        className="form"
        aria-label="Could not verify"
        onSubmit={(event) => {
          event.preventDefault();
          unverifiable.mutate({ checkId: check.id, reason });
        }}
      >
        {unverifiable.isError ? <Alert>{problemMessage(unverifiable.error)}</Alert> : null}
        <TextareaField label="Why the benefits could not be verified" value={reason} onChange={(event) => setReason(event.target.value)} rows={2} />
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={unverifiable.isPending} disabled={reason.trim() === ''}>
            Mark unverifiable
          </Button>
        </div>
      </form>
    </div>
  );
}
