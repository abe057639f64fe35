import { describe, expect, it } from 'vitest';
import { buildTimelines } from '../src/care/index.ts';
import type { ReturnData } from '../src/care/timeline-types.ts';
import {
  computeTrend,
  findCell,
  INDICATOR_FAMILIES,
  type Indicator,
  type IndicatorYear,
} from '../src/indicators/index.ts';
import { generateCouncil, type SyntheticCouncil, syntheticReturnData, TARGETS } from '../src/synth/index.ts';
import { TEST_PLACES } from '../src/synth/test-places.ts';

/**
 * Recovery: on a synthetic council generated with known parameters (1,000 children, five years), the
 * indicators give back the generator's calibration targets within sampling error. The returns go straight
 * into timelines (their records already carry the domain field names), so this tests the indicators, not
 * the reader.
 */

/** A synthetic council's returns as timelines read them (records are already domain-shaped). */
function returnData(council: SyntheticCouncil): ReturnData[] {
  return council.returns.map(syntheticReturnData);
}

const council = generateCouncil(
  { councilCode: 'E06000016', children: 1000, years: 5, lastYear: 2026, seed: 11 },
  TEST_PLACES,
);
// Distance is not under test here: the test postcodes are not in the directory, so every place is unknown.
const timelines = buildTimelines(returnData(council), {
  councilCode: 'E06000016',
  locate: () => null,
  inArea: () => false,
});
const years: IndicatorYear[] = computeTrend(
  timelines,
  council.returns.map((r) => r.collectionYear),
  { councilCode: 'E06000016' },
);

function indicator(year: IndicatorYear, id: string): Indicator {
  const found = year.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id} in ${year.collectionYear}`);
  return found;
}

/** A pooled share over the five censuses: Σ children in the categories / Σ children at 31 March. */
function pooledShare(id: string, dimension: string, values: readonly string[]): number {
  let hit = 0;
  let all = 0;
  for (const year of years) {
    const i = indicator(year, id);
    all += findCell(i, {})?.value ?? 0;
    for (const v of values) hit += findCell(i, { [dimension]: v })?.value ?? 0;
  }
  return hit / all;
}

describe('indicators recover the synthetic council’s parameters (1,000 children, 5 years)', () => {
  it('computes every year loaded, each with the same indicators', () => {
    expect(years.map((y) => y.collectionYear)).toEqual([2022, 2023, 2024, 2025, 2026]);
    const ids = years[0]?.indicators.map((i) => i.id);
    for (const y of years) expect(y.indicators.map((i) => i.id)).toEqual(ids);
    // The stock starts near 1,000 (the generator's target for the census before the first year).
    const first = findCell(indicator(years[0] as IndicatorYear, 'population.looked-after-at-31-march'), {});
    expect(Math.abs((first?.value ?? 0) - 1000)).toBeLessThan(80);
  });

  // Tolerances as in the generator's own calibration test (src/synth/generate.test.ts): one census of
  // 1,000 children has a binomial sd of √(p(1−p)/1000) — 1.4 points at 28%, 0.9 at 10%, 0.5 at 2.5% — and
  // the five censuses share most children, so pooling them barely narrows it. ~3 sd: 4 points for shares
  // over 10%, 2.5 below, 1.5 for adoption. The generator's kinds map to categories as the 903 codes do:
  // IFA is U4–U6 not from the council (PR2–PR5), so it includes another council's carers; homes are K2.
  const MIX: [string, number, number, string[]][] = [
    ['in-house fostering', TARGETS.placementMix.fosterInHouse, 0.04, ['fostering-in-house']],
    ['IFA', TARGETS.placementMix.fosterIfa, 0.04, ['fostering-ifa', 'fostering-other-council']],
    ['kinship', TARGETS.placementMix.kinship, 0.04, ['fostering-kinship']],
    ['children’s homes', TARGETS.placementMix.homes, 0.04, ['residential-in-house', 'residential-external']],
    ['supported', TARGETS.placementMix.supported, 0.025, ['supported']],
    ['with parents', TARGETS.placementMix.parents, 0.025, ['placed-with-parents']],
    ['placed for adoption', TARGETS.placementMix.adoption, 0.015, ['adoption']],
  ];
  it.each(MIX)('placement mix at 31 March: %s ≈ %d (± %d)', (_name, target, tolerance, categories) => {
    const share = pooledShare('placements.by-category-at-31-march', 'category', categories);
    expect(Math.abs(share - target)).toBeLessThan(tolerance);
  });

  it('UASC ≈ 8% and male ≈ 56% of children at 31 March', () => {
    // UASC: sd at 8% ≈ 0.9 points → 2.5 allowed. Male: sd ≈ 1.6 points → 4 allowed.
    const uasc = pooledShare('profile.uasc-at-31-march', 'uasc', ['uasc']);
    expect(Math.abs(uasc - TARGETS.uascShare)).toBeLessThan(0.025);
    const male = pooledShare('profile.sex-at-31-march', 'sex', ['M']);
    expect(Math.abs(male - TARGETS.maleShare)).toBeLessThan(0.04);
  });

  it('starts each year ≈ 40% of the 31 March stock', () => {
    // Starts are a year's flow: ~400 a year, Poisson sd ≈ 20, plus the stock's own drift; 8 points allowed.
    let starts = 0;
    let stock = 0;
    for (const y of years) {
      starts += findCell(indicator(y, 'population.started-in-year'), {})?.value ?? 0;
      stock += findCell(indicator(y, 'population.looked-after-at-31-march'), {})?.value ?? 0;
    }
    expect(Math.abs(starts / stock - TARGETS.startsShare)).toBeLessThan(0.08);
  });
});

describe('leaving out children whose care does not touch the year', () => {
  it('changes no figure: every family on all timelines gives the same indicators, every year', () => {
    for (const { collectionYear, indicators } of years) {
      const input = { timelines, councilCode: 'E06000016', collectionYear };
      const unfiltered = INDICATOR_FAMILIES.flatMap((family) => family(input));
      const byId = new Map(unfiltered.map((i) => [i.id, i]));
      // England's figure is added after the families run; compare what the families computed.
      for (const i of indicators)
        expect({ ...i, england: undefined }, `${collectionYear} ${i.id}`).toEqual({
          ...byId.get(i.id),
          england: undefined,
        });
      expect(indicators).toHaveLength(unfiltered.length);
    }
  });
});
