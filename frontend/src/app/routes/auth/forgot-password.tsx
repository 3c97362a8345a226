import { Link } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import type { Portal } from '@/types/api';

function ForgotPasswordPage({ portal }: { portal: Portal }) {
  const signIn = portal === 'practice' ? paths.practice.signIn.getHref() : paths.portal.signIn.getHref();
  return (
    <AuthLayout
      title="Reset your password"
      subtitle="Enter the email you sign in with. We will email you a link to choose a new password."
      footer={<Link to={signIn}>Back to sign in</Link>}
    >
      <ForgotPasswordForm portal={portal} />
    </AuthLayout>
  );
}

export const PracticeForgotPasswordRoute = () => <ForgotPasswordPage portal="practice" />;

export const PortalForgotPasswordRoute = () => <ForgotPasswordPage portal="client" />;
