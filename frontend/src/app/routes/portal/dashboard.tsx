import { Spinner } from '@/components/ui/spinner';
import { Alert } from '@/components/ui/alert';
import { useSession } from '@/features/auth/api/get-session';
import { useSelectedConnection } from '@/features/invitations/hooks/use-selected-connection';
import { PortalBenefitsCard } from '@/features/benefits/components/portal-benefits-card';
import { ClaimsPanel } from '@/features/claims/components/claims-panel';
import { InviteClinicianCard } from '@/features/invitations/components/invite-clinician-card';
import { OnboardingChecklist } from '@/features/invitations/components/onboarding-checklist';
import { PracticeSummary } from '@/features/invitations/components/practice-summary';
import { PaymentMethodsPanel } from '@/features/payments/components/payment-methods-panel';
import { PaymentsPanel } from '@/features/charges/components/payments-panel';
import { problemMessage } from '@/lib/form-errors';

export function DashboardRoute() {
  const { data: session } = useSession();
  const { connections, selected } = useSelectedConnection();
  const firstName = session?.account.name.split(' ')[0];
  return (
    <div className="detail-stack">
      <div>
        <h1 className="portal-greeting">{firstName ? `Welcome, ${firstName}` : 'Welcome'}</h1>
        {selected ? <p className="page-subtitle">A few steps remain before your first claim.</p> : null}
      </div>
      {connections.isPending ? (
        <Spinner label="Loading your practices…" />
      ) : connections.isError ? (
        <Alert title="Your practices could not be loaded">{problemMessage(connections.error)}</Alert>
      ) : selected ? (
        <>
          <PracticeSummary key={selected.clientId} clientId={selected.clientId} />
          <PortalBenefitsCard key={`benefits-${selected.clientId}`} clientId={selected.clientId} />
          <ClaimsPanel key={`claims-${selected.clientId}`} scope={{ clientId: selected.clientId, portal: true }} />
          <PaymentMethodsPanel key={`cards-${selected.clientId}`} scope={{ clientId: selected.clientId, portal: true }} />
          <PaymentsPanel key={`payments-${selected.clientId}`} scope={{ clientId: selected.clientId, portal: true }} />
          <OnboardingChecklist key={`checklist-${selected.clientId}`} clientId={selected.clientId} />
        </>
      ) : (
        <Alert tone="info" title="No practice yet">
          You are not connected to a practice. Open the invitation link your clinician emailed you.
        </Alert>
      )}
      <InviteClinicianCard />
    </div>
  );
}
