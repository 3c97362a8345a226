import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { invalidateClient } from '@/features/clients/api/invalidate-client';
import type { CardToken, PaymentMethod } from '@/types/api';

export const paymentMethodsQueryKey = (clientId: string) => ['payment-methods', clientId] as const;

/** The practice's routes under the client, the portal's under the client's connection. */
export type PaymentMethodsScope = { clientId: string; portal: boolean };

const base = ({ clientId, portal }: PaymentMethodsScope) =>
  portal ? `/api/portal/connections/${encodeURIComponent(clientId)}/payment-methods` : `/api/clients/${encodeURIComponent(clientId)}/payment-methods`;

export function usePaymentMethods(scope: PaymentMethodsScope) {
  return useQuery(
    queryOptions({
      queryKey: paymentMethodsQueryKey(scope.clientId),
      queryFn: ({ signal }) => api.get<PaymentMethod[]>(base(scope), { signal }),
    }),
  );
}

/** After a change (here or pushed live): the cards and the client list's payment method column. */
export function refreshPaymentMethods(queryClient: QueryClient, clientId: string) {
  return Promise.all([queryClient.invalidateQueries({ queryKey: paymentMethodsQueryKey(clientId) }), invalidateClient(queryClient, clientId)]);
}

const digits = (value: string) => value.replace(/\D/g, '');

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover';

export const BRAND_NAMES: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' };

/** The brand by the number's first digits, as the card field shows it while typing. */
export function cardBrand(value: string): CardBrand | null {
  const d = digits(value);
  const two = Number(d.slice(0, 2));
  const four = Number(d.slice(0, 4));
  if (d.startsWith('4')) return 'visa';
  if ((two >= 51 && two <= 55) || (d.length >= 4 && four >= 2221 && four <= 2720)) return 'mastercard';
  if (two === 34 || two === 37) return 'amex';
  if (d.startsWith('6011') || two === 65) return 'discover';
  return null;
}

/** Groups the digits as printed on the card: 4-6-5 for American Express, fours otherwise. */
export function formatCardNumber(value: string): string {
  const d = digits(value).slice(0, 19);
  const groups = cardBrand(d) === 'amex' ? [4, 6, 5] : [4, 4, 4, 4, 3];
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= d.length) break;
    parts.push(d.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}

/** `MM/YY` while typing: the slash comes by itself after the month. */
export function formatExpiry(value: string): string {
  const d = digits(value).slice(0, 4);
  return d.length > 2 ? `${d.slice(0, 2)}/${d.slice(2)}` : d;
}

export function passesLuhn(value: string): boolean {
  const d = digits(value);
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let digit = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return d.length > 0 && sum % 10 === 0;
}

function notExpired(value: string, now: Date): boolean {
  const match = /^(\d{2})\/(\d{2})$/.exec(value);
  if (!match) return true;
  const month = Number(match[1]);
  const year = 2000 + Number(match[2]);
  return year > now.getFullYear() || (year === now.getFullYear() && month >= now.getMonth() + 1);
}

/** The same checks as the processor's, so most mistakes show before anything is sent. */
export const cardInputSchema = z
  .object({
    number: z
      .string()
      .refine((value) => /^\d{12,19}$/.test(digits(value)), 'Enter the card number')
      .refine((value) => cardBrand(value) !== null, 'We accept Visa, Mastercard, American Express and Discover')
      .refine(passesLuhn, 'This card number is not valid; check it for a typo'),
    expiry: z
      .string()
      .refine((value) => /^(0[1-9]|1[0-2])\/\d{2}$/.test(value), 'Enter the expiry date as MM/YY')
      .refine((value) => notExpired(value, new Date()), 'This card has expired'),
    cvc: z.string(),
    postalCode: z.string().refine((value) => value === '' || /^\d{5}$/.test(value), 'Enter a 5-digit ZIP code'),
  })
  .superRefine((card, context) => {
    const length = cardBrand(card.number) === 'amex' ? 4 : 3;
    if (!new RegExp(`^\\d{${length}}$`).test(card.cvc)) {
      context.addIssue({ code: 'custom', path: ['cvc'], message: `Enter the ${length}-digit security code` });
    }
  });

export type CardInput = z.infer<typeof cardInputSchema>;

export const cardFieldNames = ['number', 'expiry', 'cvc', 'postalCode'] as const;

/**
 * Adds a card the way a hosted card field does: the card goes to the processor's tokenize endpoint only,
 * and Claimstream's API receives the token.
 */
export function useAddCard(scope: PaymentMethodsScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (card: CardInput) => {
      const { token } = await api.post<CardToken>('/sandbox/cards/tokens', card);
      return api.post<PaymentMethod>(base(scope), { token });
    },
    onSuccess: () => refreshPaymentMethods(queryClient, scope.clientId),
  });
}

export function useMakeDefault(scope: PaymentMethodsScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<PaymentMethod>(`${base(scope)}/${encodeURIComponent(id)}/default`),
    onSuccess: () => refreshPaymentMethods(queryClient, scope.clientId),
  });
}

export function useRemovePaymentMethod(scope: PaymentMethodsScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`${base(scope)}/${encodeURIComponent(id)}`),
    onSuccess: () => refreshPaymentMethods(queryClient, scope.clientId),
  });
}
