import { useNavigate } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import type { Portal } from '@/types/api';

function ResetPasswordPage({ portal }: { portal: Portal }) {
  const navigate = useNavigate();
  const practice = portal === 'practice';
  return (
    <AuthLayout title="Choose a new password">
      <ResetPasswordForm
        forgotHref={practice ? paths.practice.forgotPassword.getHref() : paths.portal.forgotPassword.getHref()}
        onReset={() => navigate(practice ? paths.practice.dashboard.getHref() : paths.portal.dashboard.getHref(), { replace: true })}
      />
    </AuthLayout>
  );
}

export const PracticeResetPasswordRoute = () => <ResetPasswordPage portal="practice" />;

export const PortalResetPasswordRoute = () => <ResetPasswordPage portal="client" />;
