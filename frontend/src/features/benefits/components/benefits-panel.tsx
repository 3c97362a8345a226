import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { problemMessage } from '@/lib/form-errors';
import { useBenefitsSummary, useStartBenefitCheck, type BenefitsScope } from '../api/benefits';
import { BenefitsSummaryView } from './benefits-summary-view';
import { CheckStatus } from './check-status';
import { PaymentTypeSelector } from './payment-type-selector';
import { VerificationForm } from './verification-form';

/** The client detail's Benefits section: the check (live), its manual verification, the estimate, the payment type. */
export function BenefitsPanel({ clientId, isAdmin }: { clientId: string; isAdmin: boolean }) {
  const scope: BenefitsScope = { clientId, portal: false };
  const summary = useBenefitsSummary(scope);
  const start = useStartBenefitCheck(scope);
  const check = summary.data?.check ?? null;
  const canStart = summary.data !== undefined && summary.data.state !== 'no_insurance' && check?.status !== 'running';
  return (
    <Card
      title="Benefits"
      actions={
        canStart ? (
          <Button variant="secondary" busy={start.isPending} onClick={() => start.mutate(undefined)}>
            Run benefit check
          </Button>
        ) : null
      }
    >
      {start.isError ? <Alert title="The benefit check did not start">{problemMessage(start.error)}</Alert> : null}
      {summary.isPending ? (
        <Spinner label="Loading benefits…" />
      ) : summary.isError ? (
        <Alert>{problemMessage(summary.error)}</Alert>
      ) : (
        <div className="detail-stack">
          {check ? <CheckStatus scope={scope} check={check} /> : null}
          {check?.status === 'manual_requested' ? (
            isAdmin ? (
              <VerificationForm scope={scope} check={check} />
            ) : (
              <p className="muted">An administrator completes the verification with the numbers from the payer.</p>
            )
          ) : null}
          <BenefitsSummaryView summary={summary.data} audience="practice" />
          <PaymentTypeSelector scope={scope} />
        </div>
      )}
    </Card>
  );
}
