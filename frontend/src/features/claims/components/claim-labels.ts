import type { BadgeTone } from '@/components/ui/badge';
import type { ClaimDisplayStatus, ClaimStepName } from '../api/claims';

/** The user-facing statuses of PRODUCT §12. */
export const STATUS_LABELS: Record<ClaimDisplayStatus, { label: string; tone: BadgeTone }> = {
  processing: { label: 'Processing', tone: 'info' },
  needs_information: { label: 'Needs information', tone: 'warning' },
  investigating: { label: 'Investigating', tone: 'warning' },
  approved: { label: 'Approved', tone: 'success' },
  denied: { label: 'Denied', tone: 'danger' },
};

export const STEP_LABELS: Record<ClaimStepName, string> = {
  created: 'Claim created',
  needs_information: 'Waiting for missing information',
  submitted: 'Sent to the clearinghouse (837P)',
  acknowledged: 'Accepted by the payer (277CA)',
  rejected: 'Rejected (277CA)',
  pended: 'Pended for review by the payer',
  investigating: 'Investigating',
  adjudicated: 'Decided by the payer (835)',
  reimbursement_sent: 'Reimbursement sent',
};

export const DIFFERENCE_LABELS: Record<string, string> = {
  allowed_amount: 'the allowed amount',
  deductible: 'the deductible',
  coinsurance: 'the coinsurance',
};
