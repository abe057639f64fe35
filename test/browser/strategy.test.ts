import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoUsers } from '../../src/auth/index.ts';
import { importSmallReturn } from '../../src/server/api/test-app.ts';
import { buildServer } from '../../src/server/index.ts';
import { ensureWebBuild } from '../../src/server/web-build.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { hasChromium, launchChromium, seriousAxeViolations, signIn } from './browser-session.ts';

/**
 * The strategy in real Chromium: a commissioner seeds the priorities, adds an action due in 10 days (amber),
 * records progress with evidence, sees the RAG and the history, adds a KPI and imports a survey; axe-core
 * finds no serious or critical violation on any of the screens.
 */
const A = 'E06000016';
const ACTION = 'Recruit 20 enhanced foster carers';

let t: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;

function isoInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function expectAxeClean(page: Page, screen: string) {
  expect({ screen, violations: await seriousAxeViolations(page) }).toEqual({ screen, violations: [] });
}

describe.skipIf(!hasChromium)('strategy in Chromium', () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    await importSmallReturn(t.db, A);
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

  it('adds an action, records an update, shows its RAG and history, with no accessibility violations', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, base, 'demo-commissioner', 'demo-commissioner-2026');
    await page.getByRole('link', { name: 'Strategy', exact: true }).click();
    await page.getByRole('heading', { name: 'Sufficiency strategy', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Start with the six usual priorities' }).click();
    await page.getByRole('heading', { name: '3. More in-house foster carers' }).waitFor();

    // Add an action due in 10 days: the suggested rating is amber.
    await page.getByText('Add an action to “More in-house foster carers”').click();
    const form = page.locator('details[open] form');
    await form.getByLabel('Action').fill(ACTION);
    await form.getByLabel('Owner (optional)').fill('Head of fostering');
    await form.getByLabel('Due date (optional)').fill(isoInDays(10));
    await form.getByLabel('Status').selectOption('in-progress');
    await form.getByRole('button', { name: 'Add action' }).click();
    const row = page.getByRole('row', { name: new RegExp(ACTION) });
    await row.waitFor();
    await expect(row.getByText('Amber', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(row.getByText(/Suggested from the dates: Due within 30 days/).isVisible()).resolves.toBe(
      true,
    );

    // Record progress with evidence.
    await page.getByText(`Progress on “${ACTION}” (0 updates)`).click();
    const progress = page.locator('details[open]').filter({ hasText: `Progress on “${ACTION}”` });
    await progress.getByLabel('Progress', { exact: true }).fill('Six households approved at panel');
    await progress.getByLabel('Evidence (optional)', { exact: true }).fill('Panel minutes');
    await progress
      .getByLabel('Link to the evidence (optional)')
      .fill('https://intranet.example.gov.uk/panel');
    await progress.getByRole('button', { name: 'Record update' }).click();
    await page.getByText(`Progress on “${ACTION}” (1 update)`).waitFor();
    await page.getByText('Six households approved at panel').waitFor();
    await expectAxeClean(page, 'strategy');

    // The history shows both changes, newest first, with who made them.
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'Strategy history', level: 1 }).waitFor();
    const updateRow = page.getByRole('row', { name: /Progress update: Six households approved at panel/ });
    await updateRow.waitFor();
    await expect(updateRow.getByText('demo-commissioner').isVisible()).resolves.toBe(true);
    await page.getByRole('row', { name: new RegExp(`Action: ${ACTION}`) }).waitFor();
    await expectAxeClean(page, 'history');

    // A KPI entered by hand: its chart and table.
    await page.getByRole('link', { name: 'KPIs' }).click();
    await page.getByRole('heading', { name: 'Key performance indicators', level: 1 }).waitFor();
    await page.getByLabel('What it measures').fill('Fostering households');
    await page.getByLabel('Figures (optional)').fill('2026-03-31 107');
    await page.getByLabel('Baseline', { exact: true }).fill('100');
    await page.getByLabel('Baseline date').fill('2025-03-31');
    await page.getByLabel('Target', { exact: true }).fill('120');
    await page.getByLabel('Target date').fill('2027-03-31');
    await page.getByLabel('Tolerance').fill('5');
    await page.getByRole('button', { name: 'Add KPI' }).click();
    await page.getByRole('heading', { name: /Fostering households/, level: 2 }).waitFor();
    await page.getByRole('table', { name: 'Fostering households: actual and trajectory' }).waitFor();
    await expectAxeClean(page, 'kpis');

    // A survey: imported, then summarised.
    await page.getByRole('link', { name: 'Surveys' }).click();
    await page.getByLabel('Title').fill('Children in care 2026');
    const csv = [
      'question,response,respondent group',
      ...Array(6).fill('I feel safe,Agree,Children'),
      'Anything else?,More visits home,Children',
    ].join('\n');
    await page
      .getByLabel('Survey file (.csv)')
      .setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import survey' }).click();
    await page.getByText('Children in care 2026: 7 responses imported.').waitFor();
    await expectAxeClean(page, 'surveys');
    await page.getByRole('link', { name: 'Children in care 2026' }).click();
    await page.getByRole('heading', { name: 'I feel safe' }).waitFor();
    await page.getByRole('table', { name: /Answers by respondent group/ }).waitFor();
    await expectAxeClean(page, 'survey');
  }, 120_000);
});
