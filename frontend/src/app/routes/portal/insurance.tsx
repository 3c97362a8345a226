import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageLoading } from '@/components/ui/page-loading';
import { usePortalSettingsOfPractices, useInsurance } from '@/features/insurance/api/insurance';
import { InsuranceDetails } from '@/features/insurance/components/insurance-details';
import { useSelectedConnection } from '@/features/invitations/hooks/use-selected-connection';
import { problemMessage } from '@/lib/form-errors';

/** The client's insurance at the selected practice, shown and editable only as far as the practice allows. */
export function PortalInsuranceRoute() {
  const { connections, selected } = useSelectedConnection();
  const settings = usePortalSettingsOfPractices();
  const allowed = settings.data?.find((practice) => practice.clientId === selected?.clientId)?.settings;
  const show = allowed?.showInsurance === true;
  const insurance = useInsurance({ portal: true, clientId: selected?.clientId ?? '' }, Boolean(selected) && show);

  let body;
  if (connections.isPending || settings.isPending) body = <PageLoading />;
  else if (!selected) body = <Alert tone="info">You are not connected to a practice yet.</Alert>;
  else if (!show) body = <Alert tone="info">{selected.practiceName} manages your insurance; ask them to update it.</Alert>;
  else if (insurance.isPending) body = <PageLoading />;
  else if (insurance.isError) body = <Alert>{problemMessage(insurance.error)}</Alert>;
  else
    body = (
      <>
        {allowed?.editInsurance ? null : <p className="muted">{selected.practiceName} keeps your insurance up to date; you can view it here.</p>}
        <InsuranceDetails
          scope={{ portal: true, clientId: selected.clientId }}
          insurance={insurance.data}
          editable={allowed?.editInsurance === true}
          clientDateOfBirth={selected.dateOfBirth}
        />
      </>
    );
  return (
    <div className="detail-stack">
      <div>
        <h1 className="page-title">Insurance</h1>
        <p className="page-subtitle">Your primary insurance, so sessions can be filed as out-of-network claims.</p>
      </div>
      <Card title="Your policy">{body}</Card>
    </div>
  );
}
