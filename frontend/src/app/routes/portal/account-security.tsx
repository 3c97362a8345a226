import { paths } from '@/config/paths';
import { AccountSecurity } from '@/features/auth/components/account-security';

export function PortalAccountSecurityRoute() {
  return <AccountSecurity enrolHref={paths.portal.twoFactorSetup.getHref()} changePasswordHref={paths.portal.changePassword.getHref()} />;
}
