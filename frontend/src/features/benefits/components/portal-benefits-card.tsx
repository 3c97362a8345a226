import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { problemMessage } from '@/lib/form-errors';
import { useBenefitsSummary, type BenefitsScope } from '../api/benefits';
import { BenefitsSummaryView } from './benefits-summary-view';
import { CheckStatus } from './check-status';
import { PaymentTypeSelector } from './payment-type-selector';

/** The client portal's Benefits and estimate card: the check (live), the estimate, manual verification, payment type. */
export function PortalBenefitsCard({ clientId }: { clientId: string }) {
  const scope: BenefitsScope = { clientId, portal: true };
  const summary = useBenefitsSummary(scope);
  return (
    <Card title="Benefits and estimate">
      {summary.isPending ? (
        <Spinner label="Loading your benefits…" />
      ) : summary.isError ? (
        <Alert>{problemMessage(summary.error)}</Alert>
      ) : (
        <div className="detail-stack">
          {summary.data.check ? <CheckStatus scope={scope} check={summary.data.check} /> : null}
          <BenefitsSummaryView summary={summary.data} audience="client" />
          <PaymentTypeSelector scope={scope} />
        </div>
      )}
    </Card>
  );
}
