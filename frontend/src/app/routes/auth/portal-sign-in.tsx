import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths, safeRedirect } from '@/config/paths';
import { isClientSession } from '@/features/auth/api/get-session';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { signInPage } from '../guards';

export const portalSignInLoader = (queryClient: QueryClient) => signInPage(queryClient, isClientSession, paths.portal.dashboard.getHref());

export function PortalSignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <AuthLayout
      title="Sign in"
      subtitle="Your client portal: insurance, payments and claims with your practice."
      footer="New here? Open the invitation link your clinician emailed you."
    >
      <SignInForm portal="client" onSignedIn={() => navigate(safeRedirect(params.get('redirectTo'), paths.portal.dashboard.getHref()), { replace: true })} />
      <p className="auth-aside">
        <Link to={paths.portal.forgotPassword.getHref()}>Forgot password?</Link>
      </p>
    </AuthLayout>
  );
}
