import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClaimReadiness } from '@/types/api';
import { practiceQueryKey } from './get-practice-profile';

export const readinessQueryKey = [...practiceQueryKey, 'readiness'] as const;

export function getReadiness(signal?: AbortSignal): Promise<ClaimReadiness> {
  return api.get<ClaimReadiness>('/api/practice/readiness', { signal });
}

export function getReadinessQueryOptions() {
  return queryOptions({ queryKey: readinessQueryKey, queryFn: ({ signal }) => getReadiness(signal) });
}

export function useReadiness() {
  return useQuery(getReadinessQueryOptions());
}
