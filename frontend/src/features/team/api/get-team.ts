import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TeamMember } from '@/types/api';

/** Every team query starts with this key, so `team.*` events refresh them all. */
export const teamQueryKey = ['team'] as const;

export function getTeam(signal?: AbortSignal): Promise<TeamMember[]> {
  return api.get<TeamMember[]>('/api/practice/team', { signal });
}

export function useTeam() {
  return useQuery(queryOptions({ queryKey: teamQueryKey, queryFn: ({ signal }) => getTeam(signal) }));
}
