import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTimelines } from '../src/care/index.ts';
import type { ReturnData } from '../src/care/timeline-types.ts';
import { ENGLAND_CSV_PATH, parseEnglandCsv } from '../src/indicators/comparators/index.ts';
import { computeTrend, type Indicator } from '../src/indicators/index.ts';
import { generateCouncil, syntheticReturnData } from '../src/synth/index.ts';
import { TEST_PLACES } from '../src/synth/test-places.ts';

/**
 * Every row of the shipped England table must name an indicator `computeIndicators` produces, and a cell
 * whose dimensions that indicator has: an orphan id (e.g. `population.started` for `population.started-in-year`)
 * would silently never be shown beside the council's figure.
 */
const council = generateCouncil(
  { councilCode: 'E06000016', children: 200, years: 2, lastYear: 2025, seed: 5 },
  TEST_PLACES,
);
const returns: ReturnData[] = council.returns.map(syntheticReturnData);
const timelines = buildTimelines(returns, {
  councilCode: 'E06000016',
  locate: () => null,
  inArea: () => false,
});
const produced = new Map<string, Indicator>();
for (const year of computeTrend(timelines, [2025], {
  councilCode: 'E06000016',
  population0to17: () => 70_000,
}))
  for (const i of year.indicators) produced.set(i.id, i);

describe('shipped England table (assets/comparators/england.csv)', () => {
  const { figures, problems } = parseEnglandCsv(readFileSync(ENGLAND_CSV_PATH, 'utf8'));

  it('parses without problems', () => {
    expect(problems).toEqual([]);
    expect(figures.length).toBeGreaterThan(0);
  });

  it('names only indicators that are computed, with cells in their dimensions', () => {
    const orphans = figures.flatMap((f) => {
      const indicator = produced.get(f.indicatorId ?? '');
      if (!indicator) return [`${f.indicatorId} (${f.year}): no such indicator`];
      const unknown = Object.keys(f.cell ?? {}).filter((d) => !indicator.dimensions.includes(d));
      return unknown.length ? [`${f.indicatorId}: no dimension ${unknown.join(', ')}`] : [];
    });
    expect(orphans).toEqual([]);
  });

  it('names cell categories the indicator labels or counts', () => {
    const strays = figures.flatMap((f) => {
      const indicator = produced.get(f.indicatorId ?? '');
      return Object.entries(f.cell ?? {}).flatMap(([d, v]) => {
        const known =
          indicator?.labels?.[d]?.[v] !== undefined || indicator?.cells.some((c) => c.key[d] === v);
        return known ? [] : [`${f.indicatorId}: ${d}=${v}`];
      });
    });
    expect(strays).toEqual([]);
  });
});
