import { expect, test, type Page } from '@playwright/test';
import { acceptOnPhone, addClient, enrolTwoFactor, shot, shotOnPhone, signUpPractice, uniqueRun } from './support';

/**
 * Claims (PRODUCT §12): a paid session's claim goes to the clearinghouse sandbox as an 837P and moves from
 * Processing to Approved on the clinician's desktop and on the client's phone at once, neither page reloaded;
 * the administrator can download its X12 files.
 */

const run = uniqueRun();

/** Calls the API from the page's session the way the SPA does (CSRF header, own Origin). */
async function put(page: Page, origin: string, url: string, data: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.put(url, { data, headers: { 'X-XSRF-TOKEN': csrf, Origin: origin } });
  expect(response.ok(), `PUT ${url}: ${response.status()} ${await response.text()}`).toBeTruthy();
}

/** A succeeded OON Pay charge's claim, opened through BrowserJourneyTests (charges arrive with issue 6). */
async function paidSession(clientId: string) {
  const control = process.env.CLOCK_URL;
  const response = await fetch(`${control}/claims?clientId=${clientId}`, { method: 'POST' });
  expect(response.status, 'the claim was opened').toBe(200);
}

test('a claim moves from Processing to Approved live for the clinician and the client', async ({ browser, baseURL }) => {
  test.skip(!baseURL || !process.env.CLOCK_URL, 'needs BrowserJourneyTests (BASE_URL and CLOCK_URL)');
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
  const portalClaims = phone.getByRole('region', { name: 'Claims' });
  await expect(portalClaims).toContainText('No claim yet');

  const claims = clinician.getByRole('region', { name: 'Claims' });
  await expect(claims).toContainText('No claim yet');
  await clinician.evaluate(() => Object.assign(window, { claimsMarker: 'not reloaded' }));
  await phone.evaluate(() => Object.assign(window, { claimsMarker: 'not reloaded' }));

  await paidSession(clientId);
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
