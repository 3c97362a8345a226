import { expect, test, type Page } from '@playwright/test';
import { acceptOnPhone, addClient, enrolTwoFactor, shot, shotOnPhone, signUpPractice, uniqueRun } from './support';

/**
 * Claims (PRODUCT §12): a paid session's claim goes to the clearinghouse sandbox as an 837P and moves from
 * Processing to Approved on the clinician's desktop and on the client's phone at once, neither page reloaded
 * (the clinician charges the session as OON Pay through the charge form);
 * the administrator can download its X12 files.
 */

const run = uniqueRun();

/** Calls the API from the page's session the way the SPA does (CSRF header, own Origin). */
async function send(page: Page, origin: string, method: 'PUT' | 'POST', url: string, data: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.fetch(url, { method, data, headers: { 'X-XSRF-TOKEN': csrf, Origin: origin } });
  expect(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return response.json().catch(() => ({}));
}

const put = (page: Page, origin: string, url: string, data: unknown) => send(page, origin, 'PUT', url, data);

test('a claim moves from Processing to Approved live for the clinician and the client', async ({ browser, baseURL }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  const origin = baseURL!;
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const clinician = await desktop.newPage();
  await signUpPractice(clinician, { practiceName: `Harbor Light Therapy ${run}`, yourName: 'Dr. Nora Harbor', email: `nora+${run}@example.test`, password: 'harbor light calm tide' });
  await enrolTwoFactor(clinician);
  const address = { line1: '12 Harbor St', city: 'Portland', state: 'ME', postalCode: '04101' };
  await put(clinician, origin, '/api/practice/profile', { legalName: `Harbor Light Therapy ${run} PLLC`, taxId: '12-3456789', groupNpi: '1245319599', address });
  await put(clinician, origin, '/api/practice/clinician-profile', { name: 'Nora Harbor', npi: '1245319599' });

  const clientEmail = `lena+${run}@example.test`;
  const row = await addClient(clinician, { firstName: 'Lena', lastName: 'Brooks', email: clientEmail });
  await row.getByRole('link', { name: /Lena/ }).click();
  await expect(clinician.getByRole('heading', { name: 'Lena Brooks', level: 1 })).toBeVisible();
  const clientId = new URL(clinician.url()).pathname.split('/').pop()!;
  await put(clinician, origin, `/api/clients/${clientId}`, { firstName: 'Lena', lastName: 'Brooks', email: clientEmail, dateOfBirth: '1988-03-14', address });

  // the client connects on a phone (before the benefit check's email arrives), then the insurance and diagnosis
  const { mobile, phone } = await acceptOnPhone(browser, clientEmail, 'a lighthouse on the point');
  await put(clinician, origin, `/api/clients/${clientId}/insurance`, { payerId: 'aetna', memberId: `OONLOW${run}`, relationship: 'self', clientDateOfBirth: '1988-03-14' });
  await put(clinician, origin, `/api/clients/${clientId}/diagnoses`, { codes: ['F411'] });
  const { token } = await send(clinician, origin, 'POST', '/sandbox/cards/tokens', { number: '4242424242424242', expiry: '12/34', cvc: '123', postalCode: '04101' });
  await send(clinician, origin, 'POST', `/api/clients/${clientId}/payment-methods`, { token });
  await clinician.reload();
  const portalClaims = phone.getByRole('region', { name: 'Claims' });
  await expect(portalClaims).toContainText('No claim yet');

  const claims = clinician.getByRole('region', { name: 'Claims' });
  await expect(claims).toContainText('No claim yet');
  await clinician.evaluate(() => Object.assign(window, { claimsMarker: 'not reloaded' }));
  await phone.evaluate(() => Object.assign(window, { claimsMarker: 'not reloaded' }));

  // the clinician charges the session as OON Pay: its claim is opened as the payment succeeds
  const payments = clinician.getByRole('region', { name: 'Payments' });
  await payments.getByRole('button', { name: 'New charge' }).click();
  const form = clinician.getByRole('form', { name: 'New charge' });
  await expect(form.getByRole('option', { name: 'OON Pay', exact: true })).toBeEnabled({ timeout: 15_000 });
  await form.getByLabel('Payment type').selectOption('oon_pay');
  await form.getByLabel('Provider clinician').selectOption({ label: 'Dr. Nora Harbor' });
  await form.getByLabel('Amount (session fee, $)').fill('200');
  await form.getByLabel('CPT', { exact: true }).fill('90837');
  await form.getByLabel('Place of service').selectOption('11');
  await form.getByRole('button', { name: 'Charge $200.00' }).click();
  await expect(form).toBeHidden();
  await expect(payments.getByText('Claim filed: follow it under Claims')).toBeVisible();
  const claimRow = claims.getByRole('row', { name: /CS\d{8}/ });
  await expect(claimRow).toBeVisible();
  await expect(claimRow).toContainText('Approved', { timeout: 15_000 });
  await expect(claimRow).toContainText('Reimbursed $80.00, $50.00 applied to the deductible');
  await claimRow.getByRole('button', { name: /CS\d{8}/ }).click();
  const timeline = claims.getByRole('list', { name: 'Claim timeline' });
  await expect(timeline).toContainText('Sent to the clearinghouse (837P)');
  await expect(timeline).toContainText('Accepted by the payer (277CA)');
  await expect(timeline).toContainText('Decided by the payer (835)');
  await expect(claims).toContainText('The payer decided exactly as estimated.');
  const download = claims.getByRole('link', { name: 'Download 835' });
  await expect(download).toBeVisible();
  const file = await clinician.request.get((await download.getAttribute('href'))!);
  expect(await file.text()).toMatch(/^ISA\*00\*/);
  expect(await clinician.evaluate(() => (window as unknown as { claimsMarker?: string }).claimsMarker)).toBe('not reloaded');

  const portalRow = portalClaims.getByRole('row', { name: /CS\d{8}/ });
  await expect(portalRow).toContainText('Approved', { timeout: 15_000 });
  await portalRow.getByRole('button', { name: /CS\d{8}/ }).click();
  await expect(portalClaims.getByRole('list', { name: 'Claim timeline' })).toContainText('Decided by the payer (835)');
  await expect(portalClaims.getByRole('link', { name: /Download/ })).toHaveCount(0);
  expect(await phone.evaluate(() => (window as unknown as { claimsMarker?: string }).claimsMarker)).toBe('not reloaded');
  await portalClaims.scrollIntoViewIfNeeded();
  await shot(phone, 'claims-portal-phone');
  expect(await phone.evaluate(() => document.documentElement.scrollWidth), 'the portal fits 360 px').toBeLessThanOrEqual(360);
  await mobile.close();

  await claims.scrollIntoViewIfNeeded();
  await shot(clinician, 'claims-practice');
  await shotOnPhone(clinician, 'claims-practice-phone');
  await desktop.close();
});
