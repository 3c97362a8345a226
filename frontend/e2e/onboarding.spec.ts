import { expect, test, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import path from 'node:path';

/**
 * The first journey (PRODUCT §3–4): a clinician signs up and adds a client on a laptop; the client opens
 * the emailed link on a phone, accepts and creates a password; the clinician's list, never reloaded,
 * shows the client as Connected within 2 s.
 */

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const practiceName = `Calm Waters Therapy ${run}`;
const practiceEmail = `maya+${run}@example.test`;
const clientEmail = `jane+${run}@example.test`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 key, as the user's authenticator app computes it. */
function totp(base32Key: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of base32Key.replace(/\s/g, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const hash = createHmac('sha1', key).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  return String((hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** Requests to any other origin (INV-08: no third-party requests) and CSP reports (HDR-02). */
function watch(page: Page, origin: string) {
  const foreign: string[] = [];
  const cspViolations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.host !== new URL(origin).host) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { foreign, cspViolations };
}

test('a client accepts on a phone and the clinician sees them connected live', async ({ browser, baseURL }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  const origin = baseURL!;
  const outputDir = test.info().project.outputDir;

  // ---- clinician, laptop ----
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const clinician = await desktop.newPage();
  const clinicianWatch = watch(clinician, origin);

  await clinician.goto('/app/sign-up');
  await clinician.getByLabel('Practice name', { exact: true }).fill(practiceName);
  await clinician.getByLabel('Your name', { exact: true }).fill('Maya Rivera');
  await clinician.getByLabel('Work email', { exact: true }).fill(practiceEmail);
  await clinician.getByLabel('Password', { exact: true }).fill('quiet harbor morning tide');
  await clinician.getByRole('button', { name: 'Create practice' }).click();

  // Two-factor is required for practice accounts (AUTH-05): enrol like a real user, from the key on screen.
  await expect(clinician.getByRole('heading', { name: 'Set up two-factor authentication' })).toBeVisible();
  await expect(clinician.getByRole('img', { name: /QR code/ })).toBeVisible();
  await clinician.screenshot({ path: path.join(outputDir, 'two-factor-setup.png'), fullPage: true });
  const key = await clinician.getByTestId('totp-key').innerText();
  await clinician.getByLabel('Code from your authenticator app', { exact: true }).fill(totp(key));
  await clinician.getByRole('button', { name: 'Turn on two-factor' }).click();
  await expect(clinician.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  await clinician.getByRole('button', { name: 'I saved my recovery codes' }).click();
  await expect(clinician.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await expect(clinician.getByText(practiceName)).toBeVisible();

  await clinician.getByRole('link', { name: 'Add client' }).first().click();
  await clinician.getByLabel('First name', { exact: true }).fill('Jane');
  await clinician.getByLabel('Last name', { exact: true }).fill('Doe');
  await clinician.getByLabel('Email', { exact: true }).fill(clientEmail);
  await clinician.getByRole('button', { name: 'Add client and send invitation' }).click();

  await expect(clinician.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  const row = clinician.locator('tbody tr', { hasText: clientEmail });
  await expect(row.getByText('Invited', { exact: true })).toBeVisible();
  await expect(clinician.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible();
  // A marker that only survives if the page is never reloaded.
  await clinician.evaluate(() => Object.assign(window, { onboardingMarker: 'not reloaded' }));

  // ---- client, phone ----
  const mobile = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const phone = await mobile.newPage();
  const phoneWatch = watch(phone, origin);

  await phone.goto('/dev/mailbox');
  const mail = phone.getByRole('link', { name: new RegExp(`To ${escapeRegExp(clientEmail)}`) }).first();
  await expect(mail).toBeVisible({ timeout: 15_000 });
  await mail.click();
  await phone.getByRole('link', { name: /\/portal\/invite#token=/ }).click();

  await expect(phone.getByText(/invited you to Claimstream/)).toBeVisible();
  await expect(phone.getByText(practiceName)).toBeVisible();
  await expect.poll(() => phone.url()).not.toContain('token');
  await phone.getByRole('button', { name: 'Accept' }).click();
  await expect(phone.getByRole('heading', { name: 'Create a password' })).toBeVisible();
  await phone.getByLabel('New password', { exact: true }).fill('a calm river at dusk');

  const accepted = phone.waitForResponse((response) => response.url().endsWith('/api/invitations/accept') && response.request().method() === 'POST');
  await phone.getByRole('button', { name: 'Create password and connect' }).click();
  expect((await accepted).status()).toBe(200);

  // ---- the clinician's page updates by itself ----
  await expect(row.getByText('Connected', { exact: true })).toBeVisible({ timeout: 2000 });
  expect(await clinician.evaluate(() => (window as unknown as { onboardingMarker?: string }).onboardingMarker)).toBe('not reloaded');

  await expect(phone.getByRole('heading', { name: /Welcome/ })).toBeVisible();
  await expect(phone.getByText(practiceName)).toBeVisible();
  await expect(phone.getByText('Coming soon').first()).toBeVisible();
  const phoneUrl = new URL(phone.url());
  expect(phoneUrl.pathname).toBe('/portal');
  expect(phoneUrl.hash).toBe('');
  expect(phone.url()).not.toContain('token');

  await clinician.screenshot({ path: path.join(outputDir, 'onboarding-clinician.png'), fullPage: true });
  await phone.screenshot({ path: path.join(outputDir, 'onboarding-phone.png'), fullPage: true });

  // SES-05: after sign-out nothing of the user stays in the browser, and the server asked it to clear.
  const signedOut = clinician.waitForResponse((response) => response.url().endsWith('/api/sessions/current') && response.request().method() === 'DELETE');
  await clinician.getByRole('button', { name: 'Sign out' }).click();
  expect((await (await signedOut).allHeaders())['clear-site-data']).toContain('storage');
  await expect(clinician.getByRole('heading', { name: 'Sign in to your practice' })).toBeVisible();
  const stored = await clinician.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(stored).toEqual({ local: 0, session: 0 });
  await clinician.goto('/app');
  await expect(clinician.getByRole('heading', { name: 'Sign in to your practice' })).toBeVisible();
  await expect(clinician.getByText(clientEmail)).toHaveCount(0);

  expect(clinicianWatch.foreign).toEqual([]);
  expect(phoneWatch.foreign).toEqual([]);
  expect(clinicianWatch.cspViolations).toEqual([]);
  expect(phoneWatch.cspViolations).toEqual([]);

  await desktop.close();
  await mobile.close();
});
