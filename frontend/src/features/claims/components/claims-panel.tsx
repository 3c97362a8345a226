import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Money } from '@/components/ui/money';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/lib/format-date';
import { problemMessage } from '@/lib/form-errors';
import { useClaims, type Claim, type ClaimsScope } from '../api/claims';
import { ClaimDetail } from './claim-detail';
import { STATUS_LABELS } from './claim-labels';

export function ClaimStatusBadge({ claim }: { claim: Claim }) {
  const status = STATUS_LABELS[claim.outcome.status];
  return <Badge tone={status.tone}>{status.label}</Badge>;
}

/**
 * A client's claims in either portal (PRODUCT §12): number, submitted, date of service, status, result, billed, paid;
 * one opens below with its live timeline. Live events refetch it, so statuses move without a reload.
 */
export function ClaimsPanel({ scope, isAdmin = false }: { scope: ClaimsScope; isAdmin?: boolean }) {
  const claims = useClaims(scope);
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <Card title="Claims">
      {claims.isPending ? (
        <Spinner label="Loading claims…" />
      ) : claims.isError ? (
        <Alert>{problemMessage(claims.error)}</Alert>
      ) : claims.data.length === 0 ? (
        <p className="muted">No claim yet. A claim is sent automatically after each OON Pay or Claimstream Pay session is paid.</p>
      ) : (
        <div className="detail-stack">
          <div className="table-wrap">
            <table className="table" aria-label="Claims">
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Submitted</th>
                  <th scope="col">Date of service</th>
                  <th scope="col">Status</th>
                  <th scope="col">Result</th>
                  <th scope="col">Billed</th>
                  <th scope="col">Paid</th>
                </tr>
              </thead>
              <tbody>
                {claims.data.map((claim) => (
                  <tr key={claim.id}>
                    <td className="cell-primary">
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={openId === claim.id}
                        onClick={() => setOpenId(openId === claim.id ? null : claim.id)}
                      >
                        {claim.claimNumber}
                      </button>
                    </td>
                    <td>{formatDate(claim.submittedAt)}</td>
                    <td>{formatDate(claim.dateOfService)}</td>
                    <td>
                      <ClaimStatusBadge claim={claim} />
                    </td>
                    <td>{claim.outcome.result ?? claim.outcome.reason ?? '—'}</td>
                    <td>
                      <Money cents={claim.billedCents} />
                    </td>
                    <td>{claim.remittance ? <Money cents={claim.remittance.paidCents} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {openId ? <ClaimDetail scope={scope} claimId={openId} isAdmin={isAdmin} /> : null}
        </div>
      )}
    </Card>
  );
}
