import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { PortalShell } from '@/components/layouts/portal-shell';
import { LiveIndicator } from '@/components/ui/live-indicator';
import { paths } from '@/config/paths';
import { isClientSession, useSession } from '@/features/auth/api/get-session';
import { useSignOut } from '@/features/auth/api/delete-session';
import { PracticeSwitcher } from '@/features/invitations/components/practice-switcher';
import { useLiveState } from '../../live-events';

import { secondFactorDetour } from '../guards';

export { requireClientSession as portalLayoutLoader } from '../guards';

export function PortalLayoutRoute() {
  const { data: session } = useSession();
  const live = useLiveState();
  const signOut = useSignOut();
  const location = useLocation();
  const navigate = useNavigate();

  const here = location.pathname + location.search;
  if (!isClientSession(session)) return <Navigate to={paths.portal.signIn.getHref(here)} replace />;
  const detour = secondFactorDetour(session, here);
  if (detour) return <Navigate to={detour} replace />;
  return (
    <PortalShell
      userName={session.account.name}
      live={<LiveIndicator state={live} />}
      context={<PracticeSwitcher />}
      signingOut={signOut.isPending}
      onSignOut={() => signOut.mutate(undefined, { onSettled: () => navigate(paths.portal.signIn.getHref(), { replace: true }) })}
    >
      <Outlet />
    </PortalShell>
  );
}
