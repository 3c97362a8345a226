import { chromium } from 'playwright-core';
const base = 'http://localhost:8090';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
async function session(width, height) {
  const ctx = await browser.newContext({ viewport: { width, height } });
  const page = await ctx.newPage();
  await page.goto(base + '/app/sign-in');
  await page.getByLabel('Email').fill('demo@claimstream.test');
  await page.getByLabel('Password').fill('lakeside-demo-2026');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForTimeout(1500);
  const code = await (await fetch(base + '/api/dev/demo-authenticator')).json();
  await page.screenshot({ path: `/tmp/shots/${width}-code.png`, fullPage: true });
  await page.getByRole('textbox').first().fill(code.code);
  await page.getByRole('button', { name: /verify|continue|sign in/i }).first().click();
  await page.waitForTimeout(2000);
  return page;
}
for (const [w, h] of [[1280, 900], [360, 740]]) {
  const page = await session(w, h);
  for (const [name, path] of [['dashboard', '/app'], ['clients', '/app/clients'], ['team', '/app/team'], ['audit', '/app/audit'], ['settings', '/app/settings'], ['security', '/app/account/security']]) {
    await page.goto(base + path);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/${w}-${name}.png`, fullPage: true });
  }
  await page.goto(base + '/app/clients');
  await page.waitForTimeout(1000);
  const first = page.locator('a[href^="/app/clients/"]').filter({ hasNotText: /new/i }).first();
  if (await first.count()) {
    await first.click();
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `/tmp/shots/${w}-client.png`, fullPage: true });
  }
}
await browser.close();
