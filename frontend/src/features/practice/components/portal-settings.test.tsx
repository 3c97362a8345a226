import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/msw-server';
import type { ClientPortalSettings, PortalSettingValues } from '../api/portal-settings';
import { ClientPortalOverrides } from './client-portal-overrides';
import { PortalSettingsForm } from './portal-settings-form';

const defaults: PortalSettingValues = {
  payments: true,
  secureMessaging: true,
  selfScheduling: false,
  showInsurance: true,
  editInsurance: true,
  guardianAccess: false,
  hidePracticeAddress: false,
};

test('an administrator turns a practice default off and saves every toggle', async () => {
  let body: unknown;
  server.use(
    http.put('*/api/practice/portal-settings', async ({ request }) => {
      const sent = (await request.json()) as PortalSettingValues;
      body = sent;
      return HttpResponse.json(sent);
    }),
  );
  renderApp(<PortalSettingsForm settings={defaults} canEdit />);
  const user = userEvent.setup();
  await user.click(screen.getByLabelText('Payments through the portal'));
  await user.click(screen.getByRole('button', { name: 'Save portal settings' }));

  expect(await screen.findByText('The portal settings were saved.')).toBeInTheDocument();
  expect(body).toEqual({ ...defaults, payments: false });
});

test('other members read the defaults but cannot change them', () => {
  renderApp(<PortalSettingsForm settings={defaults} canEdit={false} />);

  expect(screen.getByText('Only an administrator can change the portal settings.')).toBeInTheDocument();
  expect(screen.getByLabelText('Secure messaging')).toBeDisabled();
  expect(screen.queryByRole('button', { name: 'Save portal settings' })).not.toBeInTheDocument();
});

test('a client override is chosen per toggle and the effective value is shown', async () => {
  const inherit = Object.fromEntries(Object.keys(defaults).map((key) => [key, 'inherit'])) as ClientPortalSettings['overrides'];
  const settings: ClientPortalSettings = { practice: defaults, overrides: inherit, effective: defaults };
  let body: unknown;
  server.use(
    http.get('*/api/clients/c1/portal-settings', () => HttpResponse.json(settings)),
    http.put('*/api/clients/c1/portal-settings', async ({ request }) => {
      body = await request.json();
      return HttpResponse.json({ ...settings, overrides: body, effective: { ...defaults, payments: false } });
    }),
  );
  renderApp(<ClientPortalOverrides clientId="c1" />);
  const user = userEvent.setup();
  const payments = await screen.findByLabelText('Payments through the portal');
  expect(payments).toHaveValue('inherit');
  expect(within(payments).getByRole('option', { name: 'Practice setting (on)', selected: true })).toBeInTheDocument();
  await user.selectOptions(payments, 'off');
  await user.click(screen.getByRole('button', { name: 'Save portal settings' }));

  expect(body).toEqual({ ...inherit, payments: 'off' });
  expect(await screen.findByLabelText('Payments through the portal')).toHaveAccessibleDescription('In effect: off');
});
