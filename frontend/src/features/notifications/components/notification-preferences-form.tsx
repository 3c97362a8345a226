import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { problemMessage } from '@/lib/form-errors';
import {
  noticeLabels,
  useUpdateNotificationPreferences,
  type NoticePreference,
  type NotificationPreferences,
} from '../api/notification-preferences';

type Channel = 'email' | 'sms';

/** The portal's notification settings: one row per notice, a switch per channel; phone first. */
export function NotificationPreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const [events, setEvents] = useState(preferences.events);
  const update = useUpdateNotificationPreferences();
  const set = (event: string, channel: Channel, value: boolean) =>
    setEvents(events.map((row) => (row.event === event ? { ...row, [channel]: value } : row)));

  return (
    <form
      className="form"
      aria-label="Notifications"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(events);
      }}
    >
      {update.isError ? <Alert title="Your notification settings were not saved">{problemMessage(update.error)}</Alert> : null}
      {update.isSuccess ? <Alert tone="success">Your notification settings were saved.</Alert> : null}
      {preferences.smsAvailable ? null : (
        <Alert tone="info">Text messages need a mobile number and SMS consent on file with your practice. Ask them to add it.</Alert>
      )}
      <ul className="notice-list">
        {events.map((row) => (
          <NoticeRow key={row.event} row={row} smsAvailable={preferences.smsAvailable} onChange={set} />
        ))}
      </ul>
      <p className="field-hint">Security notices, like a changed password, always come by email.</p>
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>
          Save notification settings
        </Button>
      </div>
    </form>
  );
}

function NoticeRow({
  row,
  smsAvailable,
  onChange,
}: {
  row: NoticePreference;
  smsAvailable: boolean;
  onChange: (event: string, channel: Channel, value: boolean) => void;
}) {
  const label = noticeLabels[row.event] ?? row.event;
  return (
    <li className="notice-row">
      <span className="notice-name">{label}</span>
      <label className="notice-channel">
        <input type="checkbox" className="checkbox" checked={row.email} onChange={(e) => onChange(row.event, 'email', e.target.checked)} aria-label={`${label} by email`} />
        Email
      </label>
      <label className="notice-channel">
        <input
          type="checkbox"
          className="checkbox"
          checked={row.sms}
          disabled={!smsAvailable}
          onChange={(e) => onChange(row.event, 'sms', e.target.checked)}
          aria-label={`${label} by text message`}
        />
        Text
      </label>
    </li>
  );
}
