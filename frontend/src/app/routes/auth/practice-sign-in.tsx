import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths, safeRedirect } from '@/config/paths';
import { isPracticeSession } from '@/features/auth/api/get-session';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { signInPage } from '../guards';

export const practiceSignInLoader = (queryClient: QueryClient) => signInPage(queryClient, isPracticeSession, paths.practice.dashboard.getHref());

export function PracticeSignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const redirectTo = params.get('redirectTo');
  return (
    <AuthLayout
      title="Sign in to your practice"
      subtitle={redirectTo ? 'Your session ended. Sign in to continue where you were.' : 'For clinicians and practice staff.'}
      footer={
        <>
          New to Claimstream? <Link to={paths.practice.signUp.getHref()}>Create a practice account</Link>
        </>
      }
    >
      <SignInForm portal="practice" onSignedIn={() => navigate(safeRedirect(redirectTo, paths.practice.dashboard.getHref()), { replace: true })} />
      <p className="auth-aside">
        <Link to={paths.practice.forgotPassword.getHref()}>Forgot password?</Link>
      </p>
    </AuthLayout>
  );
}
