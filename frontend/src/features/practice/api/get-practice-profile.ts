import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PracticeProfile } from '@/types/api';

/** Every query of this feature starts with this key, so `practice.updated` refreshes them all. */
export const practiceQueryKey = ['practice'] as const;

export const practiceProfileQueryKey = [...practiceQueryKey, 'profile'] as const;

export function getPracticeProfile(signal?: AbortSignal): Promise<PracticeProfile> {
  return api.get<PracticeProfile>('/api/practice/profile', { signal });
}

export function getPracticeProfileQueryOptions() {
  return queryOptions({ queryKey: practiceProfileQueryKey, queryFn: ({ signal }) => getPracticeProfile(signal) });
}

export function usePracticeProfile() {
  return useQuery(getPracticeProfileQueryOptions());
}
