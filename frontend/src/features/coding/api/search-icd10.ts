import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** An ICD-10-CM code as search shows it; `unavailableReason` says why it cannot be added (a category, retired). */
export type Icd10Result = {
  code: string;
  description: string;
  shortDescription: string;
  billable: boolean;
  unavailableReason?: string;
};

export const icd10SearchQueryKey = (query: string) => ['coding', 'icd10', query] as const;

/** Exact code first, then the codes under it, then descriptions with every word (as typed). */
export function searchIcd10(query: string, signal?: AbortSignal): Promise<Icd10Result[]> {
  return api.get<Icd10Result[]>('/api/coding/icd10', { signal, query: { q: query, limit: 20 } });
}

export function searchIcd10QueryOptions(query: string) {
  return queryOptions({
    queryKey: icd10SearchQueryKey(query),
    queryFn: ({ signal }) => searchIcd10(query, signal),
    enabled: query.trim().length > 0,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useIcd10Search(query: string) {
  return useQuery(searchIcd10QueryOptions(query));
}
