import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageLoading } from '@/components/ui/page-loading';
import { SelectField } from '@/components/ui/form-field';
import { problemMessage } from '@/lib/form-errors';
import {
  portalToggles,
  useClientPortalSettings,
  useUpdateClientPortalSettings,
  type ClientPortalSettings,
  type PortalOverride,
} from '../api/portal-settings';

const onOff = (value: boolean) => (value ? 'on' : 'off');

/** The client detail's "Portal settings" card: each toggle follows the practice or is set for this client. */
export function ClientPortalOverrides({ clientId }: { clientId: string }) {
  const settings = useClientPortalSettings(clientId);
  return (
    <Card title="Portal settings">
      {settings.isPending ? (
        <PageLoading />
      ) : settings.isError ? (
        <Alert>{problemMessage(settings.error)}</Alert>
      ) : (
        <OverridesForm key={JSON.stringify(settings.data.overrides)} clientId={clientId} settings={settings.data} />
      )}
    </Card>
  );
}

function OverridesForm({ clientId, settings }: { clientId: string; settings: ClientPortalSettings }) {
  const [overrides, setOverrides] = useState(settings.overrides);
  const update = useUpdateClientPortalSettings(clientId);
  return (
    <form
      className="form"
      aria-label="Portal settings of this client"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(overrides);
      }}
    >
      {update.isError ? <Alert title="The portal settings were not saved">{problemMessage(update.error)}</Alert> : null}
      {update.isSuccess ? <Alert tone="success">Saved. The client’s portal follows these settings now.</Alert> : null}
      {portalToggles.map((toggle) => (
        <SelectField
          key={toggle.key}
          label={toggle.label}
          hint={`In effect: ${onOff(settings.effective[toggle.key])}`}
          value={overrides[toggle.key]}
          onChange={(event) => setOverrides({ ...overrides, [toggle.key]: event.target.value as PortalOverride })}
        >
          <option value="inherit">Practice setting ({onOff(settings.practice[toggle.key])})</option>
          <option value="on">On for this client</option>
          <option value="off">Off for this client</option>
        </SelectField>
      ))}
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>
          Save portal settings
        </Button>
      </div>
    </form>
  );
}
