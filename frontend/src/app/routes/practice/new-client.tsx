import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { AddClientForm } from '@/features/clients/components/add-client-form';
import { clientName } from '@/features/clients/components/client-name';

export function NewClientRoute() {
  const navigate = useNavigate();
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
          <AddClientForm onCancel={toList} onCreated={(client) => navigate(paths.practice.clients.getHref(), { state: { added: clientName(client) } })} />
        </div>
      </div>
    </div>
  );
}
