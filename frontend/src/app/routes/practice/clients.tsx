import { Link, useLocation } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { ClientList } from '@/features/clients/components/client-list';
import { ClaimReadinessPanel } from './claim-readiness-panel';

export function ClientsRoute() {
  const location = useLocation();
  const added = (location.state as { added?: string } | null)?.added;
  return (
    <div className="detail-stack">
      <div className="page-header">
        <div>
          <h1 className="page-title">Clients</h1>
          <p className="page-subtitle">Connection status updates here as clients accept their invitations.</p>
        </div>
        <Link className="btn btn-primary" to={paths.practice.newClient.getHref()}>
          Add client
        </Link>
      </div>
      <ClaimReadinessPanel />
      {added ? <Alert tone="success">{added} was added. An invitation to connect is on its way by email.</Alert> : null}
      <ClientList />
    </div>
  );
}
