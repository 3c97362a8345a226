import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClinicianProfile } from '@/types/api';
import { practiceQueryKey } from './get-practice-profile';

export const clinicianProfileQueryKey = (memberId: string) => [...practiceQueryKey, 'clinician-profile', memberId] as const;

export function getClinicianProfile(memberId: string, signal?: AbortSignal): Promise<ClinicianProfile> {
  return api.get<ClinicianProfile>(`/api/practice/members/${encodeURIComponent(memberId)}/profile`, { signal });
}

export function getClinicianProfileQueryOptions(memberId: string) {
  return queryOptions({ queryKey: clinicianProfileQueryKey(memberId), queryFn: ({ signal }) => getClinicianProfile(memberId, signal) });
}

export function useClinicianProfile(memberId: string) {
  return useQuery(getClinicianProfileQueryOptions(memberId));
}
