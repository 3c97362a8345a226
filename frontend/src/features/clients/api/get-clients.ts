import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClientSort, ClientStatus, ClientSummary, Page, PaymentType } from '@/types/api';

export type ClientListParams = {
  search?: string;
  status?: ClientStatus;
  paymentType?: PaymentType;
  clinicianId?: string;
  sort?: ClientSort;
  page?: number;
  size?: number;
};

/** Prefix of every client-list query, whatever its filters; live events invalidate it. */
export const clientListQueryKey = ['clients', 'list'] as const;

export function getClients(params: ClientListParams, signal?: AbortSignal): Promise<Page<ClientSummary>> {
  return api.get<Page<ClientSummary>>('/api/clients', {
    signal,
    query: {
      search: params.search?.trim() || undefined,
      status: params.status,
      paymentType: params.paymentType,
      clinicianId: params.clinicianId,
      sort: params.sort,
      page: params.page,
      size: params.size,
    },
  });
}

export function getClientsQueryOptions(params: ClientListParams = {}) {
  return queryOptions({
    queryKey: [...clientListQueryKey, params],
    queryFn: ({ signal }) => getClients(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useClients(params: ClientListParams) {
  return useQuery(getClientsQueryOptions(params));
}
