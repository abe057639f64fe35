import { describe, expect, it } from 'vitest';
import type { SurveySummary } from '../plan/index.ts';
import { publishBlock } from './sections/provided.ts';
import { surveyBlocks } from './voice-provider.ts';

/**
 * "I feel safe where I live": children 12 agree and 3 disagree (15), care leavers 9 and 6 (15); a third
 * group of 4 respondents was left out by the summary (under 5) but counts in All: 23 agree, 11 disagree.
 * The 3 is a count of 1–5 (c), and its complements with it.
 */
const summary: SurveySummary = {
  respondents: 34,
  responses: 40,
  groups: ['Children in care', 'Care leavers', 'Parents'],
  questions: [
    {
      kind: 'scale',
      question: 'I feel safe where I live',
      options: ['Agree', 'Disagree'],
      groups: [
        {
          group: 'Children in care',
          respondents: 15,
          suppressed: false,
          counts: [
            { option: 'Agree', count: 12, percent: 80 },
            { option: 'Disagree', count: 3, percent: 20 },
          ],
        },
        {
          group: 'Care leavers',
          respondents: 15,
          suppressed: false,
          counts: [
            { option: 'Agree', count: 9, percent: 60 },
            { option: 'Disagree', count: 6, percent: 40 },
          ],
        },
        { group: 'Parents', respondents: null, suppressed: true, counts: [] },
      ],
      all: {
        group: 'All',
        respondents: 34,
        suppressed: false,
        counts: [
          { option: 'Agree', count: 23, percent: 67.6 },
          { option: 'Disagree', count: 11, percent: 32.4 },
        ],
      },
    },
    {
      kind: 'text',
      question: 'What would make your home better?',
      responses: 6,
      tagged: 6,
      themes: [{ theme: 'Closer to school', count: 6 }],
      quotes: [{ id: 1, text: 'Living near my friends', group: 'Children in care' }],
    },
  ],
};

describe('surveyBlocks', () => {
  const blocks = surveyBlocks('Bright Spots 2026', summary).map((b, i) => publishBlock(`voice.${i}`, b));

  it('shows answers by group with the 3 suppressed and the totals kept safe', () => {
    const table = blocks[1];
    if (table?.kind !== 'table') throw new Error('expected a table');
    expect(table.table.head).toEqual(['Answer', 'Children in care', 'Care leavers', 'All respondents']);
    expect(table.table.rows).toEqual([
      { header: 'Agree', cells: ['c', '9', '23'] },
      { header: 'Disagree', cells: ['c', '6', '11'] },
      { header: 'Total', cells: ['15', '15', '34'] },
    ]);
    expect(table.table.notes).toContain(
      '1 group(s) with fewer than 5 respondents are included in "All respondents" only.',
    );
  });

  it('lists the themes and the approved quotes', () => {
    expect(blocks.slice(2).map((b) => b.kind)).toEqual(['paragraph', 'table', 'list']);
    expect(blocks[4]).toEqual({ kind: 'list', items: ['“Living near my friends” (Children in care)'] });
  });
});
