import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { PageLoading } from '@/components/ui/page-loading';
import { paths } from '@/config/paths';
import { getClientQueryOptions, useClient } from '@/features/clients/api/get-client';
import { BenefitsPanel } from '@/features/benefits/components/benefits-panel';
import { ClaimsPanel } from '@/features/claims/components/claims-panel';
import { ClientActivity } from '@/features/clients/components/client-activity';
import { clientName } from '@/features/clients/components/client-name';
import { ClientOverview } from '@/features/clients/components/client-overview';
import { ClientStatusBadge } from '@/features/clients/components/client-status-badge';
import { ContactsPanel } from '@/features/clients/components/contacts-panel';
import { DiagnosesPanel } from '@/features/coding/components/diagnoses-panel';
import { InvitationPanel } from '@/features/clients/components/invitation-panel';
import { InsurancePanel } from '@/features/insurance/components/insurance-details';
import { PaymentMethodsPanel } from '@/features/payments/components/payment-methods-panel';
import { ChargingProfileCard } from '@/features/charges/components/charging-profile-card';
import { PaymentsPanel } from '@/features/charges/components/payments-panel';
import { ClientPortalOverrides } from '@/features/practice/components/client-portal-overrides';
import { useSession } from '@/features/auth/api/get-session';
import { isProblem } from '@/lib/api-client';
import { problemMessage } from '@/lib/form-errors';

/** Starts the request before the screen renders; a failure is shown by the screen itself. */
export const clientLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    if (params.clientId) void queryClient.prefetchQuery(getClientQueryOptions(params.clientId));
    return null;
  };

export function ClientRoute() {
  const { clientId = '' } = useParams();
  const client = useClient(clientId);
  const { data: session } = useSession();

  const back = (
    <Link className="back-link" to={paths.practice.clients.getHref()}>
      ← Clients
    </Link>
  );
  if (client.isPending) return <PageLoading />;
  if (client.isError) {
    return (
      <div>
        {back}
        <Alert title={isProblem(client.error, 'not-found') ? 'Client not found' : 'This client could not be loaded'}>
          {isProblem(client.error, 'not-found') ? 'There is no such client in your practice.' : problemMessage(client.error)}
        </Alert>
      </div>
    );
  }
  const data = client.data;
  return (
    <div>
      {back}
      <div className="page-header">
        <div>
          <h1 className="page-title">{clientName(data)}</h1>
          <p className="page-subtitle">{data.email}</p>
        </div>
        <div className="button-row">
          <ClientStatusBadge status={data.status} />
          {data.status !== 'removed' ? (
            <Link className="btn btn-secondary" to={paths.practice.editClient.getHref(data.id)}>
              Edit
            </Link>
          ) : null}
        </div>
      </div>
      <div className="detail-grid">
        <div className="detail-stack">
          <ClientOverview client={data} />
          <InsurancePanel clientId={data.id} clientDateOfBirth={data.dateOfBirth} editable={data.status !== 'removed'} />
          <DiagnosesPanel clientId={data.id} readOnly={data.status === 'removed'} />
          {data.status !== 'removed' ? <BenefitsPanel clientId={data.id} isAdmin={session?.account.role === 'PRACTICE_ADMIN'} /> : null}
          <ClaimsPanel scope={{ clientId: data.id, portal: false }} isAdmin={session?.account.role === 'PRACTICE_ADMIN'} />
          <PaymentMethodsPanel scope={{ clientId: data.id, portal: false }} readOnly={data.status === 'removed'} />
          <PaymentsPanel scope={{ clientId: data.id, portal: false }} canCharge={data.status !== 'removed'} />
          <ChargingProfileCard clientId={data.id} readOnly={data.status === 'removed'} />
          <ContactsPanel client={data} />
          <ClientActivity clientId={data.id} />
        </div>
        <div className="detail-side">
          <InvitationPanel client={data} />
          <ClientPortalOverrides clientId={data.id} />
          {session?.account.role === 'PRACTICE_ADMIN' ? (
            <Link className="btn btn-secondary" to={paths.practice.audit.getHref(data.id)}>
              Who accessed this client
            </Link>
          ) : null}
        </div>
      </div>
    </div>
  );
}
