import { describe, expect, it } from 'vitest';
import { byId, cell, child, ep, period, values } from './counts-fixtures.ts';
import { placementMixIndicators } from './placement-mix.ts';

// Collection year 2025: 1 April 2024 – 31 March 2025.
const timelines = [
  // m1: in-house foster care since 2023 → at 31 March (fostering in-house, PR1); no placement started this year.
  child('m1', [period([ep('01/01/2023', null)])]),
  // m2: IFA from 1 May 2024, moved (RNE P) to an external children's home 1 Sept → 2 starts; at 31 March residential.
  child('m2', [
    period([
      ep('01/05/2024', '01/09/2024', { place: 'U6', provider: 'PR4' }),
      ep('01/09/2024', null, { rne: 'P', place: 'K2', provider: 'PR4' }),
    ]),
  ]),
  // m4: placed with parents (P1, PR0) since January 2024.
  child('m4', [period([ep('01/01/2024', null, { place: 'P1', provider: 'PR0' })])]),
  // m5: supported accommodation (K3, PR4) from 1 March 2025; a legal-status change (RNE L) on 15 March is not a move.
  child('m5', [
    period([
      ep('01/03/2025', '15/03/2025', { place: 'K3', provider: 'PR4', ls: 'V2' }),
      ep('15/03/2025', null, { rne: 'L', place: 'K3', provider: 'PR4' }),
    ]),
  ]),
  // m6: a short break (V3) in an in-house home → no placement counted.
  child('m6', [period([ep('01/07/2024', '03/07/2024', { ls: 'V3', place: 'K2', rec: 'E8' })])]),
  // m7: "other" placement (Z1) with no provider recorded, from 1 October 2024.
  child('m7', [period([ep('01/10/2024', null, { place: 'Z1', provider: null })])]),
  // m8: kinship care twice (re-entry): 1 May – 1 June 2024, and from 1 Feb 2025 → 2 starts; kinship at 31 March.
  child('m8', [
    period([ep('01/05/2024', '01/06/2024', { place: 'U3', rec: 'E4A' })]),
    period([ep('01/02/2025', null, { place: 'U3' })]),
  ]),
  // m9: residential care home (R1, PR4) 1 April – 1 May 2024, then left → 1 start, not at 31 March.
  child('m9', [period([ep('01/04/2024', '01/05/2024', { place: 'R1', provider: 'PR4', rec: 'E8' })])]),
];

describe('placementMixIndicators (2024/25)', () => {
  const result = placementMixIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 });
  const nonZero = (id: string) =>
    Object.fromEntries(Object.entries(values(byId(result, id).cells)).filter(([, v]) => v !== 0));

  it('counts the 6 children at 31 March by the category of the placement they were in', () => {
    expect(nonZero('placements.by-category-at-31-march')).toEqual({
      'category=fostering-kinship': 1, // m8
      'category=fostering-in-house': 1, // m1
      'category=residential-external': 1, // m2
      'category=supported': 1, // m5
      'category=placed-with-parents': 1, // m4
      'category=other': 1, // m7
      '': 6,
    });
    // Every category is listed, empty ones as 0, for disclosure control and the chart.
    expect(cell(byId(result, 'placements.by-category-at-31-march').cells, { category: 'secure' }).value).toBe(
      0,
    );
  });

  it('by provider: in-house m1, m8; external m2, m5; parents m4; not recorded m7', () => {
    expect(values(byId(result, 'placements.by-provision-at-31-march').cells)).toEqual({
      'provision=in-house': 2,
      'provision=external': 2,
      'provision=parents': 1,
      'provision=not-recorded': 1,
      '': 6,
    });
  });

  it('gives shares of the 31 March total: 1 of 6 = 16.7%', () => {
    expect(
      cell(byId(result, 'placements.by-category-share-at-31-march').cells, { category: 'supported' }),
    ).toMatchObject({
      value: 16.7,
      numerator: 1,
      denominator: 6,
    });
  });

  it('counts the 7 placements started in the year (m2 twice, m8 twice on re-entry; not m5 on RNE L, not m6)', () => {
    expect(nonZero('placements.started-by-category')).toEqual({
      'category=fostering-kinship': 2,
      'category=fostering-ifa': 1,
      'category=residential-external': 1,
      'category=residential-other': 1,
      'category=supported': 1,
      'category=other': 1,
      '': 7,
    });
    expect(
      cell(byId(result, 'placements.started-by-category').cells, { category: 'fostering-kinship' }).childIds,
    ).toEqual(['m8']);
    expect(values(byId(result, 'placements.started-by-provision').cells)).toEqual({
      'provision=in-house': 2,
      'provision=external': 4,
      'provision=parents': 0,
      'provision=not-recorded': 1,
      '': 7,
    });
  });
});
