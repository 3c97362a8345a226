import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ActivityEntry } from '@/types/api';

export const clientActivityQueryKey = (clientId: string) => ['clients', 'activity', clientId] as const;

/** The client's event history, newest first. */
export function getClientActivity(clientId: string, signal?: AbortSignal): Promise<ActivityEntry[]> {
  return api.get<ActivityEntry[]>(`/api/clients/${encodeURIComponent(clientId)}/activity`, { signal });
}

export function getClientActivityQueryOptions(clientId: string) {
  return queryOptions({ queryKey: clientActivityQueryKey(clientId), queryFn: ({ signal }) => getClientActivity(clientId, signal) });
}

export function useClientActivity(clientId: string) {
  return useQuery(getClientActivityQueryOptions(clientId));
}
