import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { paymentTypeLabel } from '@/features/clients/components/payment-type';
import { problemMessage } from '@/lib/form-errors';
import type { PaymentType } from '@/types/api';
import { useChoosePaymentType, usePaymentTypes, type BenefitsScope, type PaymentTypes } from '../api/benefits';

/** Offers only the payment types the client is eligible for, and says why the others are not available (live). */
export function PaymentTypeSelector({ scope }: { scope: BenefitsScope }) {
  const types = usePaymentTypes(scope);
  if (types.isPending) return <Spinner label="Loading payment types…" />;
  if (types.isError) return <Alert>{problemMessage(types.error)}</Alert>;
  return <PaymentTypeForm key={types.data.current} scope={scope} types={types.data} />;
}

function PaymentTypeForm({ scope, types }: { scope: BenefitsScope; types: PaymentTypes }) {
  const [chosen, setChosen] = useState<PaymentType>(types.current);
  const choose = useChoosePaymentType(scope);
  const eligible = types.options.filter((option) => option.eligible);
  const refused = types.options.filter((option) => !option.eligible);
  return (
    <form
      className="form payment-types"
      aria-label="Payment type"
      onSubmit={(event) => {
        event.preventDefault();
        choose.mutate(chosen);
      }}
    >
      {choose.isError ? <Alert title="The payment type was not changed">{problemMessage(choose.error)}</Alert> : null}
      <fieldset className="radio-group">
        <legend className="field-label">Payment type</legend>
        {eligible.map((option) => (
          <label key={option.type} className="radio">
            <input
              type="radio"
              name="paymentType"
              value={option.type}
              checked={chosen === option.type}
              onChange={() => setChosen(option.type)}
            />
            {paymentTypeLabel(option.type)}
            {option.type === types.current ? <span className="muted"> (current)</span> : null}
          </label>
        ))}
      </fieldset>
      {refused.length > 0 ? (
        <div className="unavailable">
          <p className="field-label">Not available yet</p>
          <ul className="reasons">
            {refused.map((option) => (
              <li key={option.type} data-payment-type={option.type}>
                <strong>{paymentTypeLabel(option.type)}</strong>: {option.reasons.map((reason) => reason.message).join('; ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={choose.isPending} disabled={chosen === types.current}>
          Save payment type
        </Button>
      </div>
    </form>
  );
}
