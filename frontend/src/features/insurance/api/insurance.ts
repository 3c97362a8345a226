import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CardImage, CardSide, Insurance, PayerLookup, PolicyRequest, PortalSettingsOfPractice, ReimbursementAccount } from '@/types/api';
import type { BankAccountInput } from '@/lib/bank-account';

/** Whose insurance a screen edits: a client of the practice, or the client's own record in the portal. */
export type InsuranceScope = { portal: boolean; clientId: string };

export const insuranceQueryKey = (clientId: string) => ['insurance', clientId] as const;

export const reimbursementAccountQueryKey = (clientId: string) => ['insurance', clientId, 'reimbursement-account'] as const;

export const portalSettingsOfPracticesQueryKey = ['portal', 'portal-settings'] as const;

export function insurancePath({ portal, clientId }: InsuranceScope): string {
  const id = encodeURIComponent(clientId);
  return portal ? `/api/portal/connections/${id}/insurance` : `/api/clients/${id}/insurance`;
}

export function useInsurance(scope: InsuranceScope, enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: insuranceQueryKey(scope.clientId),
      queryFn: ({ signal }) => api.get<Insurance>(insurancePath(scope), { signal }),
      enabled,
    }),
  );
}

export function useSavePolicy(scope: InsuranceScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PolicyRequest) => api.put<Insurance>(insurancePath(scope), request),
    onSuccess: (saved) => queryClient.setQueryData(insuranceQueryKey(scope.clientId), saved),
  });
}

export function useRemovePolicy(scope: InsuranceScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(insurancePath(scope)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: insuranceQueryKey(scope.clientId) }),
  });
}

export function useUploadCard(scope: InsuranceScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ side, file }: { side: CardSide; file: File }) => api.upload<CardImage>(`${insurancePath(scope)}/cards/${side}`, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: insuranceQueryKey(scope.clientId) }),
  });
}

/** The payer picker's answer for what was typed (the whole catalog for nothing). */
export function usePayerLookup(typed: string) {
  return useQuery({
    queryKey: ['payers', typed.trim().toLowerCase()],
    queryFn: ({ signal }) => api.get<PayerLookup>('/api/payers', { signal, query: { q: typed.trim() } }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** What each connected practice allows in the portal (showInsurance, editInsurance, …). */
export function usePortalSettingsOfPractices() {
  return useQuery({
    queryKey: portalSettingsOfPracticesQueryKey,
    queryFn: ({ signal }) => api.get<PortalSettingsOfPractice[]>('/api/portal/portal-settings', { signal }),
  });
}

function reimbursementPath(clientId: string) {
  return `/api/portal/connections/${encodeURIComponent(clientId)}/reimbursement-account`;
}

export function useReimbursementAccount(clientId: string) {
  return useQuery({
    queryKey: reimbursementAccountQueryKey(clientId),
    queryFn: ({ signal }) => api.get<ReimbursementAccount>(reimbursementPath(clientId), { signal }),
  });
}

export function useSaveReimbursementAccount(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BankAccountInput) => api.put<ReimbursementAccount>(reimbursementPath(clientId), input),
    onSuccess: (saved) => queryClient.setQueryData(reimbursementAccountQueryKey(clientId), saved),
  });
}
