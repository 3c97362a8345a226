import { expect, test, type Page } from '@playwright/test';
import { acceptOnPhone, addClient, enrolTwoFactor, shot, shotOnPhone, signUpPractice, uniqueRun } from './support';

/**
 * Benefits (PRODUCT §7, §9): insurance saved for a client starts a benefit check that finishes live on the
 * clinician's screen and on the client's phone; a diagnosis added on the clinician's screen makes OON Pay
 * available without a reload. A check the payer fails is verified by hand by the administrator.
 */

const run = uniqueRun();
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Calls the API from the page's session the way the SPA does (CSRF header, own Origin). */
async function api(page: Page, origin: string, method: 'PUT' | 'POST', url: string, options: { data?: unknown; multipart?: Record<string, unknown> }) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.fetch(url, { method, headers: { 'X-XSRF-TOKEN': csrf, Origin: origin }, ...options } as never);
  expect(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`).toBeTruthy();
}

function insure(page: Page, origin: string, clientId: string, memberId: string) {
  return api(page, origin, 'PUT', `/api/clients/${clientId}/insurance`, {
    data: { payerId: 'aetna', memberId, relationship: 'self', clientDateOfBirth: '1990-04-01' },
  });
}

async function openClient(page: Page, first: string, last: string, email: string): Promise<string> {
  const row = await addClient(page, { firstName: first, lastName: last, email });
  await row.getByRole('link', { name: new RegExp(first) }).click();
  await expect(page.getByRole('heading', { name: `${first} ${last}`, level: 1 })).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}

test('a benefit check finishes live for both sides and a diagnosis opens OON Pay without a reload', async ({ browser, baseURL }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  const origin = baseURL!;
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const clinician = await desktop.newPage();
  await signUpPractice(clinician, { practiceName: `Willow Creek Therapy ${run}`, yourName: 'Dr. Ana Willow', email: `ana+${run}@example.test`, password: 'willow creek slow water' });
  await enrolTwoFactor(clinician);
  const clientEmail = `sam+${run}@example.test`;
  const clientId = await openClient(clinician, 'Sam', 'Rivers', clientEmail);

  // the client connects on a phone
  const { mobile, phone } = await acceptOnPhone(browser, clientEmail, 'a quiet walk by the river');
  const portalCard = phone.getByRole('region', { name: 'Benefits and estimate' });
  await expect(portalCard).toContainText('No insurance on file yet.');

  const benefits = clinician.getByRole('region', { name: 'Benefits' });
  await expect(benefits).toContainText('No insurance on file yet.');
  const types = benefits.getByRole('group', { name: 'Payment type' });
  await expect(types.getByRole('radio')).toHaveCount(1);
  await clinician.evaluate(() => Object.assign(window, { benefitsMarker: 'not reloaded' }));

  // saving insurance starts the check; both screens follow it live
  await insure(clinician, origin, clientId, `OONMET${run}`);
  await expect(benefits.getByText('Checked', { exact: true })).toBeVisible({ timeout: 10_000 });
  await expect(benefits).toContainText('$1,000.00 of $1,000.00 met');
  await expect(benefits.getByText('Expected reimbursement per session').locator('..')).toContainText('$120.00');
  await expect(benefits.getByText('Estimate · from benefit check').first()).toBeVisible();
  await expect(benefits.locator('[data-payment-type="oon_pay"]')).toContainText('Add a diagnosis for the client');
  await expect(portalCard.getByText('Checked', { exact: true })).toBeVisible({ timeout: 10_000 });
  await expect(portalCard).toContainText('Your cost per session (OON Pay)');

  // a diagnosis (Diagnoses card) makes OON Pay available, live
  const diagnoses = clinician.getByRole('region', { name: 'Diagnoses' });
  await diagnoses.getByRole('combobox', { name: 'Add a diagnosis' }).fill('generalized anxi');
  await diagnoses.getByRole('option', { name: /F41\.1\s*Generalized anxiety disorder/ }).click();
  await expect(types.getByRole('radio', { name: 'OON Pay' })).toBeVisible({ timeout: 5_000 });
  expect(await clinician.evaluate(() => (window as unknown as { benefitsMarker?: string }).benefitsMarker)).toBe('not reloaded');
  await types.getByRole('radio', { name: 'OON Pay' }).check();
  await benefits.getByRole('button', { name: 'Save payment type' }).click();
  await expect(types).toContainText('OON Pay (current)');

  await benefits.scrollIntoViewIfNeeded();
  await shot(clinician, 'benefits-practice');
  await shotOnPhone(clinician, 'benefits-practice-phone');
  await portalCard.scrollIntoViewIfNeeded();
  await shot(phone, 'benefits-portal-phone');
  expect(await phone.evaluate(() => document.documentElement.scrollWidth), 'the portal fits 360 px').toBeLessThanOrEqual(360);
  await desktop.close();
  await mobile.close();
});

test('a check the payer failed is verified by hand by the administrator', async ({ browser, baseURL }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  const origin = baseURL!;
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const admin = await desktop.newPage();
  await signUpPractice(admin, { practiceName: `Birch Lane Counseling ${run}`, yourName: 'Dr. Lee Birch', email: `lee+${run}@example.test`, password: 'birch lane early frost' });
  await enrolTwoFactor(admin);
  const clientId = await openClient(admin, 'Alex', 'Morgan', `alex+${run}@example.test`);

  await insure(admin, origin, clientId, `TIMEOUT${run}`);
  const benefits = admin.getByRole('region', { name: 'Benefits' });
  await expect(benefits.getByText('Needs manual verification', { exact: true })).toBeVisible({ timeout: 10_000 });
  await expect(benefits).toContainText('This is not a denial of coverage');
  await expect(benefits).toContainText('Unable to respond at current time');
  for (const side of ['front', 'back']) {
    await api(admin, origin, 'POST', `/api/clients/${clientId}/insurance/cards/${side}`, {
      multipart: { file: { name: `card-${side}.png`, mimeType: 'image/png', buffer: ONE_PIXEL_PNG } },
    });
  }
  await benefits.getByRole('button', { name: 'Request manual verification' }).click();
  await expect(benefits.getByText('Manual verification requested', { exact: true })).toBeVisible();

  const form = benefits.getByRole('form', { name: 'Manual verification' });
  await form.getByLabel(/^Deductible \(individual, OON\)/).fill('1,500');
  await form.getByLabel(/^Deductible met/).fill('400');
  await form.getByLabel(/^Coinsurance %/).fill('30');
  await form.getByLabel(/^Allowed amount, CPT 90837/).fill('160');
  await shot(admin, 'benefits-manual-verification');
  await shotOnPhone(admin, 'benefits-manual-verification-phone');
  await form.getByRole('button', { name: 'Mark verified' }).click();

  await expect(benefits.getByText('Verified by hand', { exact: true })).toBeVisible();
  await expect(benefits).toContainText('$400.00 of $1,500.00 met');
  await expect(benefits.getByText('Estimate · from manual verification').first()).toBeVisible();
  await shot(admin, 'benefits-verified');
  await desktop.close();
});
