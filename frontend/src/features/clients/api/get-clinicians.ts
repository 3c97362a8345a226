import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Member } from '@/types/api';

export function getPracticeMembers(signal?: AbortSignal): Promise<Member[]> {
  return api.get<Member[]>('/api/practice/members', { signal });
}

/** Every member of the practice: the edit history names who made each change. */
export function getPracticeMembersQueryOptions() {
  return queryOptions({
    queryKey: ['practice', 'members'] as const,
    queryFn: ({ signal }) => getPracticeMembers(signal),
    staleTime: 5 * 60_000,
  });
}

/** Members who can be a client's clinician (staff cannot be provider of record, PRODUCT §1). */
export function getCliniciansQueryOptions() {
  return queryOptions({
    ...getPracticeMembersQueryOptions(),
    select: (members: Member[]) => members.filter((member) => member.role !== 'STAFF' && member.role !== 'CLIENT'),
  });
}

/** Everyone in the practice, to name who did what (the audit log). */
export function usePracticeMembers() {
  return useQuery(getPracticeMembersQueryOptions());
}

export function useClinicians() {
  return useQuery(getCliniciansQueryOptions());
}
