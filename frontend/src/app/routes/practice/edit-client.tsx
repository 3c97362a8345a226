import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { PageLoading } from '@/components/ui/page-loading';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/api/get-session';
import { useClient } from '@/features/clients/api/get-client';
import { ClientForm } from '@/features/clients/components/client-form';
import { clientName } from '@/features/clients/components/client-name';
import { problemMessage } from '@/lib/form-errors';
import { clientLoader } from './client';

export const editClientLoader = (queryClient: QueryClient) => clientLoader(queryClient);

export function EditClientRoute() {
  const { clientId = '' } = useParams();
  const navigate = useNavigate();
  const client = useClient(clientId);
  const canReassign = useSession().data?.account.role !== 'CLINICIAN';
  const toClient = () => navigate(paths.practice.client.getHref(clientId));
  if (client.isPending) return <PageLoading />;
  return (
    <div className="form-page">
      <Link className="back-link" to={paths.practice.client.getHref(clientId)}>
        ← {client.data ? clientName(client.data) : 'Client'}
      </Link>
      {client.isError ? (
        <Alert title="This client could not be loaded">{problemMessage(client.error)}</Alert>
      ) : (
        <>
          <div className="page-header">
            <div>
              <h1 className="page-title">Edit {clientName(client.data)}</h1>
              <p className="page-subtitle">The activity timeline records which fields you change.</p>
            </div>
          </div>
          <div className="card">
            <div className="card-body">
              {/* keyed by the last update so a live change elsewhere starts the form afresh */}
              <ClientForm key={client.data.updatedAt} canReassign={canReassign} client={client.data} onCancel={toClient} onSaved={toClient} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
