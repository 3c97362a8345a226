import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
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

const digits = (value: string) => value.replace(/[\s-]/g, '');

/** The ABA check digit: weights 3, 7, 1 over the nine digits, the sum a multiple of 10. */
export function isRoutingNumber(value: string): boolean {
  const d = digits(value);
  if (!/^\d{9}$/.test(d)) return false;
  const sum = [...d].reduce((total, digit, i) => total + Number(digit) * [3, 7, 1][i % 3], 0);
  return sum % 10 === 0;
}

export const payoutAccountInputSchema = z.object({
  routingNumber: z
    .string()
    .refine((value) => /^\d{9}$/.test(digits(value)), 'Enter the 9-digit routing number')
    .refine(isRoutingNumber, 'This routing number does not exist; check its digits'),
  accountNumber: z.string().refine((value) => /^\d{4,17}$/.test(digits(value)), 'Enter the account number: 4 to 17 digits'),
});

export type PayoutAccountInput = z.infer<typeof payoutAccountInputSchema>;

export const payoutAccountFieldNames = ['routingNumber', 'accountNumber'] as const;

export function useSavePayoutAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PayoutAccountInput) => api.put<PayoutAccount>('/api/practice/banking/payout-account', input),
    onSuccess: (saved) => queryClient.setQueryData(payoutAccountQueryKey, saved),
  });
}
