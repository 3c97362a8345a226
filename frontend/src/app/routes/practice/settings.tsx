import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageLoading } from '@/components/ui/page-loading';
import { isPracticeSession, useSession } from '@/features/auth/api/get-session';
import { useClinicianProfile } from '@/features/practice/api/get-clinician-profile';
import { usePracticeProfile } from '@/features/practice/api/get-practice-profile';
import { usePortalSettings } from '@/features/practice/api/portal-settings';
import { ClinicianProfileForm } from '@/features/practice/components/clinician-profile-form';
import { PortalSettingsForm } from '@/features/practice/components/portal-settings-form';
import { PracticeProfileForm } from '@/features/practice/components/practice-profile-form';
import { problemMessage } from '@/lib/form-errors';

/** Brings the field named by the address's fragment (a readiness link) into view and focus. */
function useFocusFragment(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus();
  }, [ready, hash]);
}

export function SettingsRoute() {
  const { data: session } = useSession();
  const accountId = isPracticeSession(session) ? session.account.id : '';
  const isAdmin = isPracticeSession(session) && session.account.role === 'PRACTICE_ADMIN';
  const practice = usePracticeProfile();
  const own = useClinicianProfile(accountId);
  const portal = usePortalSettings();
  useFocusFragment(practice.isSuccess && own.isSuccess);

  return (
    <div className="detail-stack">
      <div className="page-header">
        <div>
          <h1 className="page-title">Practice</h1>
          <p className="page-subtitle">What claims need: the billing practice and you as the provider.</p>
        </div>
      </div>
      <Card title="My profile">
        {own.isPending ? <PageLoading /> : own.isError ? <Alert>{problemMessage(own.error)}</Alert> : <ClinicianProfileForm memberId={accountId} profile={own.data} />}
      </Card>
      <Card title="Client portal">
        {portal.isPending ? (
          <PageLoading />
        ) : portal.isError ? (
          <Alert>{problemMessage(portal.error)}</Alert>
        ) : (
          <PortalSettingsForm settings={portal.data} canEdit={isAdmin} />
        )}
      </Card>
      <Card title="Practice profile">
        {practice.isPending ? (
          <PageLoading />
        ) : practice.isError ? (
          <Alert>{problemMessage(practice.error)}</Alert>
        ) : (
          <PracticeProfileForm profile={practice.data} canEdit={isAdmin} />
        )}
      </Card>
    </div>
  );
}
