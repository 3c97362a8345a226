import { Alert } from '@/components/ui/alert';
import { formatMoney } from '@/components/ui/money';
import type { BenefitsSummary, Figure } from '../api/benefits';
import { estimateLabel, stateMessages } from './benefit-labels';

function EstimateFact({ label, figure, children }: { label: string; figure: Figure | { source: Figure['source'] }; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {children}
        <span className="estimate-label">{estimateLabel(figure.source)}</span>
      </dd>
    </div>
  );
}

/** Deductible progress, coinsurance, allowed amount and one session's estimate, each labelled with its source. */
export function BenefitsSummaryView({ summary, audience }: { summary: BenefitsSummary; audience: 'practice' | 'client' }) {
  if (summary.state !== 'estimated') {
    const tone = summary.state === 'no_oon_benefits' || summary.state === 'coverage_inactive' || summary.state === 'unverifiable' ? 'warning' : 'info';
    return <Alert tone={tone}>{stateMessages[summary.state]}</Alert>;
  }
  const { deductible, coinsurance, allowedAmount, estimate, sessionFee } = summary;
  const metPercent = deductible && deductible.total.cents > 0 ? Math.min(100, Math.round((deductible.met.cents / deductible.total.cents) * 100)) : 100;
  return (
    <div className="benefits-summary">
      {deductible ? (
        <div className="deductible">
          <div className="deductible-heading">
            <span>Out-of-network deductible</span>
            <span>
              {formatMoney(deductible.met.cents)} of {formatMoney(deductible.total.cents)} met
            </span>
          </div>
          <div
            className="progress"
            role="progressbar"
            aria-label="Deductible met"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={metPercent}
          >
            <div className="progress-bar" style={{ width: `${metPercent}%` }} />
          </div>
          <p className="estimate-label">
            {formatMoney(deductible.remaining.cents)} remaining · {estimateLabel(deductible.met.source)}
          </p>
        </div>
      ) : null}
      <dl className="dl">
        {coinsurance ? (
          <EstimateFact label="Coinsurance (you pay)" figure={coinsurance}>
            {coinsurance.percent}%
          </EstimateFact>
        ) : null}
        {allowedAmount ? (
          <EstimateFact label={`Allowed amount (CPT ${summary.cpt})`} figure={allowedAmount}>
            {formatMoney(allowedAmount.cents)}
          </EstimateFact>
        ) : null}
        {estimate ? (
          <>
            <EstimateFact label="Expected reimbursement per session" figure={estimate.reimbursement}>
              {formatMoney(estimate.reimbursement.cents)}
            </EstimateFact>
            <EstimateFact label={audience === 'client' ? 'Your cost per session (OON Pay)' : 'Client cost per session (OON Pay)'} figure={estimate.oonPayClientCost}>
              {formatMoney(estimate.oonPayClientCost.cents)}
            </EstimateFact>
            <EstimateFact label="Charged per session with Claimstream Pay" figure={estimate.claimstreamPayCharge}>
              {formatMoney(estimate.claimstreamPayCharge.cents)}
            </EstimateFact>
          </>
        ) : null}
      </dl>
      {sessionFee ? (
        <p className="muted small">
          {sessionFee.source === 'allowed_amount'
            ? `For a session fee equal to the allowed amount (${formatMoney(sessionFee.cents)}), until a charging profile sets the fee.`
            : `For a session fee of ${formatMoney(sessionFee.cents)}.`}{' '}
          Estimates, not a guarantee of payment: the insurer decides each claim.
        </p>
      ) : null}
    </div>
  );
}
