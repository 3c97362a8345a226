import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Spinner } from '@/components/ui/spinner';
import { isProblem } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';
import type { PaymentMethod } from '@/types/api';
import { BRAND_NAMES, useMakeDefault, usePaymentMethods, useRemovePaymentMethod, type PaymentMethodsScope } from '../api/payment-methods';
import { CardForm } from './card-form';

export function cardLabel(card: { brand: string; last4: string }): string {
  return `${BRAND_NAMES[card.brand] ?? card.brand} •••• ${card.last4}`;
}

const expiry = (card: PaymentMethod) => `${String(card.expMonth).padStart(2, '0')}/${String(card.expYear % 100).padStart(2, '0')}`;

/**
 * A client's cards, in the practice's client detail and in the portal: add, make default, remove (after a
 * confirmation). `readOnly` for a removed client, who gets no new cards.
 */
export function PaymentMethodsPanel({ scope, readOnly = false }: { scope: PaymentMethodsScope; readOnly?: boolean }) {
  const methods = usePaymentMethods(scope);
  const makeDefault = useMakeDefault(scope);
  const remove = useRemovePaymentMethod(scope);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<PaymentMethod | null>(null);
  const failed = makeDefault.error ?? remove.error;
  // the practice turned portal payments off: the portal shows no cards at all
  if (isProblem(methods.error, 'portal-feature-disabled')) return null;
  return (
    <Card
      title="Payment methods"
      actions={
        !readOnly && !adding ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Add card
          </Button>
        ) : null
      }
    >
      {adding ? <CardForm scope={scope} onDone={() => setAdding(false)} /> : null}
      {failed ? <Alert>{problemMessage(failed)}</Alert> : null}
      {methods.isPending ? (
        <Spinner label="Loading payment methods…" />
      ) : methods.isError ? (
        <Alert title="The payment methods could not be loaded">{problemMessage(methods.error)}</Alert>
      ) : methods.data.length === 0 ? (
        adding ? null : <p className="muted">No card yet.</p>
      ) : (
        <ul className="contact-list" aria-label="Cards">
          {methods.data.map((card) => (
            <li key={card.id} className="contact-item">
              <div>
                <p className="contact-name">{cardLabel(card)}</p>
                <p className="contact-meta">Expires {expiry(card)}</p>
                <span className="button-row">
                  {card.isDefault ? <Badge tone="success">Default</Badge> : null}
                  {card.funding === 'hsa_fsa' ? <Badge tone="info">HSA/FSA</Badge> : card.funding === 'debit' ? <Badge>Debit</Badge> : null}
                </span>
              </div>
              {readOnly ? null : (
                <span className="button-row">
                  {card.isDefault ? null : (
                    <Button variant="ghost" busy={makeDefault.isPending && makeDefault.variables === card.id} onClick={() => makeDefault.mutate(card.id)}>
                      Make default
                    </Button>
                  )}
                  <Button variant="ghost" onClick={() => setRemoving(card)}>
                    Remove
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this card?"
        confirmLabel="Remove card"
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id, { onSettled: () => setRemoving(null) })}
      >
        {removing ? `${cardLabel(removing)} will no longer be available for payments.` : null}
      </ConfirmDialog>
    </Card>
  );
}
