import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths, safeRedirect } from '@/config/paths';
import { getSessionQueryOptions, isClientSession, isPracticeSession } from '@/features/auth/api/get-session';
import { TwoFactorEnrolment } from '@/features/auth/components/two-factor-enrolment';
import { requireSignedIn } from '../guards';

export const practiceTwoFactorSetupLoader = (queryClient: QueryClient) => requireSignedIn(queryClient, isPracticeSession, paths.practice.signIn.getHref());

export const portalTwoFactorSetupLoader = (queryClient: QueryClient) => requireSignedIn(queryClient, isClientSession, paths.portal.signIn.getHref());

/**
 * Enrolment; afterwards the session (now verified) is fetched again before going on, since the guards
 * read the cached one and would send the user straight back here.
 */
function TwoFactorSetupScreen({ subtitle, home }: { subtitle: string; home: string }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const done = async () => {
    await queryClient.fetchQuery({ ...getSessionQueryOptions(), staleTime: 0 });
    navigate(safeRedirect(params.get('redirectTo'), home), { replace: true });
  };
  return (
    <AuthLayout title="Set up two-factor authentication" subtitle={subtitle}>
      <TwoFactorEnrolment onDone={() => void done()} />
    </AuthLayout>
  );
}

export function PracticeTwoFactorSetupRoute() {
  return (
    <TwoFactorSetupScreen
      subtitle="Practice accounts see many clients' records, so Claimstream asks for a code from your phone at every sign-in."
      home={paths.practice.dashboard.getHref()}
    />
  );
}

export function PortalTwoFactorSetupRoute() {
  return <TwoFactorSetupScreen subtitle="Add a code from your phone to your sign-in." home={paths.portal.security.getHref()} />;
}
