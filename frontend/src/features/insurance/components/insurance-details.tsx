import { useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Spinner } from '@/components/ui/spinner';
import { problemMessage } from '@/lib/form-errors';
import { formatDate } from '@/lib/format-date';
import type { Insurance, Policy } from '@/types/api';
import { useInsurance, useRemovePolicy, type InsuranceScope } from '../api/insurance';
import { CardUpload } from './card-upload';
import { PolicyForm } from './policy-form';

const RELATIONSHIPS: Record<Policy['relationship'], string> = {
  self: 'the client',
  spouse: 'spouse or partner',
  child: 'parent (client is their child)',
  other: 'someone else',
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function PolicySummary({ policy }: { policy: Policy }) {
  return (
    <dl className="dl">
      <Fact label="Insurer">
        {policy.payerName} {policy.needsReview ? <Badge tone="warning">Needs review</Badge> : null}
      </Fact>
      <Fact label="Member ID">{policy.memberId}</Fact>
      <Fact label="Group number">{policy.groupNumber ?? '—'}</Fact>
      <Fact label="Policy holder">
        {RELATIONSHIPS[policy.relationship]}
        {policy.subscriber ? ` · ${policy.subscriber.firstName} ${policy.subscriber.lastName} (born ${formatDate(policy.subscriber.dateOfBirth)})` : ''}
      </Fact>
      <Fact label="Client date of birth">{formatDate(policy.clientDateOfBirth)}</Fact>
    </dl>
  );
}

type InsuranceDetailsProps = {
  scope: InsuranceScope;
  insurance: Insurance;
  editable: boolean;
  clientDateOfBirth?: string;
};

/** The policy (summary, or the form while editing), its card images, and removing it. */
export function InsuranceDetails({ scope, insurance, editable, clientDateOfBirth }: InsuranceDetailsProps) {
  const policy = insurance.policy;
  const [editing, setEditing] = useState(!policy);
  const [confirming, setConfirming] = useState(false);
  const remove = useRemovePolicy(scope);
  return (
    <div className="detail-stack">
      {policy && !editing ? <PolicySummary policy={policy} /> : null}
      {policy?.needsReview ? (
        <Alert tone="info" title="Needs review">
          {policy.payerName} is not in our list of insurers. The practice checks it before claims are filed.
        </Alert>
      ) : null}
      {editable && editing ? (
        <PolicyForm key={policy?.updatedAt ?? 'new'} scope={scope} policy={policy} clientDateOfBirth={clientDateOfBirth} onSaved={() => setEditing(false)} />
      ) : null}
      {!policy && !editable ? <p className="muted">No insurance on file.</p> : null}
      {policy ? (
        <div className="card-uploads">
          <CardUpload scope={scope} side="front" stored={policy.cardFront} disabled={!editable} />
          <CardUpload scope={scope} side="back" stored={policy.cardBack} disabled={!editable} />
        </div>
      ) : null}
      {policy && editable ? (
        <div className="button-row">
          {!editing ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit insurance
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          )}
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Remove insurance
          </Button>
        </div>
      ) : null}
      {remove.isError ? <Alert>{problemMessage(remove.error)}</Alert> : null}
      <ConfirmDialog
        open={confirming}
        title="Remove this insurance?"
        confirmLabel="Remove insurance"
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => (setConfirming(false), setEditing(true)) })}
      >
        The policy and its card images are deleted. The client is treated as Self-Pay until insurance is added again.
      </ConfirmDialog>
    </div>
  );
}

/** The Insurance section of the client detail (clinician portal): policy, cards and the reimbursement account status. */
export function InsurancePanel({ clientId, clientDateOfBirth, editable }: { clientId: string; clientDateOfBirth?: string; editable: boolean }) {
  const scope = { portal: false, clientId };
  const insurance = useInsurance(scope);
  return (
    <Card title="Insurance">
      {insurance.isPending ? (
        <Spinner label="Loading insurance…" />
      ) : insurance.isError ? (
        <Alert>{problemMessage(insurance.error)}</Alert>
      ) : (
        <>
          <InsuranceDetails scope={scope} insurance={insurance.data} editable={editable} clientDateOfBirth={clientDateOfBirth} />
          <p className="reimbursement-status">
            Reimbursement account:{' '}
            {insurance.data.reimbursementAccount.onFile ? (
              <strong>on file •••• {insurance.data.reimbursementAccount.accountLast4}</strong>
            ) : (
              <Badge tone="warning">Missing</Badge>
            )}
          </p>
        </>
      )}
    </Card>
  );
}
