import { describe, expect, it } from 'vitest';
import type { ChildTimeline } from '../care/timeline-types.ts';
import { day } from '../dates/index.ts';
import type { IndicatorFamily } from '../indicators/index.ts';
import type { CouncilData } from './council-data-cache.ts';
import { councilIndicatorTrend, indicatorDrilldown, populationForYear } from './council-indicators.ts';

const child = (childId: string, sex: 'M' | 'F', dob: number) =>
  ({
    childId,
    sex,
    dob,
    ethnicity: null,
    uasc: null,
    periods: [],
    missing: [],
    observedUntil: 0,
    findings: [],
  }) as ChildTimeline;

const data: CouncilData = {
  councilCode: 'E1',
  key: 'k',
  timelines: [child('B', 'F', day(2010, 4, 1)), child('A', 'M', day(2015, 3, 31))],
  byChild: new Map(),
  years: [2024, 2025].map((collectionYear) => ({
    collectionYear,
    label: '',
    lookedAfterDuringYear: 0,
    lookedAfterAtCensus: 0,
    startedInYear: 0,
    ceasedInYear: 0,
  })),
  populationUnder18: [
    { year: 2022, population: 900 },
    { year: 2024, population: 1100 },
  ],
};
for (const t of data.timelines) data.byChild.set(t.childId, t);

// A family counting every child, headline and by sex, with the population in the definition.
const family: IndicatorFamily = (input) => [
  {
    id: 'population.all',
    theme: 'population',
    title: 'All',
    definition: `population ${input.population0to17}`,
    unit: 'children',
    collectionYear: input.collectionYear,
    dimensions: ['sex'],
    cells: [
      { key: {} as Record<string, string>, value: 2, childIds: ['B', 'A'] },
      { key: { sex: 'M' }, value: 1, childIds: ['A'] },
    ],
  },
];

describe('council indicators', () => {
  it('takes the mid-year estimate of the year the collection year starts in, else the nearest earlier', () => {
    // 2025 (year to 31/03/2025) → mid-2024: 1,100; 2024 → mid-2023: none, so mid-2022: 900; 2020 → earliest.
    expect(populationForYear(data.populationUnder18, 2025)).toBe(1100);
    expect(populationForYear(data.populationUnder18, 2024)).toBe(900);
    expect(populationForYear(data.populationUnder18, 2020)).toBe(900);
    expect(populationForYear([], 2025)).toBeUndefined();
  });

  it('gives a trend over the loaded years', () => {
    const { indicator, points } = councilIndicatorTrend(data, 'population.all', { sex: 'M' }, [family]);
    expect(indicator?.definition).toBe('population 1100');
    expect(points.map((p) => [p.collectionYear, p.value])).toEqual([
      [2024, 1],
      [2025, 1],
    ]);
  });

  it('lists the children behind a cell, sorted, with sex and age at 31 March', () => {
    // A born 31/03/2015 is 10 on 31/03/2025; B born 01/04/2010 is 14 (15 the next day).
    expect(indicatorDrilldown(data, 2025, 'population.all', {}, [family])).toMatchObject({
      status: 'ok',
      children: [
        { childId: 'A', sex: 'M', ageAtCensus: 10 },
        { childId: 'B', sex: 'F', ageAtCensus: 14 },
      ],
    });
    expect(indicatorDrilldown(data, 2025, 'population.all', { sex: 'X' }, [family]).status).toBe('no-cell');
    expect(indicatorDrilldown(data, 2025, 'nothing', {}, [family]).status).toBe('no-indicator');
  });
});
