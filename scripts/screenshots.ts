/**
 * Screenshots of the main screens for the README (docs/screens/*.png), from a running demo:
 *
 *   npm start            # in another terminal (the demo council and demo users)
 *   npx tsx scripts/screenshots.ts [http://localhost:3000]
 *
 * Uses Debian's Chromium (/usr/bin/chromium) through playwright-core.
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = 'docs/screens';
const council = 'E06000016';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/**
 * A full-page screenshot, or (`tall` pages such as the indicator themes) the first 1,600 pixels. Pages that
 * run a job (the forecast) name a heading to wait for instead of the network falling quiet.
 */
async function shot(
  page: Page,
  path: string,
  name: string,
  tall = false,
  waitForHeading?: string,
): Promise<void> {
  await page.goto(`${base}${path}`);
  if (waitForHeading) await page.getByRole('heading', { name: waitForHeading }).waitFor({ timeout: 180_000 });
  else await page.waitForLoadState('networkidle');
  await page.waitForTimeout(waitForHeading ? 1500 : 400);
  await page.screenshot({
    path: `${out}/${name}.png`,
    fullPage: true,
    ...(tall ? { clip: { x: 0, y: 0, width: 1280, height: 1600 } } : {}),
  });
  console.log(`${out}/${name}.png`);
}

await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await shot(page, '/', 'sign-in');
  await signIn(page, 'demo-analyst', 'demo-analyst-2026');
  await shot(page, `/councils/${council}`, 'overview');
  await shot(page, `/councils/${council}/indicators/placements`, 'indicators-placements', true);
  await shot(page, `/councils/${council}/indicators/location`, 'indicators-location', true);
  await shot(page, `/councils/${council}/data`, 'data-upload');
  await shot(page, `/councils/${council}/data/history`, 'import-history');
  await shot(page, `/councils/${council}/data/findings`, 'findings');
  await shot(page, `/councils/${council}/children`, 'children');
  const firstChild = await page.getByRole('table').getByRole('link').first().getAttribute('href');
  if (firstChild) await shot(page, firstChild, 'child-timeline');
  await shot(
    page,
    `/councils/${council}/forecast`,
    'forecast',
    true,
    'Children looked after: recorded and forecast',
  );
  await shot(page, `/councils/${council}/supply/gap`, 'supply-gap', true);
  await shot(page, `/councils/${council}/supply/plan`, 'supply-plan', true);
  await shot(page, `/councils/${council}/strategy`, 'strategy', true);
  await shot(page, `/councils/${council}/statements`, 'statements');
  await page.context().clearCookies();
  await signIn(page, 'demo-admin', 'demo-admin-2026');
  await shot(page, `/councils/${council}/settings`, 'settings');
  await shot(page, '/users', 'users');
  await shot(page, '/audit', 'audit');
  const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await signIn(phone, 'demo-viewer', 'demo-viewer-2026');
  await shot(phone, `/councils/${council}`, 'overview-phone');
} finally {
  await browser.close();
}
