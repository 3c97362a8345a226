import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { problemMessage } from '@/lib/form-errors';
import { useCharges, type ChargesScope } from '../api/charges';
import { ChargeForm } from './charge-form';
import { PaymentsList } from './payments-list';

/** The client's payments, live; the practice charges from here (not for a removed client). */
export function PaymentsPanel({ scope, canCharge = false }: { scope: ChargesScope; canCharge?: boolean }) {
  const charges = useCharges(scope);
  const [charging, setCharging] = useState(false);
  return (
    <Card
      title="Payments"
      actions={
        canCharge && !charging ? (
          <Button variant="secondary" onClick={() => setCharging(true)}>
            New charge
          </Button>
        ) : null
      }
    >
      {charging ? <ChargeForm clientId={scope.clientId} onDone={() => setCharging(false)} /> : null}
      {charges.isPending ? (
        <Spinner label="Loading payments…" />
      ) : charges.isError ? (
        <Alert title="The payments could not be loaded">{problemMessage(charges.error)}</Alert>
      ) : (
        <PaymentsList charges={charges.data} />
      )}
    </Card>
  );
}
