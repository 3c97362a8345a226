import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Member } from '@/types/api';

export function getPracticeMembers(signal?: AbortSignal): Promise<Member[]> {
  return api.get<Member[]>('/api/practice/members', { signal });
}

/** Members who can be a client's clinician (staff cannot be provider of record, PRODUCT §1). */
export function getCliniciansQueryOptions() {
  return queryOptions({
    queryKey: ['practice', 'members'] as const,
    queryFn: ({ signal }) => getPracticeMembers(signal),
    select: (members: Member[]) => members.filter((member) => member.role !== 'STAFF' && member.role !== 'CLIENT'),
    staleTime: 5 * 60_000,
  });
}

/** Everyone in the practice, to name who did what (the audit log). */
export function usePracticeMembers() {
  return useQuery({ ...getCliniciansQueryOptions(), select: undefined });
}

export function useClinicians() {
  return useQuery(getCliniciansQueryOptions());
}
