import { expect, test } from '@playwright/test';
import path from 'node:path';
import { addClient, enrolTwoFactor, followEmailedLink, signUpPractice, uniqueRun, watch } from './support';

/**
 * The first journey (PRODUCT §3–4): a clinician signs up and adds a client on a laptop; the client opens
 * the emailed link on a phone, accepts and creates a password; the clinician's list, never reloaded,
 * shows the client as Connected within 2 s.
 */

const run = uniqueRun();
const practiceName = `Calm Waters Therapy ${run}`;
const practiceEmail = `maya+${run}@example.test`;
const clientEmail = `jane+${run}@example.test`;

test('a client accepts on a phone and the clinician sees them connected live', async ({ browser, baseURL }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  const origin = baseURL!;
  const outputDir = test.info().project.outputDir;

  // ---- clinician, laptop ----
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const clinician = await desktop.newPage();
  const clinicianWatch = watch(clinician, origin);

  await signUpPractice(clinician, { practiceName, yourName: 'Maya Rivera', email: practiceEmail, password: 'quiet harbor morning tide' }, path.join(outputDir, 'sign-up'));

  // Two-factor is required for practice accounts (AUTH-05): enrol like a real user, from the key on screen.
  await enrolTwoFactor(clinician, path.join(outputDir, 'two-factor-setup.png'));
  await expect(clinician.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(clinician.getByText(practiceName)).toBeVisible();

  const row = await addClient(clinician, { firstName: 'Jane', lastName: 'Doe', email: clientEmail });
  await expect(row.getByText('Invited', { exact: true })).toBeVisible();
  await expect(clinician.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible();
  // A marker that only survives if the page is never reloaded.
  await clinician.evaluate(() => Object.assign(window, { onboardingMarker: 'not reloaded' }));

  // ---- client, phone ----
  const mobile = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const phone = await mobile.newPage();
  const phoneWatch = watch(phone, origin);

  await followEmailedLink(phone, clientEmail, /\/portal\/invite#token=/);

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
  await expect(phone.getByRole('heading', { name: practiceName })).toBeVisible();
  await expect(phone.getByText(/use “Add card” under Payment methods/)).toBeVisible();
  const phoneUrl = new URL(phone.url());
  expect(phoneUrl.pathname).toBe('/portal');
  expect(phoneUrl.hash).toBe('');
  expect(phone.url()).not.toContain('token');

  await clinician.screenshot({ path: path.join(outputDir, 'onboarding-clinician.png'), fullPage: true });
  await phone.screenshot({ path: path.join(outputDir, 'onboarding-phone.png'), fullPage: true });

  // ---- contacts: add, edit in place (desktop and a 360 px phone), remove after a confirmation ----
  await row.getByRole('link').first().click();
  const contacts = clinician.getByRole('region', { name: 'Contacts' });
  await contacts.getByRole('button', { name: 'Add contact' }).click();
  await contacts.getByLabel('Name', { exact: true }).fill('Pat Doe');
  await contacts.getByLabel('Relationship', { exact: true }).fill('Mother');
  await contacts.getByLabel('Email', { exact: true }).fill(`pat+${run}@example.test`);
  await contacts.getByRole('button', { name: 'Add contact' }).click();
  await expect(clinician.getByText('No portal access')).toBeVisible();
  await clinician.getByRole('button', { name: 'Edit Pat Doe' }).click();
  await contacts.getByLabel('Relationship', { exact: true }).fill('Guardian');
  await clinician.screenshot({ path: path.join(outputDir, 'contact-edit.png'), fullPage: true });
  await clinician.setViewportSize({ width: 360, height: 740 });
  await clinician.getByRole('form', { name: 'Save contact' }).scrollIntoViewIfNeeded();
  await clinician.screenshot({ path: path.join(outputDir, 'contact-edit-phone.png'), fullPage: true });
  await clinician.getByRole('button', { name: 'Save contact' }).click();
  await expect(contacts.getByText('Guardian')).toBeVisible();
  await clinician.getByRole('button', { name: 'Remove Pat Doe' }).click();
  await clinician.screenshot({ path: path.join(outputDir, 'contact-remove-phone.png') });
  await clinician.getByRole('button', { name: 'Remove contact' }).click();
  await expect(clinician.getByText('Pat Doe')).toHaveCount(0);
  await expect(clinician.getByText('Contact removed; their portal access ended')).toBeVisible();
  await clinician.setViewportSize({ width: 1280, height: 800 });

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
