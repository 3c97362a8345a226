import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { isPracticeSession } from '@/features/auth/api/get-session';
import { CompleteSignUp } from '@/features/auth/components/complete-sign-up';
import { CheckYourEmail, SignUpForm } from '@/features/auth/components/sign-up-form';
import { signInPage } from '../guards';

export const practiceSignUpLoader = (queryClient: QueryClient) => signInPage(queryClient, isPracticeSession, paths.practice.dashboard.getHref());

const signInFooter = (
  <>
    Already have an account? <Link to={paths.practice.signIn.getHref()}>Sign in</Link>
  </>
);

export function PracticeSignUpRoute() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  if (sentTo) {
    return (
      <AuthLayout title="Check your email" footer={signInFooter}>
        <CheckYourEmail email={sentTo} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Create your practice" subtitle="Set up Claimstream for your practice. You will be its administrator." footer={signInFooter}>
      <SignUpForm onSent={setSentTo} />
    </AuthLayout>
  );
}

/** The landing page of the emailed sign-up link. */
export function CompleteSignUpRoute() {
  const navigate = useNavigate();
  return (
    <AuthLayout title="Finish creating your practice">
      <CompleteSignUp onSignedUp={() => navigate(paths.practice.dashboard.getHref(), { replace: true })} />
    </AuthLayout>
  );
}
