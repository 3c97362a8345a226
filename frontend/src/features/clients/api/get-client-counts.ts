import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClientCounts } from '@/types/api';

export const clientCountsQueryKey = ['clients', 'counts'] as const;

export function getClientCountsQueryOptions() {
  return queryOptions({
    queryKey: clientCountsQueryKey,
    queryFn: ({ signal }) => api.get<ClientCounts>('/api/clients/counts', { signal }),
  });
}

export function useClientCounts() {
  return useQuery(getClientCountsQueryOptions());
}
