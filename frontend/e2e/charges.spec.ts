import { expect, test } from '@playwright/test';
import path from 'node:path';
import { desktopAndConnectedPhone, practiceThroughApi, uniqueRun } from './support';

/**
 * Charges (PRODUCT §11): the clinician sets the client's charging profile and charges a session on a desktop,
 * seeing the exact client charge and clinician net before confirming; the client's phone (360×740), open on the
 * portal, shows the payment arrive as paid without a reload. The practice and the card are set up through the API.
 */

const run = uniqueRun();
const clientEmail = `riley+${run}@example.test`;

test('a clinician charges a session on a desktop and the client sees the payment arrive on a phone', async ({ browser, baseURL, playwright }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  const origin = baseURL!;
  const outputDir = test.info().project.outputDir;

  const admin = await playwright.request.newContext({ baseURL: origin });
  const post = await practiceThroughApi(admin, origin, {
    practiceName: `Cedar Counseling ${run}`,
    yourName: 'Dr. Noor Cedar',
    email: `noor+${run}@example.test`,
    password: 'tall cedar quiet forest',
  });
  const { id: clientId } = (await post('/api/clients', { firstName: 'Riley', lastName: 'Stone', email: clientEmail })) as { id: string };
  const { token } = (await post('/sandbox/cards/tokens', { number: '4242424242424242', expiry: '12/34', cvc: '123', postalCode: '94107' })) as {
    token: string;
  };
  await post(`/api/clients/${clientId}/payment-methods`, { token });
  const client = await playwright.request.newContext({ baseURL: origin });
  const { desktop, phone, close } = await desktopAndConnectedPhone(browser, origin, admin, client, clientEmail);

  await phone.goto('/portal');
  const phonePayments = phone.getByRole('region', { name: 'Payments' });
  await expect(phonePayments.getByText('No payment yet.')).toBeVisible();

  // ---- the charging profile pre-fills every charge ----
  await desktop.goto(`/app/clients/${clientId}`);
  const profile = desktop.getByRole('region', { name: 'Charging profile' });
  await profile.getByRole('button', { name: 'Edit' }).click();
  const profileForm = desktop.getByRole('form', { name: 'Charging profile' });
  await profileForm.getByLabel('Amount ($)').fill('175');
  await profileForm.getByLabel('CPT', { exact: true }).fill('90834');
  await profileForm.getByLabel('Place of service').selectOption('11');
  await profileForm.getByLabel('Duration (minutes)').fill('45');
  await profileForm.getByLabel('Clinician').selectOption({ label: 'Dr. Noor Cedar' });
  await profileForm.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByText('$175.00')).toBeVisible();

  // ---- the charge form: pre-filled, exact amounts, then confirmed ----
  const payments = desktop.getByRole('region', { name: 'Payments' });
  await payments.getByRole('button', { name: 'New charge' }).click();
  const form = desktop.getByRole('form', { name: 'New charge' });
  await expect(form.getByLabel('Amount (session fee, $)')).toHaveValue('175.00');
  await expect(form.getByLabel('CPT', { exact: true })).toHaveValue('90834');
  await expect(form.getByText('$169.75')).toBeVisible();
  await expect(form.getByRole('option', { name: /OON Pay — Add the client's insurance first/ })).toBeDisabled();
  await desktop.screenshot({ path: path.join(outputDir, 'charges-desktop-form.png'), fullPage: true });
  await form.getByRole('button', { name: 'Charge $175.00' }).click();
  await expect(form).toBeHidden();
  await expect(payments.getByText('Paid')).toBeVisible();
  await expect(payments.getByText(/clinician net \$169\.75/)).toBeVisible();
  await desktop.screenshot({ path: path.join(outputDir, 'charges-desktop-paid.png'), fullPage: true });

  // ---- the phone shows the payment without a reload, without the clinician's figures ----
  await expect(phonePayments.getByText(/\$175\.00 · Session/)).toBeVisible();
  await expect(phonePayments.getByText('Paid')).toBeVisible();
  await expect(phonePayments.getByText(/clinician net/)).toHaveCount(0);
  await phonePayments.scrollIntoViewIfNeeded();
  await phone.screenshot({ path: path.join(outputDir, 'charges-phone-paid.png'), fullPage: true });
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await close();
});
