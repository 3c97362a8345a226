import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { PracticeShell } from '@/components/layouts/practice-shell';
import { LiveIndicator } from '@/components/ui/live-indicator';
import { paths } from '@/config/paths';
import { isPracticeSession, useSession } from '@/features/auth/api/get-session';
import { useSignOut } from '@/features/auth/api/delete-session';
import { useLiveState } from '../../live-events';

export { requirePracticeSession as practiceLayoutLoader } from '../guards';

export function PracticeLayoutRoute() {
  const { data: session } = useSession();
  const live = useLiveState();
  const signOut = useSignOut();
  const location = useLocation();
  const navigate = useNavigate();

  if (!isPracticeSession(session)) return <Navigate to={paths.practice.signIn.getHref(location.pathname + location.search)} replace />;
  return (
    <PracticeShell
      practiceName={session.practice?.name ?? ''}
      userName={session.account.name}
      live={<LiveIndicator state={live} />}
      signingOut={signOut.isPending}
      showAudit={session.account.role === 'PRACTICE_ADMIN'}
      onSignOut={() => signOut.mutate(undefined, { onSettled: () => navigate(paths.practice.signIn.getHref(), { replace: true }) })}
    >
      <Outlet />
    </PracticeShell>
  );
}
