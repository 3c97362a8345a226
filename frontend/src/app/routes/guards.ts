import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { getSessionQueryOptions, isClientSession, isPracticeSession, sessionQueryKey } from '@/features/auth/api/get-session';
import type { Session } from '@/types/api';

function here(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

/**
 * Where a signed-in session must go before the app: the code screen while the second factor is pending,
 * the enrolment screen for a practice member without two-factor (AUTH-05); null when it may stay.
 */
export function secondFactorDetour(session: Session, back: string): string | null {
  const portal = session.account.role === 'CLIENT' ? paths.portal : paths.practice;
  if (session.secondFactor === 'pending') return portal.secondFactor.getHref(back);
  if (session.secondFactor === 'enrolment-required') return paths.practice.twoFactorSetup.getHref(back);
  return null;
}

/** Loader of the clinician portal: no practice session → sign-in, coming back here afterwards. */
export const requirePracticeSession =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    if (!isPracticeSession(session)) throw redirect(paths.practice.signIn.getHref(here(request)));
    const detour = secondFactorDetour(session, here(request));
    if (detour) throw redirect(detour);
    return null;
  };

export const requireClientSession =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    if (!isClientSession(session)) throw redirect(paths.portal.signIn.getHref(here(request)));
    const detour = secondFactorDetour(session, here(request));
    if (detour) throw redirect(detour);
    return null;
  };

/** Loader of the code and enrolment screens: a signed-in session of this portal, whatever its second factor. */
export const requireSignedIn =
  (queryClient: QueryClient, isSignedIn: (session: Session | null) => boolean, signIn: string) =>
  async () => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions()).catch(() => null);
    if (!isSignedIn(session)) throw redirect(signIn);
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
