import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSyntheticCouncil } from '../../src/app/index.ts';
import { generateCouncil, placesForCouncil } from '../../src/synth/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import {
  hasChromium,
  type ServedApp,
  seriousAxeViolations,
  serveWithDemoUsers,
  signIn,
} from './browser-session.ts';

/**
 * The forecast in real Chromium: an analyst opens the Forecast page of the demo council (a smaller synthetic
 * version of it: 150 children, five returns, so the test stays quick), sees the fan chart and its table, the
 * reference period and the backtest, builds and saves a scenario in plain terms, compares it with the
 * baseline; axe-core finds no serious or critical violation.
 */
const A = 'E06000016';
const SCENARIO = 'More teenagers in residential';

let t: TestDatabase;
let served: ServedApp | undefined;
let browser: Browser;
let base: string;

async function expectAxeClean(page: Page, screen: string) {
  expect({ screen, violations: await seriousAxeViolations(page) }).toEqual({ screen, violations: [] });
}

describe.skipIf(!hasChromium)('forecast in Chromium', () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    const council = generateCouncil(
      { councilCode: A, children: 150, years: 5, lastYear: 2026, seed: 2026, growth: 0.02 },
      placesForCouncil(A),
    );
    // Its local data too: where its care leavers live gives the care-leaver panel.
    await importSyntheticCouncil(t.db, council, {
      places: placesForCouncil(A),
      localDataSeed: 2026,
      importedBy: 'demo',
    });
    served = await serveWithDemoUsers(t.db, A);
    ({ base, browser } = served);
  }, 180_000);

  afterAll(async () => {
    await served?.close();
    await t?.close();
  });

  it('shows the fan chart and table, saves a scenario and compares it, with no accessibility violations', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, base, 'demo-analyst', 'demo-analyst-2026');
    await page.getByRole('link', { name: 'Forecast', exact: true }).click();
    await page.getByRole('heading', { name: 'Demand forecast', level: 1 }).waitFor();
    const need = page.getByRole('heading', { name: 'Children looked after: recorded and forecast' });
    await need.waitFor({ timeout: 120_000 });

    // The fan chart (an SVG image with a description) and its table: five recorded years, five forecast.
    const chart = page.getByRole('img', { name: /^Fan chart: All placements on each 31 March/ });
    await expect(chart.locator('svg').count()).resolves.toBe(1);
    const table = page.locator('table', { hasText: 'All placements: children on 31 March' });
    await expect(table.locator('tbody tr').count()).resolves.toBe(10);
    await expect(table.getByRole('rowheader', { name: '31/03/2031' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Placement type').selectOption('residential');
    await page
      .locator('table', { hasText: 'Residential (children’s homes, secure): children on 31 March' })
      .waitFor();
    await expect(page.getByText(/chosen by the backtest/).isVisible()).resolves.toBe(true);
    // The demo council has care leavers' accommodation data: care leavers in supported accommodation, 5 years.
    const leavers = page.locator('table', {
      hasText: 'Care leavers aged 18 to 20 in supported accommodation: median (80% range)',
    });
    await expect(leavers.locator('tbody tr').count()).resolves.toBe(5);
    // Girls and boys apart: run again with sex strata; the assumptions say so.
    await page.getByLabel('Rates of their own for').selectOption('uasc-sex');
    await page.getByRole('button', { name: 'Run the forecast' }).click();
    await page.getByText(/whether the child is UASC \(girls and boys apart\)/).waitFor({ timeout: 120_000 });
    await expect(
      page.getByRole('heading', { name: 'How well it would have done: the backtest' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page
        .getByText(/below 1 means better than no change/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expectAxeClean(page, 'forecast');

    // Build a scenario in plain terms: 5 more children a month aged 10–15 into residential from 1 October 2026.
    await page.getByLabel('Kind of change').selectOption('extra-entries');
    await page.getByLabel('Extra children a month').fill('5');
    await page.getByLabel('Aged from').fill('10');
    await page.getByLabel('Aged to').fill('15');
    await page.getByLabel('Into').selectOption('residential');
    await page.getByLabel('From', { exact: true }).fill('2026-10-01');
    await page.getByRole('button', { name: 'Add this change' }).click();
    await page.getByText('5 more children a month aged 10–15 enter residential from 01/10/2026.').waitFor();
    // And the user's own figure for entries from April 2027.
    await page.getByLabel('Kind of change').selectOption('entries-level');
    await page.getByLabel('Children entering care a month').fill('30');
    await page.getByLabel('From', { exact: true }).fill('2027-04-01');
    await page.getByRole('button', { name: 'Add this change' }).click();
    await page
      .getByText(
        "Entries are 30 a month from 01/04/2027, in place of the reference period's level and trend.",
      )
      .waitFor();
    await page.getByLabel('Scenario name').fill(SCENARIO);
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.getByText(`Scenario “${SCENARIO}” saved.`).waitFor();
    await page.getByLabel(`Compare “${SCENARIO}”`).check();
    await page.getByRole('button', { name: 'Compare with the baseline' }).click();
    await page
      .getByRole('heading', { name: 'Baseline and scenarios compared' })
      .waitFor({ timeout: 120_000 });
    const compared = page.locator('table', { hasText: 'Children looked after on 31 March' });
    await expect(compared.getByRole('columnheader', { name: SCENARIO }).isVisible()).resolves.toBe(true);
    await expect(compared.getByRole('columnheader', { name: 'Baseline' }).isVisible()).resolves.toBe(true);
    await expectAxeClean(page, 'forecast with a comparison');
  }, 300_000);
});
