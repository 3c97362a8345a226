import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { PracticeProfile } from '@/types/api';
import { practiceProfileQueryKey } from './get-practice-profile';
import { readinessQueryKey } from './get-readiness';

const optional = (pattern: RegExp, message: string, max: number) =>
  z.string().trim().max(max, `Use at most ${max} characters`).refine((value) => value === '' || pattern.test(value), message);
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters`);

/** The practice profile form; fields named as the API names them, so server errors land on them. */
export const practiceProfileInputSchema = z.object({
  legalName: text(200),
  taxId: optional(/^\d{2}-?\d{7}$/, 'Enter the 9-digit EIN, like 12-3456789', 10),
  groupNpi: optional(/^\d{10}$/, 'Enter the 10-digit NPI', 10),
  address: z.object({
    line1: text(200),
    line2: text(200),
    city: text(100),
    state: optional(/^[A-Za-z]{2}$/, 'Use the 2-letter state code, like NY', 2),
    postalCode: optional(/^\d{5}(-\d{4})?$/, 'Use a 5-digit ZIP code', 10),
  }),
  phone: optional(/^\+[1-9]\d{6,14}$/, 'Use the international format, like +12125551234', 16),
});

export type PracticeProfileInput = z.infer<typeof practiceProfileInputSchema>;

export const practiceProfileFieldNames = [
  'legalName', 'taxId', 'groupNpi', 'address.line1', 'address.line2', 'address.city', 'address.state', 'address.postalCode', 'phone',
] as const;

export function toPracticeProfileInput(profile: PracticeProfile | undefined): PracticeProfileInput {
  const address = profile?.address ?? {};
  return {
    legalName: profile?.legalName ?? '',
    taxId: profile?.taxId ?? '',
    groupNpi: profile?.groupNpi ?? '',
    address: { line1: address.line1 ?? '', line2: address.line2 ?? '', city: address.city ?? '', state: address.state ?? '', postalCode: address.postalCode ?? '' },
    phone: profile?.phone ?? '',
  };
}

function compact<T extends Record<string, string>>(values: T): Partial<T> | undefined {
  const entries = Object.entries(values).filter(([, value]) => value !== '');
  return entries.length ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}

/** Form values → `PracticeProfile`: blank fields are left out (and so cleared). */
export function toPracticeProfile(input: PracticeProfileInput): PracticeProfile {
  const { address, ...rest } = input;
  return { ...compact(rest), address: compact({ ...address, state: address.state.toUpperCase() }) };
}

export function updatePracticeProfile(profile: PracticeProfile): Promise<PracticeProfile> {
  return api.put<PracticeProfile>('/api/practice/profile', profile);
}

export function useUpdatePracticeProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PracticeProfileInput) => updatePracticeProfile(toPracticeProfile(input)),
    onSuccess: (saved) => {
      queryClient.setQueryData(practiceProfileQueryKey, saved);
      return queryClient.invalidateQueries({ queryKey: readinessQueryKey });
    },
  });
}
