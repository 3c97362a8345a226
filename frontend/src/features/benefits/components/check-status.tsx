import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import { useRequestManualVerification, type BenefitCheck, type BenefitsScope } from '../api/benefits';
import { checkStatusLabels } from './benefit-labels';

/** The latest check: its state (live), why it has no numbers, and the manual-verification request. */
export function CheckStatus({ scope, check }: { scope: BenefitsScope; check: BenefitCheck }) {
  const request = useRequestManualVerification(scope);
  const { label, tone } = checkStatusLabels[check.status];
  const canRequest = check.status === 'incomplete' || check.status === 'failed';
  return (
    <div className="check-status" data-check-status={check.status}>
      <div className="check-status-line">
        <Badge tone={tone}>{label}</Badge>
        <span className="muted">
          {check.payer.name} · {formatDate(check.createdAt)}
        </span>
      </div>
      {check.status === 'running' ? <Spinner label={`Checking benefits with ${check.payer.name}…`} /> : null}
      {check.carvedOutTo ? <p>Mental health is managed by another payer: {check.carvedOutTo}.</p> : null}
      {check.rejection ? (
        <p>
          The payer answered: {check.rejection.reason ?? 'no reason given'} (code {check.rejection.code}).
        </p>
      ) : null}
      {check.status === 'unverifiable' && check.unverifiableReason ? <p>{check.unverifiableReason}</p> : null}
      {canRequest ? (
        <>
          {request.isError ? <Alert title="Manual verification was not requested">{problemMessage(request.error)}</Alert> : null}
          <Button variant="secondary" busy={request.isPending} onClick={() => request.mutate(check.id)}>
            Request manual verification
          </Button>
        </>
      ) : null}
    </div>
  );
}
