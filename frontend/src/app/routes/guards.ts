import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { getSessionQueryOptions, isClientSession, isPracticeSession, sessionQueryKey } from '@/features/auth/api/get-session';
import type { Session } from '@/types/api';

function here(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

/** Loader of the clinician portal: no practice session → sign-in, coming back here afterwards. */
export const requirePracticeSession =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    if (!isPracticeSession(session)) throw redirect(paths.practice.signIn.getHref(here(request)));
    return null;
  };

export const requireClientSession =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    if (!isClientSession(session)) throw redirect(paths.portal.signIn.getHref(here(request)));
    return null;
  };

/**
 * Loader of a sign-in page: someone already signed in to this portal goes on; anyone else starts
 * clean (whatever an earlier session cached is dropped).
 */
export const signInPage =
  (queryClient: QueryClient, isSignedIn: (session: Session | null) => boolean, home: string) =>
  async () => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions()).catch(() => null);
    if (isSignedIn(session)) throw redirect(home);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    return null;
  };
