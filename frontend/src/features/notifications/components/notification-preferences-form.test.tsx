import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { problemResponse, server } from '@/testing/msw-server';
import type { NotificationPreferences } from '../api/notification-preferences';
import { NotificationPreferencesForm } from './notification-preferences-form';

const events = [
  { event: 'appointment.created', email: true, sms: false },
  { event: 'payment.receipt', email: true, sms: false },
];

test('without SMS consent text messages cannot be chosen, and the page says why', () => {
  renderApp(<NotificationPreferencesForm preferences={{ smsAvailable: false, events }} />);

  expect(screen.getByText(/Text messages need a mobile number and SMS consent/)).toBeInTheDocument();
  expect(screen.getByLabelText('Payment receipt by text message')).toBeDisabled();
  expect(screen.getByLabelText('Payment receipt by email')).toBeChecked();
});

test('a client with consent chooses channels per notice and saves them', async () => {
  let body: unknown;
  server.use(
    http.put('*/api/portal/notification-preferences', async ({ request }) => {
      body = await request.json();
      return HttpResponse.json({ smsAvailable: true, ...(body as object) } satisfies Partial<NotificationPreferences>);
    }),
  );
  renderApp(<NotificationPreferencesForm preferences={{ smsAvailable: true, events }} />);
  const user = userEvent.setup();
  await user.click(screen.getByLabelText('Payment receipt by text message'));
  await user.click(screen.getByLabelText('Payment receipt by email'));
  await user.click(screen.getByRole('button', { name: 'Save notification settings' }));

  expect(await screen.findByText('Your notification settings were saved.')).toBeInTheDocument();
  expect(body).toEqual({ events: [events[0], { event: 'payment.receipt', email: false, sms: true }] });
});

test('a refusal from the server is shown in words', async () => {
  server.use(
    http.put('*/api/portal/notification-preferences', () =>
      problemResponse('validation-failed', 400, {
        detail: 'The request has invalid fields',
        errors: [{ field: 'events[0].sms', message: 'Text messages need a mobile number and SMS consent on file with your practice' }],
      }),
    ),
  );
  renderApp(<NotificationPreferencesForm preferences={{ smsAvailable: true, events }} />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Save notification settings' }));

  expect(await screen.findByText('Your notification settings were not saved')).toBeInTheDocument();
});
