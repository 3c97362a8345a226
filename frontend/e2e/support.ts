import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import path from 'node:path';

/** What every journey shares: unique names per run, codes from an authenticator, the dev mailbox, request watching. */

/** A suffix that keeps a run's practices and emails apart from every earlier run against the same database. */
export function uniqueRun(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const STEP_MS = 30_000;

/** How far this run moved the application's clock ahead; the user's phone is moved along with it. */
let clockAheadMs = 0;

function now(): number {
  return Date.now() + clockAheadMs;
}

/**
 * Makes `seconds` pass for the application (BrowserJourneyTests serves CLOCK_URL over its movable clock)
 * and for the user's phone alike. Answers false against an app without one (BASE_URL alone).
 */
export async function letTimePass(seconds: number): Promise<boolean> {
  const control = process.env.CLOCK_URL;
  if (!control) return false;
  const response = await fetch(`${control}/advance?seconds=${seconds}`, { method: 'POST' });
  expect(response.status, 'the clock control moved the clock').toBe(204);
  clockAheadMs += seconds * 1000;
  return true;
}

/** RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 key, as the user's authenticator app computes it. */
export function totp(base32Key: string, at = now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of base32Key.replace(/\s/g, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / STEP_MS)));
  const hash = createHmac('sha1', key).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  return String((hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/**
 * The user's authenticator app for one key. The server accepts each 30-second step once (no replay), so a
 * second code is only typed once the app shows a new one, as a real user waits for the next code.
 */
export class Authenticator {
  private lastStep = -1;

  constructor(private readonly key: string) {}

  async code(): Promise<string> {
    const step = () => Math.floor(now() / STEP_MS);
    while (step() <= this.lastStep) await new Promise((resolve) => setTimeout(resolve, (this.lastStep + 1) * STEP_MS - now() + 50));
    this.lastStep = step();
    return totp(this.key);
  }
}

export type PracticeSignUp = { practiceName: string; yourName: string; email: string; password: string };

/**
 * The sign-up form of a new practice, then the emailed link from the dev mailbox that creates it; the new
 * administrator lands on the two-factor enrolment next.
 */
export async function signUpPractice(page: Page, { practiceName, yourName, email, password }: PracticeSignUp, screenshot?: string): Promise<void> {
  await page.goto('/app/sign-up');
  await page.getByLabel('Practice name', { exact: true }).fill(practiceName);
  await page.getByLabel('Your name', { exact: true }).fill(yourName);
  await page.getByLabel('Work email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(email);
  if (screenshot) await page.screenshot({ path: `${screenshot}-check-email.png`, fullPage: true });
  await followEmailedLink(page, email, /\/app\/sign-up\/complete#token=/);
  await expect(page.getByRole('heading', { name: 'Finish creating your practice' })).toBeVisible();
  if (screenshot) await page.screenshot({ path: `${screenshot}-complete.png`, fullPage: true });
  await page.getByRole('button', { name: 'Create my practice' }).click();
}

/** The token of the newest mail to `to` whose text holds a link to `linkPath#token=…`, once `count` such mails came. */
export async function newestToken(request: APIRequestContext, to: string, linkPath: string, count = 1): Promise<string> {
  let token: string | undefined;
  await expect
    .poll(async () => {
      const mails = (await (await request.get('/api/dev/mailbox')).json()) as { to: string; text: string | null }[];
      const links = mails.filter((mail) => mail.to === to && mail.text?.includes(`${linkPath}#token=`));
      token = links[0]?.text?.match(/#token=([A-Za-z0-9_-]+)/)?.[1];
      return links.length;
    }, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(count);
  return token!;
}

/**
 * The enrolment screen (AUTH-05) as a user goes through it: the key shown under the QR code goes into the
 * app, its first code turns two-factor on, the recovery codes are acknowledged. Answers the user's app.
 */
export async function enrolTwoFactor(page: Page, screenshot?: string): Promise<Authenticator> {
  await expect(page.getByRole('heading', { name: 'Set up two-factor authentication' })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  const app = new Authenticator(await page.getByTestId('totp-key').innerText());
  await page.getByLabel('Code from your authenticator app', { exact: true }).fill(await app.code());
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  await page.getByRole('button', { name: 'I saved my recovery codes' }).click();
  return app;
}

/** Adds a client from the first "Add client" link on the page; answers the client's row in the list it lands on. */
export async function addClient(page: Page, { firstName, lastName, email }: { firstName: string; lastName: string; email: string }): Promise<Locator> {
  await page.getByRole('link', { name: 'Add client' }).first().click();
  await page.getByLabel('First name', { exact: true }).fill(firstName);
  await page.getByLabel('Last name', { exact: true }).fill(lastName);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Add client and send invitation' }).click();
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  return page.locator('tbody tr', { hasText: email });
}

/** Opens the newest mail to `to` in the development mailbox page and follows its link matching `link`. */
export async function followEmailedLink(page: Page, to: string, link: RegExp): Promise<void> {
  await page.goto('/dev/mailbox');
  const mail = page.getByRole('link', { name: new RegExp(`To ${escapeRegExp(to)}`) }).first();
  await expect(mail).toBeVisible({ timeout: 15_000 });
  await mail.click();
  await page.getByRole('link', { name: link }).click();
}

/** Requests to any other origin (INV-08: no third-party requests) and CSP reports (HDR-02). */
export function watch(page: Page, origin: string) {
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

/** A full-page screenshot in the project's output folder (frontend/test-results). */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(test.info().project.outputDir, `${name}.png`), fullPage: true });
}

/** The same screen on a 360 px phone, nothing wider than the phone, then back to the laptop. */
export async function shotOnPhone(page: Page, name: string) {
  const laptop = page.viewportSize()!;
  await page.setViewportSize({ width: 360, height: 740 });
  await shot(page, name);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits 360 px`).toBeLessThanOrEqual(360);
  await page.setViewportSize(laptop);
}

/** A request context that behaves like the SPA: CSRF cookie echoed in the header, our Origin on changes. */
export async function spa(request: APIRequestContext, origin: string) {
  await request.get('/api/session');
  const csrf = (await request.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  return async (url: string, data: unknown) => {
    const response = await request.post(url, { data, headers: { 'X-XSRF-TOKEN': csrf, Origin: origin } });
    expect(response.ok(), `${url}: ${response.status()} ${await response.text()}`).toBeTruthy();
    return response.json();
  };
}

/**
 * A practice signed up through the API as its administrator would (the emailed link confirms it, two-factor is
 * enrolled from the key the API gives); answers a `post` of that administrator's session.
 */
export async function practiceThroughApi(request: APIRequestContext, origin: string, signUp: PracticeSignUp) {
  const post = await spa(request, origin);
  await post('/api/practice-signups', signUp);
  await post('/api/practice-signups/complete', { token: await newestToken(request, signUp.email, '/app/sign-up/complete') });
  const { secret } = (await post('/api/account/two-factor/enrolment', {})) as { secret: string };
  await post('/api/account/two-factor/enrolment/confirm', { code: totp(secret) });
  return post;
}

/** An invited client accepts on a 360 px phone and chooses a password; answers the phone's context and page. */
export async function acceptOnPhone(browser: Browser, email: string, password: string): Promise<{ mobile: BrowserContext; phone: Page }> {
  const mobile = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phone = await mobile.newPage();
  await followEmailedLink(phone, email, /\/portal\/invite#token=/);
  await phone.getByRole('button', { name: 'Accept' }).click();
  await phone.getByLabel('New password', { exact: true }).fill(password);
  await phone.getByRole('button', { name: 'Create password and connect' }).click();
  return { mobile, phone };
}

/**
 * The invited client accepts through the API; answers the practice's desktop (1280×900) and the client's phone
 * (360×740), each signed in with its request context's session, and how to close both.
 */
export async function desktopAndConnectedPhone(browser: Browser, origin: string, admin: APIRequestContext, client: APIRequestContext, clientEmail: string) {
  await (await spa(client, origin))('/api/invitations/accept', {
    token: await newestToken(admin, clientEmail, '/portal/invite', 1),
    password: 'a long client password',
  });
  const phoneContext = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    storageState: await client.storageState(),
  });
  const desktopContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, storageState: await admin.storageState() });
  return {
    desktop: await desktopContext.newPage(),
    phone: await phoneContext.newPage(),
    close: async () => {
      await phoneContext.close();
      await desktopContext.close();
    },
  };
}
