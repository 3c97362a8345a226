import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Connection } from '@/types/api';

export const connectionQueryKey = (clientId: string) => ['portal', 'connections', clientId] as const;

/** One practice's record of the signed-in client: every portal page about a practice reads through it. */
export function getConnection(clientId: string, signal?: AbortSignal): Promise<Connection> {
  return api.get<Connection>(`/api/portal/connections/${encodeURIComponent(clientId)}`, { signal });
}

export function useConnection(clientId: string) {
  return useQuery(queryOptions({ queryKey: connectionQueryKey(clientId), queryFn: ({ signal }) => getConnection(clientId, signal) }));
}
