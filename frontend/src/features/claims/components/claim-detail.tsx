import { Alert } from '@/components/ui/alert';
import { Money, formatMoney } from '@/components/ui/money';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import { claimFileHref, useClaim, type Claim, type ClaimsScope } from '../api/claims';
import { DIFFERENCE_LABELS, STEP_LABELS } from './claim-labels';
import { ClaimStatusBadge } from './claims-panel';

const FIXED_IN = { practice: 'practice profile', clinician: "clinician's profile", client: "client's record" } as const;

/** One claim: status and result, what it still needs, estimate vs actual, the live timeline and (administrators) its files. */
export function ClaimDetail({ scope, claimId, isAdmin }: { scope: ClaimsScope; claimId: string; isAdmin: boolean }) {
  const claim = useClaim(scope, claimId);
  if (claim.isPending) return <Spinner label="Loading the claim…" />;
  if (claim.isError) return <Alert>{problemMessage(claim.error)}</Alert>;
  const data = claim.data;
  return (
    <section className="detail-stack claim-detail" aria-label={`Claim ${data.claimNumber}`}>
      <div className="button-row">
        <h3 className="card-title">Claim {data.claimNumber}</h3>
        <ClaimStatusBadge claim={data} />
      </div>
      {data.outcome.result ? <p className="claim-result">{data.outcome.result}</p> : null}
      {data.outcome.reason ? <Alert tone="warning" title={data.outcome.status === 'denied' ? 'Denied' : 'Needs a look'}>{data.outcome.reason}</Alert> : null}
      {data.missing.length > 0 ? (
        <Alert tone="warning" title="This claim cannot be sent yet">
          <ul aria-label="Missing information">
            {data.missing.map((item) => (
              <li key={item.field}>
                {item.label} ({FIXED_IN[item.fixedIn]})
              </li>
            ))}
          </ul>
          It is sent automatically as soon as this is added.
        </Alert>
      ) : null}
      <dl className="dl">
        <div>
          <dt>Service</dt>
          <dd>
            {data.cpt}
            {data.modifiers.length ? `-${data.modifiers.join('-')}` : ''} on {formatDate(data.dateOfService)}
          </dd>
        </div>
        <div>
          <dt>Billed</dt>
          <dd>
            <Money cents={data.billedCents} />
          </dd>
        </div>
        {data.payerName ? (
          <div>
            <dt>Payer</dt>
            <dd>
              {data.payerName}
              {data.payerClaimNumber ? ` (claim ${data.payerClaimNumber})` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      {data.remittance && !data.remittance.denied ? <EstimateVsActual claim={data} /> : null}
      <ol className="timeline" aria-label="Claim timeline">
        {data.steps.map((step) => (
          <li key={step.step}>
            <span className="timeline-label">{STEP_LABELS[step.step]}</span>
            <time className="timeline-time" dateTime={step.occurredAt}>
              {formatDate(step.occurredAt, 'dateTime')}
            </time>
          </li>
        ))}
      </ol>
      {isAdmin && data.files.length > 0 ? (
        <div className="button-row" aria-label="X12 files">
          {data.files.map((file) => (
            <a key={file.id} className="btn btn-secondary" href={claimFileHref(data.clientId, data.id, file.id)} download={`${data.claimNumber}-${file.kind}.x12`}>
              Download {file.kind.toUpperCase()}
            </a>
          ))}
        </div>
      ) : null}
    </section>
  );
}

/** The estimate the session was charged on beside the remittance, naming what differed (PRODUCT §12). */
function EstimateVsActual({ claim }: { claim: Claim }) {
  const remittance = claim.remittance!;
  const estimate = claim.estimate;
  if (!estimate) {
    return (
      <p className="muted">
        No estimate was made when this session was charged (the benefit check gave no allowed amount for the service),
        so there is nothing to compare the payer's decision with.
      </p>
    );
  }
  const differences = claim.outcome.differences.map((difference) => DIFFERENCE_LABELS[difference]);
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Estimate and remittance">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Estimate</th>
            <th scope="col">Payer</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Allowed amount</td>
            <td>{formatMoney(estimate.allowedCents)}</td>
            <td>{formatMoney(remittance.allowedCents)}</td>
          </tr>
          <tr>
            <td>Coinsurance</td>
            <td>{estimate.coinsuranceBasisPoints / 100}%</td>
            <td>{formatMoney(remittance.coinsuranceCents)}</td>
          </tr>
          <tr>
            <td>Applied to the deductible</td>
            <td>—</td>
            <td>{formatMoney(remittance.deductibleCents)}</td>
          </tr>
          <tr>
            <td>Reimbursement</td>
            <td>{formatMoney(estimate.reimbursementCents)}</td>
            <td>{formatMoney(remittance.paidCents)}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted">
        {differences.length === 0
          ? 'The payer decided exactly as estimated.'
          : `The payer's decision differs from the estimate in ${differences.join(' and ')}.`}
      </p>
    </div>
  );
}
