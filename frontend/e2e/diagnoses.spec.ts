import { expect, test } from '@playwright/test';
import path from 'node:path';
import { addClient, enrolTwoFactor, shot, shotOnPhone, signUpPractice, uniqueRun } from './support';

/**
 * Coding a client (PRODUCT 8): the clinician finds codes by words and by code, sees a category offered
 * but disabled with its reason, adds billable codes with the mouse and the keyboard, makes the second one
 * primary, and the activity timeline records the change; on a laptop and on a 360 px phone.
 */

const run = uniqueRun();

test('a clinician adds, orders and removes a client’s diagnoses', async ({ browser, baseURL }) => {
  test.skip(!baseURL, 'set BASE_URL to the running app, e.g. BASE_URL=http://localhost:8080');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signUpPractice(page, { practiceName: `Cedar Grove Therapy ${run}`, yourName: 'Dr. Nia Cedar', email: `nia+${run}@example.test`, password: 'cedar grove quiet river' });
  await enrolTwoFactor(page);
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  const row = await addClient(page, { firstName: 'Jordan', lastName: 'Lee', email: `jordan+${run}@example.test` });
  await row.getByRole('link', { name: /Jordan/ }).click();

  const card = page.getByRole('region', { name: 'Diagnoses' });
  const diagnoses = card.getByRole('list', { name: 'Diagnoses, primary first' }).getByRole('listitem');
  const search = card.getByRole('combobox', { name: 'Add a diagnosis' });
  await search.fill('generalized anxi');
  await card.getByRole('option', { name: /F41\.1\s*Generalized anxiety disorder/ }).click();
  await expect(diagnoses).toHaveCount(1);
  await expect(diagnoses.first()).toContainText('Primary');

  await search.fill('F43.1');
  const category = card.getByRole('option', { name: /Post-traumatic stress disorder \(PTSD\)/ });
  await expect(category).toHaveAttribute('aria-disabled', 'true');
  await expect(category).toContainText('is a category');
  await shot(page, 'diagnoses-search');
  await shotOnPhone(page, 'diagnoses-search-phone');
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(diagnoses).toHaveCount(2);
  await expect(diagnoses.nth(1)).toContainText('F43.10');

  await card.getByRole('button', { name: 'Move F43.10 up' }).click();
  await expect(diagnoses.first()).toContainText('F43.10');
  await expect(diagnoses.first()).toContainText('Primary');
  await expect(page.getByRole('region', { name: 'Activity' })).toContainText('Diagnoses changed (1 moved), new primary');
  await shot(page, 'diagnoses');
  await shotOnPhone(page, 'diagnoses-phone');

  // on a phone: the picker and the list fit the screen
  await page.setViewportSize({ width: 360, height: 740 });
  await search.fill('adjustment disorder anx');
  await expect(card.getByRole('option', { name: /F43\.22/ })).toBeVisible();
  await card.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 120));
  await page.screenshot({ path: path.join(test.info().project.outputDir, 'diagnoses-picker-phone.png') });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the picker fits 360 px').toBeLessThanOrEqual(360);
  await search.press('Escape');
  await card.getByRole('button', { name: 'Remove F41.1' }).click();
  await expect(diagnoses).toHaveCount(1);
  await context.close();
});
