import { describe, expect, it } from 'vitest';
import { buildScrutinyReport } from './build-scrutiny-report.ts';
import { buildStatementDocument } from './build-statement-document.ts';
import { renderDocx } from './render-docx.ts';
import { STATEMENT_SECTIONS } from './statement-document.ts';
import { SMALL_FORECAST, smallCouncilInput } from './test-statement-input.ts';
import { unzip } from './test-zip.ts';

describe('renderDocx', () => {
  it('writes the headings as Heading 1, a contents field, tables and charts as PNG', async () => {
    const input = smallCouncilInput();
    input.forecast = { status: 'ok', forecast: SMALL_FORECAST };
    const files = unzip(await renderDocx(buildStatementDocument(input)));
    const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
    for (const { heading } of STATEMENT_SECTIONS) {
      const escaped = heading.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
      expect(xml).toMatch(
        new RegExp(`<w:pStyle w:val="Heading1"/>.*?<w:t[^>]*>${escaped.replace(/[()]/g, '\\$&')}</w:t>`),
      );
    }
    expect(xml.includes('TOC \\h \\o &quot;1-1&quot;')).toBe(true);
    expect(xml.includes('<w:tblHeader/>')).toBe(true);
    expect(
      xml.includes(
        'name="Children looked after, starting and ceasing, by year" descr="Children looked after at each 31 March',
      ),
    ).toBe(true);
    const pngs = [...files.keys()].filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(2);
    expect(
      files
        .get(pngs[0] as string)
        ?.subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    expect(xml.includes('childIds')).toBe(false);
  });

  it('writes the scrutiny report with "No strategy recorded" when there is none', async () => {
    const doc = buildScrutinyReport({
      council: { code: 'E06000016', name: 'Leicester' },
      editionDate: 20_000,
      strategy: null,
    });
    const xml =
      unzip(await renderDocx(doc))
        .get('word/document.xml')
        ?.toString('utf8') ?? '';
    expect(xml).toContain('Key performance indicators against target');
    expect(xml).toContain('No strategy recorded');
  });
});
