import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { escapeXml } from './chart-svg.ts';
import { CHROMIUM_ARGS, ENABLE_PDF_HELP, findChromium } from './chromium.ts';
import { namedDestinationPages } from './pdf-destinations.ts';
import { renderHtml } from './render-html.ts';
import type { StatementDocument } from './statement-document.ts';

export type PdfResult =
  | { status: 'ok'; pdf: Uint8Array; pages: number; sectionPages: Record<string, number> }
  | { status: 'no-chromium'; message: string };

export interface PdfOptions {
  /** A Chromium executable (default: SUFFICIENCY_CHROMIUM, else /usr/bin/chromium). */
  chromiumPath?: string;
  /** A browser already running (e.g. shared by a server), used instead of launching one. */
  browser?: Browser;
}

/**
 * The document as a tagged (accessible) A4 PDF printed by Chromium from `renderHtml`: real headings in the
 * structure tree, bookmarks, page numbers in the footer and a contents page with each section's page.
 * Two passes: the first PDF's named destinations (one per section id) give each section's page, the second
 * prints them in the contents (checked again, and once more if adding them moved anything).
 * Without Chromium it returns `no-chromium` with how to enable PDF.
 */
export async function renderPdf(doc: StatementDocument, options: PdfOptions = {}): Promise<PdfResult> {
  const executablePath =
    options.chromiumPath === undefined
      ? findChromium()
      : existsSync(options.chromiumPath)
        ? options.chromiumPath
        : null;
  if (!options.browser && !executablePath) return { status: 'no-chromium', message: ENABLE_PDF_HELP };
  const browser =
    options.browser ??
    (await chromium.launch({ executablePath: executablePath as string, args: CHROMIUM_ARGS }));
  try {
    const page = await browser.newPage();
    const print = async (pageNumbers?: Record<string, number>) => {
      await page.setContent(renderHtml(doc, pageNumbers ? { pageNumbers } : {}), { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      return page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer(doc),
        margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      });
    };
    let sectionPages = sectionPagesOf(doc, await print());
    let pdf = await print(sectionPages);
    for (let pass = 0; pass < 2; pass++) {
      const after = sectionPagesOf(doc, pdf);
      if (sameNumbers(after, sectionPages)) break;
      sectionPages = after;
      pdf = await print(sectionPages);
    }
    await page.close();
    const pages = Math.max(0, ...namedDestinationPages(pdf).values(), pageCount(pdf));
    return { status: 'ok', pdf, pages, sectionPages };
  } finally {
    if (!options.browser) await browser.close();
  }
}

/** Each section's first page (and the definitions'), from the PDF's named destinations `s-<id>`. */
function sectionPagesOf(doc: StatementDocument, pdf: Uint8Array): Record<string, number> {
  const dests = namedDestinationPages(pdf);
  const out: Record<string, number> = {};
  for (const id of [...doc.sections.map((s) => s.id), 'definitions']) {
    const page = dests.get(`s-${id}`);
    if (page !== undefined) out[id] = page;
  }
  return out;
}

function sameNumbers(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/g)?.length ?? 0
  );
}

/** Chromium's footer template: its own styles (it does not inherit the page's), the page number of the total. */
function footer(doc: StatementDocument): string {
  const title = escapeXml(`${doc.council.name} · ${doc.title} · ${doc.editionLabel}`);
  return `<div style="font-family:Arial,Helvetica,sans-serif;font-size:8pt;color:#505a5f;width:100%;padding:0 16mm;display:flex;justify-content:space-between"><span>${title}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
