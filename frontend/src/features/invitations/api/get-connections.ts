import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Connection } from '@/types/api';

export const connectionsQueryKey = ['portal', 'connections'] as const;

/** The practices the signed-in client is connected to (or invited by). */
export function getConnections(signal?: AbortSignal): Promise<Connection[]> {
  return api.get<Connection[]>('/api/portal/connections', { signal });
}

export function getConnectionsQueryOptions() {
  return queryOptions({ queryKey: connectionsQueryKey, queryFn: ({ signal }) => getConnections(signal) });
}

export function useConnections() {
  return useQuery(getConnectionsQueryOptions());
}
