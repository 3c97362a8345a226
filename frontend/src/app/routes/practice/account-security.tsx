import { paths } from '@/config/paths';
import { AccountSecurity } from '@/features/auth/components/account-security';

export function PracticeAccountSecurityRoute() {
  return <AccountSecurity enrolHref={paths.practice.twoFactorSetup.getHref()} changePasswordHref={paths.practice.changePassword.getHref()} />;
}
