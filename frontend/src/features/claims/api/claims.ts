import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Where a client's claims are read: the practice's client routes or the client's own portal record. */
export type ClaimsScope = { clientId: string; portal: boolean };

export type ClaimStatus =
  | 'created'
  | 'needs_information'
  | 'submitted'
  | 'acknowledged'
  | 'rejected'
  | 'investigating'
  | 'adjudicated'
  | 'reimbursement_sent';

export type ClaimDisplayStatus = 'processing' | 'needs_information' | 'investigating' | 'approved' | 'denied';

export type ClaimStepName =
  | 'created'
  | 'needs_information'
  | 'submitted'
  | 'acknowledged'
  | 'rejected'
  | 'pended'
  | 'investigating'
  | 'adjudicated'
  | 'reimbursement_sent';

export type Claim = {
  id: string;
  claimNumber: string;
  clientId: string;
  status: ClaimStatus;
  outcome: { status: ClaimDisplayStatus; result: string | null; reason: string | null; differences: ('allowed_amount' | 'deductible' | 'coinsurance')[] };
  paymentType: 'oon_pay' | 'claimstream_pay';
  dateOfService: string;
  cpt: string;
  modifiers: string[];
  placeOfService: string;
  units: number;
  billedCents: number;
  payerName: string | null;
  payerClaimNumber: string | null;
  remittance: {
    denied: boolean;
    allowedCents: number;
    paidCents: number;
    deductibleCents: number;
    coinsuranceCents: number;
    patientResponsibilityCents: number;
    denialCodes: string[];
    remarkCodes: string[];
  } | null;
  missing: { field: string; label: string; fixedIn: 'practice' | 'clinician' | 'client' }[];
  /** Null when the benefit data gave no estimate for the service when the session was charged. */
  estimate: { allowedCents: number; deductibleRemainingCents: number; coinsuranceBasisPoints: number; reimbursementCents: number } | null;
  submittedAt: string | null;
  decidedAt: string | null;
  createdAt: string;
  steps: { step: ClaimStepName; occurredAt: string; detail: Record<string, unknown> }[];
  files: { id: string; kind: '837' | '277ca' | '835'; controlNumber: number; createdAt: string }[];
};

export const claimsQueryKey = (clientId: string) => ['claims', clientId] as const;

function base({ clientId, portal }: ClaimsScope): string {
  const id = encodeURIComponent(clientId);
  return portal ? `/api/portal/connections/${id}/claims` : `/api/clients/${id}/claims`;
}

/** The administrator's download link of one of a claim's X12 files. */
export function claimFileHref(clientId: string, claimId: string, fileId: string): string {
  return `/api/clients/${encodeURIComponent(clientId)}/claims/${encodeURIComponent(claimId)}/files/${encodeURIComponent(fileId)}`;
}

/** Every claim screen of one client, refetched after a live claim event. */
export function invalidateClaims(queryClient: QueryClient, clientId: string | null): Promise<unknown> {
  return queryClient.invalidateQueries({ queryKey: clientId ? claimsQueryKey(clientId) : ['claims'] });
}

export function useClaims(scope: ClaimsScope) {
  return useQuery({
    queryKey: [...claimsQueryKey(scope.clientId), 'list', scope.portal],
    queryFn: ({ signal }) => api.get<Claim[]>(base(scope), { signal }),
  });
}

export function useClaim(scope: ClaimsScope, claimId: string | null) {
  return useQuery({
    queryKey: [...claimsQueryKey(scope.clientId), 'detail', claimId, scope.portal],
    queryFn: ({ signal }) => api.get<Claim>(`${base(scope)}/${encodeURIComponent(claimId ?? '')}`, { signal }),
    enabled: claimId !== null,
  });
}
