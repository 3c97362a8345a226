import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { addClient, enrolTwoFactor, followEmailedLink, letTimePass, shot, shotOnPhone, signUpPractice, uniqueRun, watch, type Authenticator } from './support';

/**
 * The team journey (PRODUCT §2, AUTH-05, TEN-07): an administrator signs up and enrols two-factor on a
 * laptop and, eleven minutes later, invites a staff member, confirming it with a fresh code; the staff
 * member joins from the emailed link, enrols two-factor, signs in again with a code, sees the clients but
 * not banking; once deactivated, their open page is signed out without a reload.
 */

const run = uniqueRun();
const practiceName = `Harbor Light Therapy ${run}`;
const adminEmail = `olivia+${run}@example.test`;
const staffEmail = `sam+${run}@example.test`;
const clientEmail = `jane+${run}@example.test`;
const staffPassword = 'front desk morning coffee';

/** The step-up dialog (a team or banking change long after the last code) answered with a fresh code. */
async function confirmItIsYou(page: Page, app: Authenticator) {
  const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
  await expect(dialog).toBeVisible();
  await shot(page, 'team-step-up');
  await shotOnPhone(page, 'team-step-up-phone');
  await dialog.getByLabel('Code from your authenticator app', { exact: true }).fill(await app.code());
  await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(dialog).toHaveCount(0);
}

test('an administrator invites staff, who see clients but no banking, and deactivation signs them out', async ({ browser, baseURL }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  // Each 30-second code is accepted once, so a second code of the same person waits for the next one.
  test.setTimeout(150_000);
  const origin = baseURL!;

  // ---- administrator, laptop ----
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const admin = await adminContext.newPage();
  const adminWatch = watch(admin, origin);
  await signUpPractice(admin, { practiceName, yourName: 'Olivia Park', email: adminEmail, password: 'quiet harbor morning tide' });
  const adminApp = await enrolTwoFactor(admin);
  await expect(admin.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect((await addClient(admin, { firstName: 'Jane', lastName: 'Doe', email: clientEmail })).getByText('Invited', { exact: true })).toBeVisible();

  // Eleven minutes on, the code of the sign-up is too old for a team change (step-up window: 10 minutes).
  const stepUpDue = await letTimePass(11 * 60);

  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await expect(admin.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  const invite = admin.getByRole('form', { name: 'Invite a member' });
  await invite.getByLabel('Name', { exact: true }).fill('Sam Lee');
  await invite.getByLabel('Email', { exact: true }).fill(staffEmail);
  await invite.getByLabel('Role', { exact: true }).selectOption({ label: 'Staff' });
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  if (stepUpDue) await confirmItIsYou(admin, adminApp);
  await expect(invite.getByText(`Invitation sent to ${staffEmail}`)).toBeVisible();
  const staffRow = admin.locator('tbody tr', { hasText: staffEmail });
  await expect(staffRow.getByText('Invited', { exact: true })).toBeVisible();
  await shot(admin, 'team-invited');
  await shotOnPhone(admin, 'team-invited-phone');

  // ---- staff member, another laptop ----
  const staffContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const staff = await staffContext.newPage();
  const staffWatch = watch(staff, origin);
  await followEmailedLink(staff, staffEmail, /\/app\/join#token=/);
  await expect(staff.getByRole('heading', { name: `Join ${practiceName}` })).toBeVisible();
  await expect(staff.getByText('You were invited as staff.')).toBeVisible();
  await expect.poll(() => staff.url()).not.toContain('token');
  await staff.getByLabel('New password', { exact: true }).fill(staffPassword);
  await staff.getByRole('button', { name: 'Create password and join' }).click();
  const staffApp = await enrolTwoFactor(staff, path.join(test.info().project.outputDir, 'team-staff-two-factor.png'));
  await expect(staff.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();

  // The administrator's list, never reloaded, shows the member as active (team.member_joined).
  await expect(staffRow.getByText('Active', { exact: true })).toBeVisible();

  // ---- the staff member signs in again, with a code ----
  await staff.getByRole('button', { name: 'Sign out' }).click();
  await expect(staff.getByRole('heading', { name: 'Sign in to your practice' })).toBeVisible();
  await staff.getByLabel('Email', { exact: true }).fill(staffEmail);
  await staff.getByLabel('Password', { exact: true }).fill(staffPassword);
  await staff.getByRole('button', { name: 'Sign in' }).click();
  await expect(staff.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  await shot(staff, 'team-staff-code');
  await shotOnPhone(staff, 'team-staff-code-phone');
  await staff.getByLabel('Code from your authenticator app', { exact: true }).fill(await staffApp.code());
  await staff.getByRole('button', { name: 'Verify' }).click();

  // Staff see all clients but no banking (PRODUCT §2): the list, no Team or Banking in the menu.
  await expect(staff.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  const staffNav = staff.getByRole('navigation', { name: 'Main' });
  await staffNav.getByRole('link', { name: 'Clients' }).click();
  await expect(staff.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await expect(staff.locator('tbody tr', { hasText: clientEmail })).toBeVisible();
  await expect(staffNav.getByRole('link', { name: 'Banking' })).toHaveCount(0);
  await expect(staffNav.getByRole('link', { name: 'Team' })).toHaveCount(0);
  await shot(staff, 'team-staff-clients');

  await staff.goto('/app/banking');
  await expect(staff.getByRole('heading', { name: 'Banking', level: 1 })).toBeVisible();
  await expect(staff.getByText('Only administrators manage banking.')).toBeVisible();
  await expect(staff.getByLabel(/account number/i)).toHaveCount(0);
  await shot(staff, 'team-staff-banking');
  await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await expect(staff.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await expect(staff.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible();
  await staff.evaluate(() => Object.assign(window, { teamMarker: 'not reloaded' }));

  // ---- the administrator deactivates the staff member ----
  await staffRow.getByRole('button', { name: 'Deactivate' }).click();
  const confirm = admin.getByRole('dialog', { name: 'Deactivate Sam Lee?' });
  await expect(confirm).toBeVisible();
  await shot(admin, 'team-deactivate-confirm');
  await confirm.getByRole('button', { name: 'Deactivate' }).click();
  await expect(staffRow.getByText('Deactivated', { exact: true })).toBeVisible();
  await shot(admin, 'team-deactivated');

  // TEN-07: their socket closes and the open page, never reloaded, is at the sign-in screen.
  await expect(staff.getByRole('heading', { name: 'Sign in to your practice' })).toBeVisible({ timeout: 5_000 });
  await expect(staff.getByText('Your session ended. Sign in to continue where you were.')).toBeVisible();
  expect(await staff.evaluate(() => (window as unknown as { teamMarker?: string }).teamMarker)).toBe('not reloaded');
  await shot(staff, 'team-staff-signed-out');

  expect(adminWatch.foreign).toEqual([]);
  expect(staffWatch.foreign).toEqual([]);
  expect(adminWatch.cspViolations).toEqual([]);
  expect(staffWatch.cspViolations).toEqual([]);
  await adminContext.close();
  await staffContext.close();
});
