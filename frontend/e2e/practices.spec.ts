import { expect, test } from '@playwright/test';
import path from 'node:path';
import { newestToken, practiceThroughApi, spa, uniqueRun } from './support';

/**
 * A client with two practices (PRODUCT §4) switches between them on a phone (360×740) and sees each
 * practice's own data. The practices are set up through the API (sign-up with its emailed link, two-factor enrolment);
 * only the client signs in through the UI.
 */

const run = uniqueRun();
const clientEmail = `robin+${run}@example.test`;
const clientPassword = 'two practices one river';
const first = { practice: `North Shore Therapy ${run}`, clinician: 'Dr. Ada North' };
const second = { practice: `South Hill Counseling ${run}`, clinician: 'Dr. Ben South' };

test('a client with two practices switches between them on a phone', async ({ browser, baseURL, playwright }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  const origin = baseURL!;
  const outputDir = test.info().project.outputDir;

  // ---- two practices each add the same client; the client accepts both links ----
  for (const [index, practice] of [first, second].entries()) {
    const admin = await playwright.request.newContext({ baseURL: origin });
    // practice accounts enrol two-factor before any client data (AUTH-05)
    const post = await practiceThroughApi(admin, origin, {
      practiceName: practice.practice,
      yourName: practice.clinician,
      email: `admin${index}+${run}@example.test`,
      password: 'quiet harbor morning tide',
    });
    await post('/api/clients', { firstName: 'Robin', lastName: 'Vale', email: clientEmail });
    const token = await newestToken(admin, clientEmail, '/portal/invite', index + 1);
    const client = await playwright.request.newContext({ baseURL: origin });
    await (await spa(client, origin))('/api/invitations/accept', { token, password: clientPassword });
    await admin.dispose();
    await client.dispose();
  }

  // ---- the client, on a phone ----
  const mobile = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const phone = await mobile.newPage();
  await phone.goto('/portal/sign-in');
  await phone.getByLabel('Email', { exact: true }).fill(clientEmail);
  await phone.getByLabel('Password', { exact: true }).fill(clientPassword);
  await phone.getByRole('button', { name: 'Sign in' }).click();

  await expect(phone.getByRole('heading', { name: /Welcome, Robin/ })).toBeVisible();
  const switcher = phone.getByLabel('Practice', { exact: true });
  await expect(switcher).toBeVisible();
  await expect(phone.getByRole('heading', { name: first.practice })).toBeVisible();
  await expect(phone.getByText(first.clinician)).toBeVisible();
  await expect(phone.getByText(second.clinician)).toHaveCount(0);
  await phone.screenshot({ path: path.join(outputDir, 'practices-phone-first.png'), fullPage: true });

  await switcher.selectOption({ label: second.practice });
  await expect(phone.getByRole('heading', { name: second.practice })).toBeVisible();
  await expect(phone.getByText(second.clinician)).toBeVisible();
  await expect(phone.getByText(first.clinician)).toHaveCount(0);
  await phone.screenshot({ path: path.join(outputDir, 'practices-phone-second.png'), fullPage: true });

  // Nothing on the page is wider than the phone.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The choice survives a reload; switching back shows the first practice again.
  await phone.reload();
  await expect(phone.getByRole('heading', { name: second.practice })).toBeVisible();
  await phone.getByLabel('Practice', { exact: true }).selectOption({ label: first.practice });
  await expect(phone.getByRole('heading', { name: first.practice })).toBeVisible();
  await expect(phone.getByText(first.clinician)).toBeVisible();

  await mobile.close();
});
