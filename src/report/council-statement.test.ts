import { describe, expect, it } from 'vitest';
import { overviewYears } from '../app/index.ts';
import { day } from '../dates/index.ts';
import { episode, timelinesFor } from '../indicators/test-timelines.ts';
import { buildStatementDocument } from './build-statement-document.ts';
import { councilStatementInput } from './council-statement.ts';
import type { SectionProvider } from './section-provider.ts';

/**
 * Eight children in the 2025/26 return. A1–A7 are looked after on 31 March 2026 (A1–A3 started in the year,
 * on 1 June 2025); B1 started on 1 May 2025 and went home on 1 September 2025. So: 7 looked after at
 * 31 March, 4 started (A1–A3, B1), 1 ceased.
 */
const timelines = timelinesFor(2026, {
  ...Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].map((n) => [
      `A${n}`,
      { dob: '15/06/2012', episodes: [episode(`A${n}`, n <= 3 ? '01/06/2025' : '01/01/2024', null)] },
    ]),
  ),
  B1: {
    dob: '15/06/2012',
    episodes: [episode('B1', '01/05/2025', '01/09/2025', { reasonEnded: 'E13' })],
  },
});
const data = {
  councilCode: 'E06000016',
  key: 'test',
  timelines,
  byChild: new Map(timelines.map((t) => [t.childId, t])),
  years: overviewYears(timelines, [2026]),
  populationUnder18: [],
};

describe('councilStatementInput', () => {
  it('passes the council’s indicators without child ids, and its sections through the providers', async () => {
    const broken: SectionProvider = {
      section: 'costs',
      provide: () => Promise.reject(new Error('cost table missing')),
    };
    const input = await councilStatementInput(data, {
      council: { code: 'E06000016', name: 'Leicester' },
      asAt: day(2026, 11, 23),
      forecast: false,
      providers: [broken],
    });
    expect(input.years.map((y) => y.collectionYear)).toEqual([2026]);
    expect(JSON.stringify(input)).not.toContain('childIds');
    expect(JSON.stringify(input)).not.toContain('"A1"');
    expect(input.provided?.costs).toEqual({
      status: 'unavailable',
      reason: 'it could not be computed (cost table missing).',
    });

    const doc = buildStatementDocument(input);
    const figures = doc.sections.find((s) => s.id === 'children-looked-after')?.blocks[0];
    // 7 looked after is shown; 4 started is a count of 1–5: c.
    expect(figures?.kind === 'figures' && figures.figures.map((f) => f.value).slice(0, 3)).toEqual([
      '7',
      'x',
      'c',
    ]);
    const costs = doc.sections.find((s) => s.id === 'costs')?.blocks[0];
    expect(costs).toEqual({
      kind: 'note',
      text: 'Not available: it could not be computed (cost table missing).',
    });
  });

  it('reports only the years whose 31 March is on or before the edition date', async () => {
    const input = await councilStatementInput(data, {
      council: { code: 'E06000016', name: 'Leicester' },
      asAt: day(2026, 3, 30),
      forecast: false,
    });
    expect(input.years).toEqual([]);
  });
});
