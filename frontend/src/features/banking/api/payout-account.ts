import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bankAccountInputSchema, type BankAccountInput } from '@/lib/bank-account';
import type { PayoutAccount } from '@/types/api';

export const payoutAccountQueryKey = ['banking', 'payout-account'] as const;

export function usePayoutAccount() {
  return useQuery(
    queryOptions({
      queryKey: payoutAccountQueryKey,
      queryFn: ({ signal }) => api.get<PayoutAccount>('/api/practice/banking/payout-account', { signal }),
    }),
  );
}

export { isRoutingNumber } from '@/lib/bank-account';

export const payoutAccountInputSchema = bankAccountInputSchema;

export type PayoutAccountInput = BankAccountInput;

export const payoutAccountFieldNames = ['routingNumber', 'accountNumber'] as const;

export function useSavePayoutAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PayoutAccountInput) => api.put<PayoutAccount>('/api/practice/banking/payout-account', input),
    onSuccess: (saved) => queryClient.setQueryData(payoutAccountQueryKey, saved),
  });
}
