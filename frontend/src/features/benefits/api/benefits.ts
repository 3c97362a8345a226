import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PaymentType } from '@/types/api';

/** Where a client's benefits are read: the practice's client routes or the client's own portal record. */
export type BenefitsScope = { clientId: string; portal: boolean };

export type BenefitCheckStatus = 'running' | 'complete' | 'incomplete' | 'failed' | 'manual_requested' | 'verified' | 'unverifiable';

export type BenefitCheck = {
  id: string;
  clientId: string;
  status: BenefitCheckStatus;
  source: 'benefit_check' | 'manual_verification';
  payer: { id: string; name: string };
  activeCoverage: boolean | null;
  oonBenefits: 'yes' | 'no' | 'unknown';
  deductible: { totalCents: number | null; metCents: number | null; remainingCents: number | null } | null;
  coinsurancePercent: number | null;
  outOfPocketMax: { totalCents: number | null; metCents: number | null } | null;
  allowedAmounts: { cpt: string; allowedCents: number }[];
  missingFields: string[];
  rejection: { code: string; reason: string | null } | null;
  carvedOutTo: string | null;
  unverifiableReason: string | null;
  needsManualVerification: boolean;
  createdAt: string;
  completedAt: string | null;
  manualRequestedAt: string | null;
  verifiedAt: string | null;
};

export type EstimateSource = 'benefit_check' | 'manual_verification' | 'adjudicated_claim';
export type Figure = { cents: number; source: EstimateSource; estimate: true };

export type BenefitsState =
  | 'no_insurance'
  | 'no_check'
  | 'running'
  | 'needs_manual_verification'
  | 'manual_requested'
  | 'unverifiable'
  | 'coverage_inactive'
  | 'no_oon_benefits'
  | 'estimated';

export type BenefitsSummary = {
  clientId: string;
  cpt: string;
  state: BenefitsState;
  check: BenefitCheck | null;
  deductible: { total: Figure; met: Figure; remaining: Figure } | null;
  coinsurance: { percent: number; source: EstimateSource; estimate: true } | null;
  allowedAmount: Figure | null;
  sessionFee: { cents: number; source: 'requested' | 'allowed_amount' } | null;
  estimate: {
    deductibleApplied: Figure;
    reimbursement: Figure;
    oonPayFee: Figure;
    clientReceives: Figure;
    oonPayClientCost: Figure;
    claimstreamPayCharge: Figure;
  } | null;
};

export type PaymentTypeOption = { type: PaymentType; eligible: boolean; reasons: { code: string; message: string }[] };
export type PaymentTypes = { current: PaymentType; options: PaymentTypeOption[] };

export type Verification = {
  oonBenefits: 'yes' | 'no';
  deductibleTotalCents?: number;
  deductibleMetCents?: number;
  coinsurancePercent?: number;
  oopMaxTotalCents?: number;
  oopMaxMetCents?: number;
  allowedAmounts?: { cpt: string; allowedCents: number }[];
};

export const benefitsQueryKey = (clientId: string) => ['benefits', clientId] as const;

function base({ clientId, portal }: BenefitsScope): string {
  const id = encodeURIComponent(clientId);
  return portal ? `/api/portal/connections/${id}` : `/api/clients/${id}`;
}

/** Every benefits screen of one client (summary, checks, payment types), refetched after a live event. */
export function invalidateBenefits(queryClient: QueryClient, clientId: string | null): Promise<unknown> {
  return queryClient.invalidateQueries({ queryKey: clientId ? benefitsQueryKey(clientId) : ['benefits'] });
}

export function useBenefitsSummary(scope: BenefitsScope) {
  return useQuery({
    queryKey: [...benefitsQueryKey(scope.clientId), 'summary', scope.portal],
    queryFn: ({ signal }) => api.get<BenefitsSummary>(`${base(scope)}/benefits`, { signal }),
  });
}

export function usePaymentTypes(scope: BenefitsScope) {
  return useQuery({
    queryKey: [...benefitsQueryKey(scope.clientId), 'payment-types', scope.portal],
    queryFn: ({ signal }) => api.get<PaymentTypes>(`${base(scope)}/payment-types`, { signal }),
  });
}

function useBenefitsMutation<V, R>(scope: BenefitsScope, send: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => Promise.all([invalidateBenefits(queryClient, scope.clientId), queryClient.invalidateQueries({ queryKey: ['clients'] })]),
  });
}

export function useStartBenefitCheck(scope: BenefitsScope) {
  return useBenefitsMutation(scope, () => api.post<BenefitCheck>(`${base(scope)}/benefit-checks`));
}

export function useRequestManualVerification(scope: BenefitsScope) {
  return useBenefitsMutation(scope, (checkId: string) =>
    api.post<BenefitCheck>(`${base(scope)}/benefit-checks/${encodeURIComponent(checkId)}/manual-request`),
  );
}

export function useVerifyBenefits(scope: BenefitsScope) {
  return useBenefitsMutation(scope, ({ checkId, verification }: { checkId: string; verification: Verification }) =>
    api.post<BenefitCheck>(`${base(scope)}/benefit-checks/${encodeURIComponent(checkId)}/verification`, verification),
  );
}

export function useMarkUnverifiable(scope: BenefitsScope) {
  return useBenefitsMutation(scope, ({ checkId, reason }: { checkId: string; reason: string }) =>
    api.post<BenefitCheck>(`${base(scope)}/benefit-checks/${encodeURIComponent(checkId)}/unverifiable`, { reason }),
  );
}

export function useChoosePaymentType(scope: BenefitsScope) {
  return useBenefitsMutation(scope, (paymentType: PaymentType) => api.put<PaymentTypes>(`${base(scope)}/payment-type`, { paymentType }));
}
