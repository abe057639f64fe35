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
 * The supply screens in real Chromium, on a small synthetic council (150 children, 3 returns, its local data
 * from the generator): a commissioner reads carers, homes, market and requests; on the gap screen applies a
 * capacity scenario (10 more enhanced carers a year and a 6-bed home) and sees external cost fall beside the
 * baseline; on the plan screen saves two versions with different block thresholds, sees them listed and views
 * the differences; a viewer sees counts and totals but no child-level rows and cannot save. axe-core finds no serious or critical violation on any of the six screens.
 */
const A = 'E06000016';

let t: TestDatabase;
let served: ServedApp | undefined;
let browser: Browser;
let base: string;

async function loadSmallCouncil(db: TestDatabase['db']) {
  const places = placesForCouncil(A);
  const synthetic = generateCouncil(
    { councilCode: A, children: 150, years: 3, lastYear: 2026, seed: 61, growth: 0.02 },
    places,
  );
  await importSyntheticCouncil(db, synthetic, { places, localDataSeed: 61, importedBy: 'test' });
}

async function expectAxeClean(page: Page, screen: string) {
  expect({ screen, violations: await seriousAxeViolations(page) }).toEqual({ screen, violations: [] });
}

/** Pounds in a cell such as "−£276,136" or "£1,234" as a number. */
function pounds(text: string): number {
  const n = Number(text.replace(/[£,\s]/g, '').replace('−', '-'));
  if (Number.isNaN(n)) throw new Error(`not an amount: ${text}`);
  return n;
}

describe.skipIf(!hasChromium)('supply screens in Chromium', () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    await loadSmallCouncil(t.db);
    served = await serveWithDemoUsers(t.db, A);
    ({ base, browser } = served);
  }, 180_000);

  afterAll(async () => {
    await served?.close();
    await t?.close();
  });

  it('shows carers, homes, market and requests with tables beside the charts', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, base, 'demo-commissioner', 'demo-commissioner-2026');
    await page.getByRole('link', { name: 'Supply', exact: true }).click();
    await page.getByRole('heading', { name: 'In-house foster carers', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'In-house fostering places on each 31 March' }).waitFor();
    await page.getByRole('table', { name: /Households on .* and deregistrations .* by carer age/ }).waitFor();
    await page.getByRole('table', { name: 'Projected in-house fostering places (usable)' }).waitFor();
    await expectAxeClean(page, 'carers');

    const nav = page.getByRole('navigation', { name: 'Supply' });
    await nav.getByRole('link', { name: 'Homes' }).click();
    await page.getByRole('heading', { name: 'In-house homes', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'In-house homes: open, in the pipeline and closed' }).waitFor();
    await expectAxeClean(page, 'homes');

    await nav.getByRole('link', { name: 'Market' }).click();
    await page.getByRole('heading', { name: 'The market', level: 1 }).waitFor();
    await page
      .getByRole('table', { name: 'Providers (and places) by type, distance band and Ofsted grade' })
      .waitFor();
    // A commissioner may see children: the top-cost placements are listed child by child.
    await page.getByRole('table', { name: /costliest current external placements/ }).waitFor();
    await expectAxeClean(page, 'market');

    await nav.getByRole('link', { name: 'Requests' }).click();
    await page.getByRole('heading', { name: 'Placement requests', level: 1 }).waitFor();
    await page.getByRole('table', { name: /Placement requests by outcome/ }).waitFor();
    await expectAxeClean(page, 'requests');
  }, 120_000);

  it('shows a viewer counts and totals, no child-level rows and no way to save the plan', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, base, 'demo-viewer', 'demo-viewer-2026');
    await page.goto(`${base}/councils/${A}/supply/market`);
    await page.getByRole('table', { name: /Current external placements by weekly cost/ }).waitFor();
    await page.getByText(/only roles that may see children’s records see them listed/).waitFor();
    await expect(
      page.getByRole('table', { name: /costliest current external placements/ }).count(),
    ).resolves.toBe(0);
    await page.goto(`${base}/councils/${A}/supply/plan`);
    await page.getByRole('heading', { name: 'Saved versions', level: 2 }).waitFor({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Save as a new version' }).count()).resolves.toBe(0);
  }, 120_000);

  it('applies a capacity scenario on the gap screen and shows external cost falling', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, base, 'demo-commissioner', 'demo-commissioner-2026');
    await page.goto(`${base}/councils/${A}/supply/gap`);
    await page.getByRole('heading', { name: 'The gap', level: 1 }).waitFor();
    const totals = page.getByRole('table', { name: 'External cost of the gap by year, all categories' });
    await totals.waitFor({ timeout: 60_000 });
    await expect(totals.locator('tbody tr').count()).resolves.toBe(5);
    for (const category of [
      'Fostering',
      'Residential (children’s homes)',
      'Supported accommodation',
      'Other placements',
    ])
      await expect(
        page
          .getByRole('table', { name: `${category}: the gap by year` })
          .locator('tbody tr')
          .count(),
      ).resolves.toBe(5);

    // An empty scenario is refused with the GOV.UK error summary.
    await page.getByRole('button', { name: 'Show the effect' }).click();
    await page.getByRole('alert').getByText('Enter carers to recruit or a home to open').waitFor();

    await page.getByLabel('Name of the scenario (optional)').fill('More in-house');
    await page.getByLabel('Households a year').fill('10');
    await page.getByLabel('Approval type').selectOption('enhanced');
    await page.getByLabel('Beds').fill('6');
    await page.getByLabel('Opens on').fill('2026-10-01');
    await page.getByLabel('Name of the home (optional)').fill('Oak House');
    await page.getByRole('button', { name: 'Show the effect' }).click();
    await page.getByRole('heading', { name: 'Effect of “More in-house”' }).waitFor({ timeout: 60_000 });
    await page.getByText('Recruit 10 more enhanced foster carer households a year').waitFor();
    await page.getByText(/Open Oak House: a 6-bed children.s home on 01\/10\/2026/).waitFor();
    await page.getByText(/External cost over 5 years falls by £[\d,]+ \(P50\)\./).waitFor();

    // Side by side: every year's scenario cost is at most the baseline's, and the total change is negative.
    const comparison = page.getByRole('table', { name: 'External cost a year: baseline and scenario' });
    const rows = await comparison.locator('tbody tr').all();
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const cells = await row.locator('td').allInnerTexts();
      expect(pounds(cells[1] ?? '')).toBeLessThanOrEqual(pounds(cells[0] ?? ''));
    }
    const total = await comparison.locator('tfoot td').allInnerTexts();
    expect(pounds(total[2] ?? '')).toBeLessThan(0);
    await expectAxeClean(page, 'gap with a scenario');
  }, 120_000);

  it('saves plan versions, lists them and shows the differences', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, base, 'demo-commissioner', 'demo-commissioner-2026');
    await page.goto(`${base}/councils/${A}/supply/plan`);
    await page.getByRole('heading', { name: 'Commissioning plan', level: 1 }).waitFor();
    await page
      .getByRole('table', { name: '2026/27: commissioning plan by placement type' })
      .waitFor({ timeout: 60_000 });
    await page.getByText('No version of the plan has been saved yet.').waitFor();

    await page.getByLabel('Note').fill('Draft for the commissioning board');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText('Version 1 of the plan is saved: “Draft for the commissioning board”.').waitFor();

    // A second version with dearer children's homes: residential costs change, nothing else.
    await page.getByLabel('Note').fill('Dearer homes');
    await page.getByLabel('Residential (children’s homes)').fill('9000');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText('Version 2 of the plan is saved: “Dearer homes”.').waitFor();

    const versions = page.getByRole('table', { name: 'Saved versions of the plan, newest first' });
    await versions.getByRole('row', { name: /Version 2 .*Dearer homes/ }).waitFor();
    await versions.getByRole('row', { name: /Version 1 .*Draft for the commissioning board/ }).waitFor();
    await expectAxeClean(page, 'plan with versions');

    await page.getByLabel('Compare version').selectOption('1');
    await page.getByLabel('with version').selectOption('2');
    await page.getByRole('button', { name: 'Show differences' }).click();
    await page.getByRole('heading', { name: 'Changes from version 1 to version 2' }).waitFor();
    const diff = page.getByRole('table', { name: /What changed from version 1 to version 2/ });
    await diff.waitFor();
    const categories = await diff.locator('tbody tr th').allInnerTexts();
    expect(categories.length).toBeGreaterThan(0);
    expect(categories.every((c) => c.includes('Residential'))).toBe(true);
    await diff
      .getByRole('row', { name: /External cost \(P50\)/ })
      .first()
      .waitFor();
    await expectAxeClean(page, 'plan differences');

    // A saved version can be opened on its own.
    await versions.getByRole('link', { name: 'View version 1' }).click();
    await page.getByRole('heading', { name: 'Version 1 of the plan', level: 2 }).waitFor();
    await page
      .getByRole('table', { name: '2026/27: commissioning plan by placement type, version 1' })
      .waitFor();
  }, 120_000);
});
