import { expect, test } from '@playwright/test';
import path from 'node:path';
import { desktopAndConnectedPhone, practiceThroughApi, uniqueRun } from './support';

/**
 * Payment methods (PRODUCT §14): a client adds a card on a phone (360×740) through the sandbox's card
 * field; the practice, on a desktop, sees it at once, adds an HSA/FSA card and removes one after a
 * confirmation, and the phone follows live without a reload. Set up through the API; the cards through the UI.
 */

const run = uniqueRun();
const clientEmail = `jordan+${run}@example.test`;

test('a client adds a card on a phone and the practice manages cards live', async ({ browser, baseURL, playwright }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  const origin = baseURL!;
  const outputDir = test.info().project.outputDir;

  // ---- a practice with a connected client, signed in through the API ----
  const admin = await playwright.request.newContext({ baseURL: origin });
  const post = await practiceThroughApi(admin, origin, {
    practiceName: `Harbor Therapy ${run}`,
    yourName: 'Dr. Mia Harbor',
    email: `mia+${run}@example.test`,
    password: 'quiet harbor morning tide',
  });
  const { id: clientId } = (await post('/api/clients', { firstName: 'Jordan', lastName: 'Lee', email: clientEmail })) as { id: string };
  const client = await playwright.request.newContext({ baseURL: origin });
  const { desktop, phone, close } = await desktopAndConnectedPhone(browser, origin, admin, client, clientEmail);

  // ---- the client adds a card on the phone; a typo is caught first ----
  await phone.goto('/portal');
  const phoneCards = phone.getByRole('region', { name: 'Payment methods' });
  await expect(phoneCards.getByText('No card yet.')).toBeVisible();
  await phoneCards.getByRole('button', { name: 'Add card' }).click();
  await phone.getByLabel('Card number').fill('4242424242424241');
  await phone.getByLabel('Expiry').fill('1234');
  await phone.getByLabel('CVC').fill('123');
  await phone.getByLabel('ZIP').fill('94107');
  await phone.getByRole('form', { name: 'Add card' }).getByRole('button', { name: 'Add card' }).click();
  await expect(phone.getByText('This card number is not valid; check it for a typo')).toBeVisible();
  await expect(phone.getByLabel('Card number')).toHaveValue('4242 4242 4242 4241');
  await expect(phone.getByLabel('Expiry')).toHaveValue('12/34');
  await phone.screenshot({ path: path.join(outputDir, 'payments-phone-card-error.png'), fullPage: true });
  await phone.getByLabel('Card number').fill('4242424242424242');
  await phone.getByRole('form', { name: 'Add card' }).getByRole('button', { name: 'Add card' }).click();
  await expect(phoneCards.getByText('Visa •••• 4242')).toBeVisible();
  await expect(phoneCards.getByText('Default')).toBeVisible();

  // ---- the practice sees it, adds an HSA/FSA card; the phone shows it without a reload ----
  await desktop.goto(`/app/clients/${clientId}`);
  const desktopCards = desktop.getByRole('region', { name: 'Payment methods' });
  await expect(desktopCards.getByText('Visa •••• 4242')).toBeVisible();
  await desktopCards.getByRole('button', { name: 'Add card' }).click();
  await desktop.getByLabel('Card number').fill('4000056655665556');
  await desktop.getByLabel('Expiry').fill('0731');
  await desktop.getByLabel('CVC').fill('321');
  await desktop.getByRole('form', { name: 'Add card' }).getByRole('button', { name: 'Add card' }).click();
  await expect(desktopCards.getByText('Visa •••• 5556')).toBeVisible();
  await expect(phoneCards.getByText('Visa •••• 5556')).toBeVisible();
  await expect(phoneCards.getByText('HSA/FSA')).toBeVisible();
  await desktop.screenshot({ path: path.join(outputDir, 'payments-desktop-client.png'), fullPage: true });
  await phone.screenshot({ path: path.join(outputDir, 'payments-phone-cards.png'), fullPage: true });

  // ---- the practice removes the first card after a confirmation; the HSA card becomes the default ----
  await desktopCards.locator('li', { hasText: 'Visa •••• 4242' }).getByRole('button', { name: 'Remove' }).click();
  const dialog = desktop.getByRole('dialog', { name: 'Remove this card?' });
  await expect(dialog).toContainText('Visa •••• 4242 will no longer be available for payments.');
  await desktop.screenshot({ path: path.join(outputDir, 'payments-desktop-remove.png') });
  await dialog.getByRole('button', { name: 'Remove card' }).click();
  await expect(desktopCards.getByText('Visa •••• 4242')).toHaveCount(0);
  await expect(phoneCards.getByText('Visa •••• 4242')).toHaveCount(0);
  await expect(phoneCards.locator('li', { hasText: 'Visa •••• 5556' }).getByText('Default')).toBeVisible();

  // ---- the client list shows the default card ----
  await desktop.goto('/app/clients');
  await expect(desktop.locator('tbody tr', { hasText: clientEmail })).toContainText('Visa •••• 5556');
  await desktop.screenshot({ path: path.join(outputDir, 'payments-desktop-client-list.png') });

  await admin.dispose();
  await client.dispose();
  await close();
});
