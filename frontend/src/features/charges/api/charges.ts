import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '@/lib/api-client';
import type { PaymentType } from '@/types/api';

export type ChargeType = 'session' | 'no_show' | 'late_cancellation' | 'miscellaneous';

export type ChargeStatus = 'processing' | 'succeeded' | 'failed';

export type ServiceLine = { cpt: string; units: number };

export type Charge = {
  id: string;
  clientId: string;
  clinicianId: string;
  paymentMethod: { id: string; brand: string; last4: string };
  paymentType: PaymentType;
  chargeType: ChargeType;
  dateOfService: string;
  lines: ServiceLine[];
  placeOfService: string;
  durationMinutes?: number;
  diagnoses: string[];
  amountCents: number;
  clientChargeCents: number;
  processingFeeCents?: number;
  clinicianNetCents?: number;
  status: ChargeStatus;
  declineReason?: string;
  declineMessage?: string;
  claim?: 'opened';
  createdAt: string;
};

export type ChargingProfile = {
  amountCents?: number;
  cpt?: string;
  placeOfService?: string;
  durationMinutes?: number;
  clinicianId?: string;
};

export type SessionPrice = {
  feeCents: number;
  clientChargeCents: number;
  processingFeeCents: number;
  clinicianNetCents: number;
  platformFeeCents: number;
  advanceCents: number;
};

export type ChargeRequest = {
  clinicianId: string;
  paymentMethodId: string;
  paymentType: PaymentType;
  chargeType: ChargeType;
  dateOfService: string;
  lines: ServiceLine[];
  placeOfService: string;
  durationMinutes?: number;
  amountCents: number;
  diagnoses: string[];
};

export const CHARGE_TYPE_LABELS: Record<ChargeType, string> = {
  session: 'Session',
  no_show: 'No-show',
  late_cancellation: 'Late cancellation',
  miscellaneous: 'Miscellaneous',
};

/** The practice's routes under the client, the portal's under the client's connection. */
export type ChargesScope = { clientId: string; portal: boolean };

export const chargesQueryKey = (clientId: string) => ['charges', clientId] as const;

const id = encodeURIComponent;

export function useCharges({ clientId, portal }: ChargesScope) {
  return useQuery(
    queryOptions({
      queryKey: [...chargesQueryKey(clientId), portal],
      queryFn: ({ signal }) =>
        api.get<Charge[]>(portal ? `/api/portal/connections/${id(clientId)}/charges` : `/api/clients/${id(clientId)}/charges`, { signal }),
    }),
  );
}

/** After a payment event (here or pushed live): the client's payments. */
export function refreshCharges(queryClient: QueryClient, clientId: string) {
  return queryClient.invalidateQueries({ queryKey: chargesQueryKey(clientId) });
}

const profileKey = (clientId: string) => ['charging-profile', clientId] as const;

export function useChargingProfile(clientId: string) {
  return useQuery(
    queryOptions({
      queryKey: profileKey(clientId),
      queryFn: ({ signal }) => api.get<ChargingProfile>(`/api/clients/${id(clientId)}/charging-profile`, { signal }),
    }),
  );
}

export function refreshChargingProfile(queryClient: QueryClient, clientId: string) {
  return queryClient.invalidateQueries({ queryKey: profileKey(clientId) });
}

export function useSaveChargingProfile(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: ChargingProfile) => api.put<ChargingProfile>(`/api/clients/${id(clientId)}/charging-profile`, profile),
    onSuccess: (saved) => queryClient.setQueryData(profileKey(clientId), saved),
  });
}

/** The exact amounts a charge would move, from the server's one pricing component. */
export function useChargePrice(clientId: string, paymentType: PaymentType, amountCents: number | null, cpt: string) {
  return useQuery(
    queryOptions({
      queryKey: ['charge-price', clientId, paymentType, amountCents, cpt],
      queryFn: ({ signal }) =>
        api.get<SessionPrice>(`/api/clients/${id(clientId)}/charge-price`, { signal, query: { paymentType, amountCents: amountCents ?? undefined, cpt } }),
      enabled: amountCents !== null && amountCents > 0,
    }),
  );
}

/** A new key per charge the user confirms; the same key when that submission is retried. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export function useCreateCharge(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, charge }: { key: string; charge: ChargeRequest }) =>
      apiRequest<Charge>(`/api/clients/${id(clientId)}/charges`, { method: 'POST', body: charge, headers: { 'Idempotency-Key': key } }),
    onSuccess: () => refreshCharges(queryClient, clientId),
  });
}
