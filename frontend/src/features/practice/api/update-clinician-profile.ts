import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { ClinicianProfile } from '@/types/api';
import { clinicianProfileQueryKey } from './get-clinician-profile';
import { readinessQueryKey } from './get-readiness';

/** "My profile": the signed-in member as the provider on claims. */
export const clinicianProfileInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(200, 'Use at most 200 characters'),
  credentials: z.string().trim().max(50, 'Use at most 50 characters'),
  npi: z.string().trim().refine((value) => value === '' || /^\d{10}$/.test(value), 'Enter the 10-digit NPI'),
  licenseState: z.string().trim().refine((value) => value === '' || /^[A-Za-z]{2}$/.test(value), 'Use the 2-letter state code, like NY'),
});

export type ClinicianProfileInput = z.infer<typeof clinicianProfileInputSchema>;

export const clinicianProfileFieldNames = ['name', 'credentials', 'npi', 'licenseState'] as const;

export function toClinicianProfileInput(profile: ClinicianProfile | undefined): ClinicianProfileInput {
  return { name: profile?.name ?? '', credentials: profile?.credentials ?? '', npi: profile?.npi ?? '', licenseState: profile?.licenseState ?? '' };
}

export function toClinicianProfile(input: ClinicianProfileInput): ClinicianProfile {
  return {
    name: input.name,
    credentials: input.credentials || undefined,
    npi: input.npi || undefined,
    licenseState: input.licenseState.toUpperCase() || undefined,
  };
}

export function updateClinicianProfile(profile: ClinicianProfile): Promise<ClinicianProfile> {
  return api.put<ClinicianProfile>('/api/practice/clinician-profile', profile);
}

export function useUpdateClinicianProfile(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ClinicianProfileInput) => updateClinicianProfile(toClinicianProfile(input)),
    onSuccess: (saved) => {
      queryClient.setQueryData(clinicianProfileQueryKey(memberId), saved);
      return queryClient.invalidateQueries({ queryKey: readinessQueryKey });
    },
  });
}
