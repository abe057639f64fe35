import { describe, expect, it } from 'vitest';
import type { Indicator } from '../indicators/index.ts';
import { buildStatementDocument } from './build-statement-document.ts';
import { STATEMENT_SECTIONS, type StatementDocument } from './statement-document.ts';
import type { AggregateYear } from './statement-input.ts';
import { smallCouncilInput } from './test-statement-input.ts';

/** Every text a reader sees in a document's figures, tables and charts' tables. */
function publishedTexts(doc: StatementDocument): string[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) => {
      if (b.kind === 'figures') return b.figures.map((f) => f.value);
      const table = b.kind === 'table' ? b.table : b.kind === 'chart' ? b.chart.table : null;
      return table ? table.rows.flatMap((r) => r.cells) : [];
    }),
  );
}

function section(doc: StatementDocument, id: string) {
  const found = doc.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

describe('buildStatementDocument', () => {
  const doc = buildStatementDocument(smallCouncilInput());

  it('has every section of a typical statement, in order, with the council’s narrative', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual(STATEMENT_SECTIONS.map((s) => s.heading));
    expect(section(doc, 'introduction').narrative).toContain('**loving home**');
    expect(doc.editionLabel).toBe('23 November 2026');
    expect(doc.coverage).toBe('Figures for the years 2024/25 to 2025/26, as at 31 March each year.');
  });

  it('shows the hand-counted headline figures', () => {
    const figures = section(doc, 'children-looked-after').blocks.find((b) => b.kind === 'figures');
    expect(figures?.kind === 'figures' && figures.figures.slice(0, 3).map((f) => [f.label, f.value])).toEqual(
      [
        ['Children looked after at 31 March', '23'],
        ['Rate per 10,000 children under 18', '46 per 10,000'],
        ['Started to be looked after in the year', '12'],
      ],
    );
    const local = section(doc, 'local-context').blocks[0];
    expect(local?.kind === 'figures' && local.figures[0]?.value).toBe('5,000');
  });

  it('shows a count of 3 as c, and hides the 20 beside it so the total 23 cannot reveal it', () => {
    const sex = section(doc, 'local-context').blocks.find((b) => b.kind === 'table');
    expect(sex?.kind === 'table' && sex.table.rows).toEqual([
      { header: 'Female', cells: ['c'] },
      { header: 'Male', cells: ['c'] },
      { header: 'Total', cells: ['23'] },
    ]);
    const texts = publishedTexts(doc);
    expect(texts).toContain('c');
    // Nowhere in the document: neither the 3s nor the 20s that would give them away.
    expect(texts).not.toContain('3');
    expect(texts).not.toContain('20');
  });

  it('says why the forecast and the sections awaiting other modules are not there', () => {
    expect(section(doc, 'forecast-demand').blocks).toEqual([
      {
        kind: 'note',
        text: 'Not available: the forecast could not be produced (too few children to estimate rates).',
      },
    ]);
    expect(section(doc, 'strategy-progress').blocks[0]).toMatchObject({
      text: expect.stringMatching(/^No strategy recorded/),
    });
    expect(section(doc, 'supply').blocks[0]).toMatchObject({
      kind: 'note',
      text: expect.stringMatching(/^Not available/),
    });
  });

  it('discloses a provided table: a 3 places cell is c, with complements so the totals do not reveal it', () => {
    const input = smallCouncilInput();
    input.provided = {
      supply: {
        status: 'ok',
        blocks: [
          {
            kind: 'counts',
            caption: 'In-house places by type',
            unitLabel: 'Home',
            columns: ['Places'],
            rows: [
              { label: 'Fostering', values: [40] },
              { label: 'Residential', values: [3] },
              { label: 'Supported', values: [12] },
            ],
            totals: true,
          },
        ],
      },
    };
    const supply = section(buildStatementDocument(input), 'supply').blocks[0];
    // Column total 55 shown; Residential 3 hidden and the smallest other row (12) with it, in both columns.
    expect(supply?.kind === 'table' && supply.table.rows).toEqual([
      { header: 'Fostering', cells: ['40', '40'] },
      { header: 'Residential', cells: ['c', 'c'] },
      { header: 'Supported', cells: ['c', 'c'] },
      { header: 'Total', cells: ['55', '55'] },
    ]);
  });

  it('takes no child-level data: an indicator still carrying child ids does not type-check', () => {
    const withIds: Indicator = {
      ...(smallCouncilInput().years[0]?.indicators[0] as Indicator),
      cells: [{ key: {}, value: 1, childIds: ['C1'] }],
    };
    // @ts-expect-error childIds are not allowed in a document's input
    const year: AggregateYear = { collectionYear: 2026, indicators: [withIds] };
    expect(year.collectionYear).toBe(2026);
  });
});
