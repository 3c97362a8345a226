import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/form-field';
import { problemMessage } from '@/lib/form-errors';
import { portalToggles, useUpdatePortalSettings, type PortalSettingValues } from '../api/portal-settings';

/** Settings → Client portal: what every client's portal offers unless their own settings say otherwise. */
export function PortalSettingsForm({ settings, canEdit }: { settings: PortalSettingValues; canEdit: boolean }) {
  const [values, setValues] = useState(settings);
  const update = useUpdatePortalSettings();

  return (
    <form
      className="form"
      aria-label="Client portal"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(values);
      }}
    >
      {canEdit ? null : <Alert tone="info">Only an administrator can change the portal settings.</Alert>}
      {update.isError ? <Alert title="The portal settings were not saved">{problemMessage(update.error)}</Alert> : null}
      {update.isSuccess ? <Alert tone="success">The portal settings were saved.</Alert> : null}
      <div className="toggle-list">
        {portalToggles.map((toggle) => (
          <CheckboxField
            key={toggle.key}
            label={toggle.label}
            hint={toggle.hint}
            checked={values[toggle.key]}
            disabled={!canEdit}
            onChange={(event) => setValues({ ...values, [toggle.key]: event.target.checked })}
          />
        ))}
      </div>
      {canEdit ? (
        <div className="form-actions">
          <Button type="submit" busy={update.isPending}>
            Save portal settings
          </Button>
        </div>
      ) : null}
    </form>
  );
}
