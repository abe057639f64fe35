import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoUsers } from '../../src/auth/index.ts';
import { writeLocalCsv } from '../../src/local/index.ts';
import { SMALL_LOCAL_DATA } from '../../src/local/test-fixtures.ts';
import { buildServer } from '../../src/server/index.ts';
import { ensureWebBuild } from '../../src/server/web-build.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { hasChromium, launchChromium, seriousAxeViolations, signIn } from './browser-session.ts';

/** The local data screen in Chromium: a bad file shows its row and column; a good one is listed. */
const A = 'E06000016'; // Leicester: the demo users' council

let t: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;

describe.skipIf(!hasChromium)('local data page in Chromium', () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    await ensureDemoUsers(t.db, A);
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

  it('rejects a bad file with its row and column, then lists a good one', async () => {
    const page = await browser.newPage();
    await signIn(page, base, 'demo-analyst', 'demo-analyst-2026');
    await page.getByRole('link', { name: 'Local data' }).click();
    await page.getByRole('heading', { name: 'Local data', level: 1 }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Row 3 of the budget: "fosterng" is not a category.
    const bad = 'financial_year,category,amount\n2025,fostering,100\n2025,fosterng,100\n';
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('budget.csv was not imported: 1 problem to fix').waitFor();
    expect(await summary.textContent()).toContain(
      'budget.csv row 3, category: not an allowed value "fosterng"',
    );
    const findings = page.getByRole('table', { name: /Problems in the file/ });
    expect(await findings.getByRole('row').nth(1).textContent()).toBe(
      '3categoryfosterngbudget.csv row 3, category: not an allowed value "fosterng" (expected one of fostering, residential, supported, other, care-leavers)Did you mean fostering? Use one of the listed codes.',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);

    const good = writeLocalCsv('budget', SMALL_LOCAL_DATA.budget);
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByText("budget.csv is now the council's placement budget: 2 rows imported.").waitFor();
    const row = page.getByRole('row', { name: /Placement budget/ });
    await row.getByText('budget.csv').waitFor(); // the list reloads after the notice
    expect(await row.getByRole('cell').nth(0).textContent()).toContain('budget.csv');
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('2');

    await page.getByRole('link', { name: 'Columns of placement costs' }).click();
    await page.getByRole('heading', { name: 'Placement costs: columns' }).waitFor();
    expect(await page.getByRole('row', { name: /social_care_share/ }).textContent()).toContain('Yes');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
