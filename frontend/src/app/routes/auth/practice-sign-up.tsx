import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { isPracticeSession } from '@/features/auth/api/get-session';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { signInPage } from '../guards';

export const practiceSignUpLoader = (queryClient: QueryClient) => signInPage(queryClient, isPracticeSession, paths.practice.dashboard.getHref());

export function PracticeSignUpRoute() {
  const navigate = useNavigate();
  return (
    <AuthLayout
      title="Create your practice"
      subtitle="Set up Claimstream for your practice. You will be its administrator."
      footer={
        <>
          Already have an account? <Link to={paths.practice.signIn.getHref()}>Sign in</Link>
        </>
      }
    >
      <SignUpForm onSignedUp={() => navigate(paths.practice.dashboard.getHref(), { replace: true })} />
    </AuthLayout>
  );
}
