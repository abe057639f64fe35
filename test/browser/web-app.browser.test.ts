import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoUsers } from '../../src/auth/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { ensureWebBuild } from '../../src/server/web-build.ts';
import { importReturn } from '../../src/store/index.ts';
import { generateCouncil, placesForCouncil, returnSources, writeCouncil } from '../../src/synth/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { hasChromium, launchChromium, seriousAxeViolations, signIn } from './browser-session.ts';

/**
 * The web app in real Chromium: the analyst's journey (sign in, upload a 903 folder and watch it finish,
 * findings, a child's timeline, sign out), what a viewer and another council's user cannot see, and an
 * axe-core scan of every screen.
 */
const A = 'E06000016'; // Leicester: the demo users' council
const B = 'E08000025'; // Birmingham: data the demo users must never reach

let t: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let uploadDir: string;

async function importSynthetic(
  council: string,
  children: number,
  years: number,
  lastYear: number,
  seed: number,
) {
  const synthetic = generateCouncil(
    { councilCode: council, children, years, lastYear, seed, errors: true },
    placesForCouncil(council),
  );
  for (const ret of synthetic.returns) {
    const sources = returnSources(ret);
    const result = await importReturn(t.db, {
      sources,
      councilCode: council,
      collectionYear: ret.collectionYear,
      importedBy: 'test',
    });
    expect(result.status).toBe('imported');
  }
}

describe.skipIf(!hasChromium)('web app in Chromium', () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    await importSynthetic(A, 120, 2, 2025, 11);
    await importSynthetic(B, 60, 1, 2025, 12);
    await ensureDemoUsers(t.db, A);
    // The upload: council A's 2025/26 return as a folder of CSVs, as an analyst would have it.
    const next = generateCouncil(
      { councilCode: A, children: 120, years: 3, lastYear: 2026, seed: 11 },
      placesForCouncil(A),
    );
    const dir = await mkdtemp(join(tmpdir(), 'sufficiency-upload-'));
    await writeCouncil(
      { ...next, returns: next.returns.filter((r) => r.collectionYear === 2026), truth: [] },
      dir,
    );
    uploadDir = join(dir, '2026');
    app = await buildServer({ db: t.db, demo: true, webRoot: await ensureWebBuild() });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await t?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    return context.newPage();
  }

  it('lets an analyst upload a folder, follow its progress, open findings and a child, and sign out', async () => {
    const page = await newPage();
    await signIn(page, base, 'demo-analyst', 'demo-analyst-2026');
    await page.goto(`${base}/councils/${A}/data`);
    await page.locator('#folder').setInputFiles(uploadDir);
    await page.getByLabel('Collection year').selectOption('2026');
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisibleSoon();
    await expect(page.getByText('Imported', { exact: true })).toBeVisibleSoon();
    expect(page.url()).toContain('job=');

    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    await page.getByRole('heading', { name: 'Findings', level: 2 }).waitFor();
    await expect(page.getByRole('table')).toBeVisibleSoon();
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);

    await page.goto(`${base}/councils/${A}/children`);
    const firstChild = page.getByRole('table').getByRole('link').first();
    // The link reads "Child 123456" to a screen reader (the word is visually hidden): the page's heading.
    const linkName = (await firstChild.textContent())?.trim() ?? '';
    expect(linkName).toMatch(/^Child \S+$/);
    await firstChild.click();
    await expect(page.getByRole('heading', { name: linkName, level: 1 })).toBeVisibleSoon();
    await page.getByRole('heading', { name: 'Periods of care and placements' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Sufficiency' })).toBeVisibleSoon();
  });

  it('shows a viewer no child records: no link, and 403 from the API', async () => {
    const page = await newPage();
    await signIn(page, base, 'demo-viewer', 'demo-viewer-2026');
    await page.goto(`${base}/councils/${A}`);
    await page.getByRole('heading', { name: 'Children looked after by year' }).waitFor();
    expect(await page.getByRole('link', { name: 'Children' }).count()).toBe(0);
    const api = await page.request.get(`${base}/api/councils/${A}/children`);
    expect(api.status()).toBe(403);
    expect(await api.json()).toMatchObject({ id: 'forbidden' });
  });

  it('does not let a user of council A read council B by editing the URL', async () => {
    const page = await newPage();
    await signIn(page, base, 'demo-analyst', 'demo-analyst-2026');
    await page.goto(`${base}/councils/${B}/children`);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisibleSoon();
    const api = await page.request.get(`${base}/api/councils/${B}/overview`);
    expect(api.status()).toBe(404);
    expect(await api.json()).toMatchObject({ id: 'council-not-found' });
  });

  it('passes an axe-core scan (no serious or critical WCAG 2.2 AA violations) on every screen', async () => {
    const screens: [user: string, path: string, ready: string][] = [
      ['', '/', 'Sign in to Sufficiency'],
      ['demo-analyst', `/councils/${A}`, 'Children looked after by year'],
      ['demo-analyst', `/councils/${A}/data`, 'Upload'],
      ['demo-analyst', `/councils/${A}/data/history`, 'Import history'],
      ['demo-analyst', `/councils/${A}/data/findings`, 'Findings'],
      ['demo-analyst', `/councils/${A}/children`, 'Children'],
      ...(
        [
          ['population', 'Figures for'],
          ['profile', 'Profile'],
          ['placements', 'Placements'],
          ['location', 'Location'],
          ['stability', 'Stability'],
          ['durations', 'Durations'],
          ['first-placement', 'First placement'],
          ['uasc', 'UASC'],
          ['specific-needs', 'Specific needs'],
          ['unregistered', 'Unregistered'],
          ['equality', 'Equality'],
        ] as const
      ).map(([theme, title]): [string, string, string] => [
        'demo-analyst',
        `/councils/${A}/indicators/${theme}`,
        title,
      ]),
      // The published view: marks (c, k, z, x) and their explanation, no drill-down links.
      ['demo-analyst', `/councils/${A}/indicators/profile?view=public`, 'Published figures for'],
      [
        'demo-analyst',
        `/councils/${A}/indicators/population/children?id=population.looked-after-at-31-march&cell=%7B%7D`,
        'Children behind a figure',
      ],
      ['demo-analyst', '/account', 'Your account'],
      ['demo-admin', `/councils/${A}/settings`, 'Settings'],
      ['demo-admin', '/users', 'Users'],
      ['demo-admin', '/audit', 'Audit log'],
      ['demo-admin', `/councils/${B}`, 'Page not found'],
    ];
    const found: Record<string, unknown> = {};
    let signedInAs = '';
    let page = await newPage();
    for (const [user, path, ready] of screens) {
      if (user !== signedInAs) {
        page = await newPage();
        if (user) await signIn(page, base, user, `${user}-2026`);
        signedInAs = user;
      }
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { name: ready }).first().waitFor();
      const violations = await seriousAxeViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    // A child's record too.
    page = await newPage();
    await signIn(page, base, 'demo-analyst', 'demo-analyst-2026');
    await page.goto(`${base}/councils/${A}/children`);
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Periods of care and placements' }).waitFor();
    const childViolations = await seriousAxeViolations(page);
    if (childViolations.length > 0) found.child = childViolations;
    expect(found).toEqual({});
  });
});

declare module 'vitest' {
  interface Assertion<T> {
    toBeVisibleSoon(): Promise<T>;
  }
}

expect.extend({
  /** Waits (up to 20 s) for a playwright locator to be visible. */
  async toBeVisibleSoon(received: { waitFor(o: { state: 'visible'; timeout: number }): Promise<void> }) {
    try {
      await received.waitFor({ state: 'visible', timeout: 20_000 });
      return { pass: true, message: () => 'visible' };
    } catch (error) {
      return { pass: false, message: () => `not visible within 20 s: ${String(error).split('\n')[0]}` };
    }
  },
});
