import { describe, expect, it } from 'vitest';
import { type DocumentWithFigures, documentFigures } from './document-figures.ts';

// A two-section document written by hand: one headline block, one trend table with a suppressed cell.
const doc: DocumentWithFigures = {
  editionDate: '2026-11-23',
  coverage: 'Figures for the years 2024/25 to 2025/26',
  sections: [
    {
      id: 'children-looked-after',
      heading: 'Children looked after',
      narrative: '',
      blocks: [
        {
          kind: 'figures',
          figures: [
            { label: 'Children looked after at 31 March', value: '1,234' },
            { label: 'Rate per 10,000 children', value: '67 per 10,000' },
            { label: 'Median duration', value: '310.5 days' },
          ],
        },
        { kind: 'paragraph' },
      ],
    },
    {
      id: 'placements',
      heading: 'Placements',
      narrative: '',
      blocks: [
        {
          kind: 'table',
          table: {
            caption: 'Placements at 31 March',
            head: ['Placement', '2024/25', '2025/26'],
            rows: [
              { header: 'Secure', cells: ['c', '6'] },
              { header: 'Share in-house', cells: ['45%', '47%'] },
            ],
          },
        },
      ],
    },
  ],
};

describe('documentFigures', () => {
  const figures = documentFigures(doc);

  it('reads headline figures with their kind from the printed unit', () => {
    expect(figures.slice(0, 3).map((f) => [f.key, f.kind, f.value, f.period])).toEqual([
      ['children-looked-after|Children looked after at 31 March', 'count', 1234, doc.coverage],
      ['children-looked-after|Rate per 10,000 children', 'share', 67, doc.coverage],
      ['children-looked-after|Median duration', 'statistic', 310.5, doc.coverage],
    ]);
  });

  it('reads table cells keyed by caption, row and column, the period from a year column, flags as flags', () => {
    expect(figures.slice(3)).toEqual([
      {
        key: 'placements|Placements at 31 March|Secure|2024/25',
        label: 'Placements at 31 March: Secure, 2024/25',
        table: 'placements|Placements at 31 March',
        kind: 'count',
        period: '2024/25',
        display: 'c',
        value: null,
        flag: 'c',
      },
      expect.objectContaining({
        key: 'placements|Placements at 31 March|Secure|2025/26',
        value: 6,
        kind: 'count',
      }),
      expect.objectContaining({
        key: 'placements|Placements at 31 March|Share in-house|2024/25',
        value: 45,
        kind: 'share',
      }),
      expect.objectContaining({ key: 'placements|Placements at 31 March|Share in-house|2025/26', value: 47 }),
    ]);
  });
});
