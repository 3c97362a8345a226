import { useSession } from '@/features/auth/api/get-session';
import { ConnectionList } from '@/features/invitations/components/connection-list';
import { OnboardingChecklist } from '@/features/invitations/components/onboarding-checklist';

export function DashboardRoute() {
  const { data: session } = useSession();
  const firstName = session?.account.name.split(' ')[0];
  return (
    <div className="detail-stack">
      <div>
        <h1 className="portal-greeting">{firstName ? `Welcome, ${firstName}` : 'Welcome'}</h1>
        <p className="page-subtitle">You are connected. A few steps remain before your first claim.</p>
      </div>
      <ConnectionList />
      <OnboardingChecklist />
    </div>
  );
}
