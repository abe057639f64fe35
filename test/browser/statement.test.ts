import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReturn } from '../../src/store/index.ts';
import { generateCouncil, placesForCouncil, returnSources } from '../../src/synth/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import {
  hasChromium,
  type ServedApp,
  seriousAxeViolations,
  serveWithDemoUsers,
  signIn,
} from './browser-session.ts';

/**
 * A statement edition's journey in real Chromium: a commissioner writes a section and previews it, sends
 * it for review; an administrator (a second person) approves and publishes it; a provider, signed out,
 * opens the public page on a phone. axe-core scans every screen on the way.
 */
const A = 'E06000016'; // Leicester: the demo users' council

let t: TestDatabase;
let served: ServedApp | undefined;
let browser: Browser;
let base: string;

async function expectAxeClean(page: Page, where: string) {
  expect(await seriousAxeViolations(page), where).toEqual([]);
}

describe.skipIf(!hasChromium)('statement editions in Chromium', () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    const synthetic = generateCouncil(
      { councilCode: A, children: 120, years: 2, lastYear: 2025, seed: 21 },
      placesForCouncil(A),
    );
    for (const ret of synthetic.returns) {
      const result = await importReturn(t.db, {
        sources: returnSources(ret),
        councilCode: A,
        collectionYear: ret.collectionYear,
        importedBy: 'test',
      });
      expect(result.status).toBe('imported');
    }
    served = await serveWithDemoUsers(t.db, A);
    ({ base, browser } = served);
  }, 180_000);

  afterAll(async () => {
    await served?.close();
    await t?.close();
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    return context.newPage();
  }

  it('edit, preview, approve as a second person, publish, and read it signed out on a phone', async () => {
    const words = 'We want every child to live close to home, with people who know them.';

    // The commissioner starts edition 1 and writes the introduction.
    const cora = await newPage();
    await signIn(cora, base, 'demo-commissioner', 'demo-commissioner-2026');
    await cora.goto(`${base}/councils/${A}/statements`);
    await cora.getByRole('heading', { name: 'Sufficiency statements' }).waitFor();
    await expectAxeClean(cora, 'editions list');
    await cora.getByLabel('Title').fill('Sufficiency statement, autumn 2026');
    await cora.getByRole('button', { name: 'Start edition' }).click();
    await cora.getByRole('heading', { name: 'Edition 1: Sufficiency statement, autumn 2026' }).waitFor();
    const intro = cora.getByLabel('Your text for “Introduction and vision”');
    await intro.fill(words);
    await expect
      .poll(() => cora.locator('#narrative-introduction-count').textContent())
      .toBe(`You have ${(20_000 - words.length).toLocaleString('en-GB')} characters remaining`);
    await cora.getByRole('button', { name: 'Save “Introduction and vision”' }).click();
    await cora.getByText('Saved “Introduction and vision”').waitFor();
    await expectAxeClean(cora, 'edition page (draft)');

    // The preview shows the words in the rendered statement.
    await cora.getByRole('link', { name: 'Preview edition 1' }).click();
    const frame = cora.frameLocator('iframe[title="Preview of edition 1"]');
    await frame.getByText(words).waitFor();
    await expectAxeClean(cora, 'preview');

    await cora.getByRole('link', { name: 'Back to edition 1' }).click();
    await cora.getByRole('button', { name: 'Send for review' }).click();
    await cora.getByRole('button', { name: 'Yes, send for review' }).click();
    await cora
      .getByText('cannot approve', { exact: false })
      .or(cora.getByText('another person must approve it'))
      .waitFor();
    expect(await cora.getByRole('button', { name: 'Approve' }).count()).toBe(0); // four eyes

    // The administrator approves and publishes.
    const adam = await newPage();
    await signIn(adam, base, 'demo-admin', 'demo-admin-2026');
    await adam.goto(`${base}/councils/${A}/statements/1`);
    await adam.getByRole('button', { name: 'Approve' }).click();
    await adam.getByRole('button', { name: 'Yes, approve' }).click();
    await adam.getByRole('button', { name: 'Publish' }).waitFor();
    await expectAxeClean(adam, 'edition page (approved)');
    await adam.getByRole('button', { name: 'Publish' }).click();
    await adam.getByRole('button', { name: 'Yes, publish' }).click();
    await adam
      .locator('.summary-list .tag')
      .getByText('Published', { exact: true })
      .waitFor({ timeout: 60_000 });
    await adam.getByRole('link', { name: 'What changed since the last published edition' }).click();
    await adam.getByText('No edition has been published before this one').waitFor();
    await expectAxeClean(adam, 'changes');

    // A provider, not signed in, on a phone.
    const phone = await newPage({ width: 375, height: 740 });
    await phone.goto(`${base}/public/${A}/statements`);
    await phone.getByRole('heading', { name: 'Sufficiency statement, autumn 2026' }).waitFor();
    expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await expectAxeClean(phone, 'public page');
    await phone.getByRole('link', { name: 'Read edition 1 online' }).click();
    await phone.getByText(words).waitFor();
    expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
    const docx = await phone.request.get(`${base}/public/${A}/statements/1.docx`);
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK'); // a zip: the Word document
  }, 180_000);
});
