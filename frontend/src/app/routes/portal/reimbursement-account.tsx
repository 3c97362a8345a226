import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageLoading } from '@/components/ui/page-loading';
import { useReimbursementAccount } from '@/features/insurance/api/insurance';
import { ReimbursementAccountForm } from '@/features/insurance/components/reimbursement-account-form';
import { useSelectedConnection } from '@/features/invitations/hooks/use-selected-connection';
import { problemMessage } from '@/lib/form-errors';

function AccountCard({ clientId }: { clientId: string }) {
  const account = useReimbursementAccount(clientId);
  if (account.isPending) return <PageLoading />;
  if (account.isError) return <Alert>{problemMessage(account.error)}</Alert>;
  return <ReimbursementAccountForm key={clientId} clientId={clientId} account={account.data} />;
}

export function PortalReimbursementAccountRoute() {
  const { connections, selected } = useSelectedConnection();
  return (
    <div className="detail-stack">
      <div>
        <h1 className="page-title">Reimbursement account</h1>
        <p className="page-subtitle">Where your insurer’s out-of-network reimbursements are paid.</p>
      </div>
      <Card title="US bank account">
        {connections.isPending ? (
          <PageLoading />
        ) : selected ? (
          <AccountCard clientId={selected.clientId} />
        ) : (
          <Alert tone="info">You are not connected to a practice yet.</Alert>
        )}
      </Card>
    </div>
  );
}
