import { expect, test } from '@playwright/test';
import path from 'node:path';
import { addClient, enrolTwoFactor, followEmailedLink, signUpPractice, uniqueRun, watch } from './support';

/**
 * Insurance (PRODUCT §6): the client links insurance on a 360 px phone from the onboarding checklist (an
 * ambiguous insurer name is resolved by choosing, a card image is uploaded, an oversized one is refused
 * before sending and the EICAR test file by the server's virus scanner), adds a reimbursement account, and sees
 * both steps done; the clinician sees the policy, a Medicare refusal and an unknown insurer marked "needs review",
 * and the reimbursement account by its last 4.
 */

const run = uniqueRun();
const practiceName = `Harbor Counseling ${run}`;
const clientEmail = `riley+${run}@example.test`;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

test('a client links insurance and a reimbursement account on a phone; the clinician sees them', async ({ browser, baseURL }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  // two people, two portals and a dozen steps: over a minute on a busy 2-core machine
  test.setTimeout(120_000);
  const origin = baseURL!;
  const outputDir = test.info().project.outputDir;

  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const clinician = await desktop.newPage();
  await signUpPractice(clinician, { practiceName, yourName: 'Noor Haddad', email: `noor+${run}@example.test`, password: 'quiet harbor morning tide' });
  await enrolTwoFactor(clinician);
  const row = await addClient(clinician, { firstName: 'Riley', lastName: 'Stone', email: clientEmail });
  await expect(row).toBeVisible();

  // ---- the client, on a 360 px phone ----
  const mobile = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const phone = await mobile.newPage();
  const phoneWatch = watch(phone, origin);
  await followEmailedLink(phone, clientEmail, /\/portal\/invite#token=/);
  await phone.getByRole('button', { name: 'Accept' }).click();
  await phone.getByLabel('New password', { exact: true }).fill('a calm river at dusk');
  await phone.getByRole('button', { name: 'Create password and connect' }).click();
  await expect(phone.getByRole('heading', { name: /Welcome/ })).toBeVisible();

  await phone.getByRole('link', { name: 'Link your insurance' }).click();
  await expect(phone.getByRole('heading', { name: 'Insurance', level: 1 })).toBeVisible();
  await phone.getByLabel('Insurer').fill('Medicare');
  await expect(phone.getByText(/Medicare is not supported for claims/)).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Add insurance' })).toBeDisabled();
  await phone.screenshot({ path: path.join(outputDir, 'insurance-phone-medicare.png'), fullPage: true });

  await phone.getByLabel('Insurer').fill('Blue Cross');
  await expect(phone.getByText('Several insurers match this name: choose one below.')).toBeVisible();
  await phone.screenshot({ path: path.join(outputDir, 'insurance-phone-ambiguous.png'), fullPage: true });
  await phone.getByRole('button', { name: 'Blue Cross Blue Shield', exact: true }).click();
  await phone.getByLabel('Member ID').fill('XQB 4471 9920');
  await phone.getByLabel('Client date of birth').fill('1991-06-14');
  await phone.getByRole('button', { name: 'Add insurance' }).click();
  await expect(phone.getByText('XQB44719920')).toBeVisible();

  await phone.getByLabel(/Card front image/).setInputFiles({ name: 'my card (front).png', mimeType: 'image/png', buffer: PNG });
  await expect(phone.getByText(/PNG, 68 bytes/)).toBeVisible();
  await phone
    .getByLabel(/Card back image/)
    .setInputFiles({ name: 'scan-of-back.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * 1024 * 1024, 'x') });
  await expect(phone.getByText('scan-of-back.pdf is 11.0 MB: the limit is 10 MB.')).toBeVisible();
  await phone.screenshot({ path: path.join(outputDir, 'insurance-phone-policy.png'), fullPage: true });
  // the server's virus scanner (a real clamd) refuses the EICAR test file, put together here
  const eicar = Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$' + 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*');
  await phone.getByLabel(/Card back image/).setInputFiles({ name: 'back.pdf', mimeType: 'application/pdf', buffer: eicar });
  await expect(phone.getByText(/The virus scanner found Claimstream\.Test\.EICAR.* in this file; it was not stored/)).toBeVisible();
  await phone.screenshot({ path: path.join(outputDir, 'insurance-phone-malware.png'), fullPage: true });

  await phone.goto('/portal');
  await phone.getByRole('link', { name: 'Add a bank account for reimbursements' }).click();
  await phone.getByLabel('Routing number').fill('021000021');
  await phone.getByLabel('Account number').fill('7730418826');
  await phone.getByRole('button', { name: 'Save bank account' }).click();
  await expect(phone.getByText('•••• 8826')).toBeVisible();
  await expect(phone.getByText('7730418826')).toHaveCount(0);
  await phone.screenshot({ path: path.join(outputDir, 'reimbursement-phone.png'), fullPage: true });

  await phone.goto('/portal');
  await expect(phone.getByRole('link', { name: 'Link your insurance: done, view' })).toBeVisible();
  await expect(phone.getByRole('link', { name: 'Add a bank account for reimbursements: done, view' })).toBeVisible();
  await phone.screenshot({ path: path.join(outputDir, 'checklist-phone-done.png'), fullPage: true });

  // ---- the clinician: policy, reimbursement account by its last 4, an unknown insurer needs review ----
  await row.getByRole('link').first().click();
  const section = clinician.getByRole('region', { name: 'Insurance' });
  await expect(clinician.getByText('Blue Cross Blue Shield').first()).toBeVisible();
  await expect(clinician.getByText('on file •••• 8826')).toBeVisible();
  await clinician.getByRole('button', { name: 'Edit insurance' }).click();
  await section.getByLabel('Insurer').fill('Acme Mutual Benefit Trust');
  await expect(section.getByText(/Not in our list of insurers/)).toBeVisible();
  await section.getByRole('button', { name: 'Save insurance' }).click();
  await expect(clinician.getByText('Needs review').first()).toBeVisible();
  await clinician.screenshot({ path: path.join(outputDir, 'insurance-clinician.png'), fullPage: true });
  await clinician.setViewportSize({ width: 360, height: 780 });
  await clinician.screenshot({ path: path.join(outputDir, 'insurance-clinician-phone.png'), fullPage: true });

  expect(phoneWatch.foreign).toEqual([]);
  expect(phoneWatch.cspViolations).toEqual([]);
});
