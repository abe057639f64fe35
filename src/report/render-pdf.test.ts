import { describe, expect, it } from 'vitest';
import { buildStatementDocument } from './build-statement-document.ts';
import { findChromium } from './chromium.ts';
import { namedDestinationPages } from './pdf-destinations.ts';
import { renderPdf } from './render-pdf.ts';
import { smallCouncilInput } from './test-statement-input.ts';

const doc = buildStatementDocument(smallCouncilInput());

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
  it.skipIf(findChromium() === null)(
    'prints a tagged PDF whose contents page numbers are the pages the sections start on',
    async () => {
      const result = await renderPdf(doc);
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
});
