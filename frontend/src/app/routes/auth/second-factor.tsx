import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { Button } from '@/components/ui/button';
import { paths, safeRedirect } from '@/config/paths';
import { isClientSession, isPracticeSession } from '@/features/auth/api/get-session';
import { useSignOut } from '@/features/auth/api/delete-session';
import { SecondFactorForm } from '@/features/auth/components/second-factor-form';
import { requireSignedIn } from '../guards';

export const practiceSecondFactorLoader = (queryClient: QueryClient) => requireSignedIn(queryClient, isPracticeSession, paths.practice.signIn.getHref());

export const portalSecondFactorLoader = (queryClient: QueryClient) => requireSignedIn(queryClient, isClientSession, paths.portal.signIn.getHref());

/** The code after the password, for both portals; "Cancel" signs the half-open session out. */
function SecondFactorScreen({ home, signIn }: { home: string; signIn: string }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <AuthLayout title="Enter your code" subtitle="Open your authenticator app and enter the 6-digit code for Claimstream.">
      <SecondFactorForm onVerified={() => navigate(safeRedirect(params.get('redirectTo'), home), { replace: true })} />
      <p className="auth-aside">
        <Button variant="ghost" busy={signOut.isPending} onClick={() => signOut.mutate(undefined, { onSettled: () => navigate(signIn, { replace: true }) })}>
          Cancel and sign out
        </Button>
      </p>
    </AuthLayout>
  );
}

export function PracticeSecondFactorRoute() {
  return <SecondFactorScreen home={paths.practice.dashboard.getHref()} signIn={paths.practice.signIn.getHref()} />;
}

export function PortalSecondFactorRoute() {
  return <SecondFactorScreen home={paths.portal.dashboard.getHref()} signIn={paths.portal.signIn.getHref()} />;
}
