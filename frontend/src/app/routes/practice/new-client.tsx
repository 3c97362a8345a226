import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/api/get-session';
import { ClientForm } from '@/features/clients/components/client-form';
import { clientName } from '@/features/clients/components/client-name';

export function NewClientRoute() {
  const navigate = useNavigate();
  const canReassign = useSession().data?.account.role !== 'CLINICIAN';
  const toList = () => navigate(paths.practice.clients.getHref());
  return (
    <div className="form-page">
      <Link className="back-link" to={paths.practice.clients.getHref()}>
        ← Clients
      </Link>
      <div className="page-header">
        <div>
          <h1 className="page-title">Add client</h1>
          <p className="page-subtitle">Only name and email are needed now; the client can fill in the rest when they connect.</p>
        </div>
      </div>
      <div className="card">
        <div className="card-body">
          <ClientForm onCancel={toList} canReassign={canReassign} onSaved={(client) => navigate(paths.practice.clients.getHref(), { state: { added: clientName(client) } })} />
        </div>
      </div>
    </div>
  );
}
