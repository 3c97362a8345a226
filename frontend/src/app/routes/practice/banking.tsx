import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageLoading } from '@/components/ui/page-loading';
import { usePayoutAccount } from '@/features/banking/api/payout-account';
import { PayoutAccountForm } from '@/features/banking/components/payout-account-form';
import { problemMessage } from '@/lib/form-errors';
import { AdminOnly } from './admin-only';

function BankingPage() {
  const account = usePayoutAccount();
  return (
    <div className="detail-stack">
      <div className="page-header">
        <div>
          <h1 className="page-title">Banking</h1>
          <p className="page-subtitle">Where your practice's payouts are sent.</p>
        </div>
      </div>
      <Card title="Payout bank account">
        {account.isPending ? <PageLoading /> : account.isError ? <Alert>{problemMessage(account.error)}</Alert> : <PayoutAccountForm account={account.data} />}
      </Card>
    </div>
  );
}

export function BankingRoute() {
  return (
    <AdminOnly title="Banking" what="banking">
      <BankingPage />
    </AdminOnly>
  );
}
