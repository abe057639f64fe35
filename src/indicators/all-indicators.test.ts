import { describe, expect, it } from 'vitest';
import {
  cellKeyText,
  computeIndicators,
  computeTrend,
  findCell,
  type IndicatorFamily,
  indicatorTrend,
  withoutChildIds,
} from './all-indicators.ts';
import type { Indicator } from './indicator.ts';

/** A fake family: one indicator per year whose headline is the year's last two digits and the population. */
const fake =
  (theme: Indicator['theme'], id: string): IndicatorFamily =>
  (input) => [
    {
      id,
      theme,
      title: id,
      definition: 'test',
      unit: 'children',
      collectionYear: input.collectionYear,
      dimensions: ['sex'],
      cells: [
        { key: {} as Record<string, string>, value: input.collectionYear % 100, childIds: ['A', 'B'] },
        { key: { sex: 'M' }, value: input.population0to17 ?? null, childIds: ['A'] },
      ],
      england: input.collectionYear === 2025 ? 50 : null,
    },
  ];

describe('computeIndicators / computeTrend', () => {
  it('runs every family and orders the indicators by theme', () => {
    const out = computeIndicators({ timelines: [], councilCode: 'E1', collectionYear: 2025 }, [
      fake('equality', 'equality.x'),
      fake('population', 'population.x'),
      fake('placements', 'placements.x'),
    ]);
    expect(out.map((i) => i.id)).toEqual(['population.x', 'placements.x', 'equality.x']);
  });

  it('computes each year (sorted) with that year’s population, and reads one cell’s trend', () => {
    const families = [fake('population', 'population.x')];
    const years = computeTrend([], [2025, 2024], {
      councilCode: 'E1',
      population0to17: (y) => (y === 2025 ? 1000 : undefined),
      families,
    });
    expect(years.map((y) => y.collectionYear)).toEqual([2024, 2025]);
    // Headline: 24 then 25 (the fake's year % 100); England only for 2025.
    expect(indicatorTrend(years, 'population.x')).toEqual([
      { collectionYear: 2024, value: 24, england: null },
      { collectionYear: 2025, value: 25, england: 50 },
    ]);
    // The male cell is the population: unknown in 2024, 1,000 in 2025.
    expect(indicatorTrend(years, 'population.x', { sex: 'M' }).map((p) => p.value)).toEqual([null, 1000]);
    expect(indicatorTrend(years, 'nothing').map((p) => p.value)).toEqual([null, null]);
  });

  it('finds a cell whatever the key order, and strips child ids', () => {
    expect(cellKeyText({ sex: 'M', ageBand: '1-4' })).toBe('{"ageBand":"1-4","sex":"M"}');
    const [indicator] = fake('population', 'p')({ timelines: [], councilCode: 'E1', collectionYear: 2025 });
    expect(findCell(indicator as Indicator, { sex: 'M' })?.childIds).toEqual(['A']);
    expect(findCell(indicator as Indicator, { sex: 'F' })).toBeUndefined();
    expect(JSON.stringify(withoutChildIds(indicator as Indicator))).not.toContain('childIds');
  });
});
