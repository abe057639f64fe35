import axe from 'axe-core';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStatementDocument } from './build-statement-document.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { namedDestinationPages } from './pdf-destinations.ts';
import { renderHtml } from './render-html.ts';
import { renderPdf } from './render-pdf.ts';
import { smallCouncilInput } from './test-statement-input.ts';

const doc = buildStatementDocument(smallCouncilInput());
const executablePath = findChromium();
let browser: Browser | undefined;
beforeAll(async () => {
  if (executablePath) browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});
afterAll(() => browser?.close());

describe('renderPdf', () => {
  it('says how to enable PDF when there is no Chromium', async () => {
    expect(findChromium({ SUFFICIENCY_CHROMIUM: '/nowhere/chromium' })).toBeNull();
    const result = await renderPdf(doc, { chromiumPath: '/nowhere/chromium' });
    expect(result).toEqual({
      status: 'no-chromium',
      message: expect.stringContaining('apt-get install chromium'),
    });
    expect(result.status === 'no-chromium' && result.message).toContain('SUFFICIENCY_CHROMIUM');
  });

  // One Chromium run (two print passes): Chromium starts in about a second.
  it.skipIf(executablePath === null)(
    'prints a tagged PDF whose contents page numbers are the pages the sections start on',
    async () => {
      const result = await renderPdf(doc, browser ? { browser } : {});
      if (result.status !== 'ok') throw new Error(result.message);
      const text = Buffer.from(result.pdf).toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      // Tagged: a structure tree with the document's h1 and one h2 per section (+ contents, definitions).
      expect(text).toContain('/StructTreeRoot');
      expect(text.match(/\/S \/H1\b/g)).toHaveLength(1);
      expect(text.match(/\/S \/H2\b/g)).toHaveLength(14);
      // Cover on page 1, contents on 2, then each section on a new page in order.
      expect(result.sectionPages.introduction).toBe(3);
      const pages = Object.values(result.sectionPages);
      expect(pages).toHaveLength(13);
      for (let i = 1; i < pages.length; i++) expect(pages[i]).toBeGreaterThan(pages[i - 1] as number);
      // The numbers printed (second pass) are where the sections are in the final PDF.
      const final = namedDestinationPages(result.pdf);
      expect(final.get('s-placements')).toBe(result.sectionPages.placements);
      expect(result.pages).toBeGreaterThanOrEqual(15);
    },
    30_000,
  );

  // One Chromium for both tests: the HTML the PDF is printed from, on a phone, scanned with axe-core.
  it.skipIf(executablePath === null)(
    'has no accessibility violations on a phone (axe-core, WCAG 2.2 AA)',
    async () => {
      const page = await (browser as Browser).newPage({ viewport: { width: 375, height: 800 } });
      await page.setContent(renderHtml(doc));
      await page.evaluate(axe.source);
      const result = await page.evaluate(() => {
        // Runs inside the page, where axe and document exist (this file is compiled without DOM types).
        const inPage = globalThis as unknown as { axe: typeof axe; document: Parameters<typeof axe.run>[0] };
        return inPage.axe.run(inPage.document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        });
      });
      expect(result.violations.map((v) => `${v.impact} ${v.id}`)).toEqual([]);
      // Readable on a phone: nothing wider than the screen.
      const width = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
            .documentElement.scrollWidth,
      );
      expect(width).toBe(375);
      await page.close();
    },
  );
});
