import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/api/get-session';
import { ClientCountTiles, ClientsNeedingAttention, RecentClientActivity } from '@/features/clients/components/clients-dashboard';
import { ClaimReadinessPanel } from './claim-readiness-panel';

/** Home of the clinician portal: where clients stand and who needs following up. */
export function PracticeDashboardRoute() {
  const session = useSession();
  const clinician = session.data?.account.role === 'CLINICIAN';
  return (
    <div className="detail-stack">
      <div className="page-header">
        <div>
          <h1 className="page-title">Overview</h1>
          <p className="page-subtitle">{clinician ? 'Your clients at a glance.' : 'The practice’s clients at a glance.'}</p>
        </div>
        <Link className="btn btn-primary" to={paths.practice.newClient.getHref()}>
          Add client
        </Link>
      </div>
      <ClaimReadinessPanel />
      <ClientCountTiles />
      <div className="dashboard-grid">
        <ClientsNeedingAttention />
        <RecentClientActivity />
      </div>
    </div>
  );
}
