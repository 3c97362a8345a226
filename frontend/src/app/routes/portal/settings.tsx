import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageLoading } from '@/components/ui/page-loading';
import { useNotificationPreferences } from '@/features/notifications/api/notification-preferences';
import { NotificationPreferencesForm } from '@/features/notifications/components/notification-preferences-form';
import { problemMessage } from '@/lib/form-errors';

export function PortalSettingsRoute() {
  const preferences = useNotificationPreferences();
  return (
    <div className="detail-stack">
      <div>
        <h1 className="page-title">Settings</h1>
        <p className="page-subtitle">How we tell you about appointments, payments and claims.</p>
      </div>
      <Card title="Notifications">
        {preferences.isPending ? (
          <PageLoading />
        ) : preferences.isError ? (
          <Alert>{problemMessage(preferences.error)}</Alert>
        ) : (
          <NotificationPreferencesForm preferences={preferences.data} />
        )}
      </Card>
    </div>
  );
}
