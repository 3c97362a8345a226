import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, isProblem } from '@/lib/api-client';
import type { Session } from '@/types/api';

export const sessionQueryKey = ['session'] as const;

/** The signed-in account, or null when nobody is signed in (401). */
export async function getSession(): Promise<Session | null> {
  try {
    return await api.get<Session>('/api/session');
  } catch (error) {
    if (isProblem(error) && error.status === 401) return null;
    throw error;
  }
}

export function getSessionQueryOptions() {
  return queryOptions({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: Infinity });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}

export function isPracticeSession(session: Session | null | undefined): session is Session {
  return !!session && session.account.role !== 'CLIENT' && session.practice !== null;
}

export function isClientSession(session: Session | null | undefined): session is Session {
  return !!session && session.account.role === 'CLIENT';
}

/** Past the second factor (or a client without it): the app itself, not the code or enrolment screen. */
export function hasFullAccess(session: Session): boolean {
  return session.secondFactor === 'verified' || session.secondFactor === 'off';
}

/** After a sign-in of any kind: forget what another account may have cached, then hold the new session. */
export function storeSession(queryClient: QueryClient, session: Session): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, session);
}
