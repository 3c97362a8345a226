import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Client } from '@/types/api';

export const clientQueryKey = (clientId: string) => ['clients', 'detail', clientId] as const;

export function getClient(clientId: string, signal?: AbortSignal): Promise<Client> {
  return api.get<Client>(`/api/clients/${encodeURIComponent(clientId)}`, { signal });
}

export function getClientQueryOptions(clientId: string) {
  return queryOptions({ queryKey: clientQueryKey(clientId), queryFn: ({ signal }) => getClient(clientId, signal) });
}

export function useClient(clientId: string) {
  return useQuery(getClientQueryOptions(clientId));
}
