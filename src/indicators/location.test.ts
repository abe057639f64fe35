import { describe, expect, it } from 'vitest';
import { buildTimelines, type LocatedPostcode } from '../care/index.ts';
import { episode, fullReturn } from '../care/test-fixtures.ts';
import { byId, cell, values } from './counts-fixtures.ts';
import { locationIndicators } from './location.ts';

// Real timelines from a 2024/25 return, with a postcode directory where HOME 1 is at (450000, 200000):
// NEAR 3 is 3 km east (1.86 miles); NORTH 19 is 32,026 m north = 19.90 miles; NORTH 20 is 32,348 m = 20.10
// miles, in another district; FAR 60 is 96,561 m = 60.0 miles, in Wales. The council is E06000001.
const GRID: Record<string, LocatedPostcode> = {
  'HOME 1': { easting: 450_000, northing: 200_000, district: 'E06000001' },
  'NEAR 3': { easting: 453_000, northing: 200_000, district: 'E06000001' },
  'NORTH 19': { easting: 450_000, northing: 232_026, district: 'E06000001' },
  'NORTH 20': { easting: 450_000, northing: 232_348, district: 'E07000002' },
  'FAR 60': { easting: 450_000, northing: 296_561, district: 'W06000015' },
};
const options = {
  councilCode: 'E06000001',
  locate: (postcode: string) => GRID[postcode] ?? null,
  inArea: (district: string) => district === 'E06000001',
};
const at = (placementPostcode: string | null, extra = {}) => ({ placementPostcode, ...extra });

const timelines = buildTimelines(
  [
    fullReturn(2025, [
      // l1: in-house foster carer 1.86 miles away.
      episode('l1', '01/01/2024', null, at('NEAR 3')),
      // l2: external children's home 19.9 miles away, in area; l3: the same 20.1 miles away, out of area.
      episode('l2', '01/01/2024', null, at('NORTH 19', { placementType: 'K2', provider: 'PR4' })),
      episode('l3', '01/01/2024', null, at('NORTH 20', { placementType: 'K2', provider: 'PR4' })),
      // l4: IFA carer in Wales, 60 miles away.
      episode('l4', '01/01/2024', null, at('FAR 60', { placementType: 'U6', provider: 'PR4' })),
      // l5: UASC-style, no postcodes at all → area and distance unknown.
      episode('l5', '01/01/2024', null, {
        homePostcode: null,
        placementPostcode: null,
        placementType: 'K3',
        provider: 'PR4',
      }),
      // l6: no home postcode, placement near → inside the area, distance unknown.
      episode('l6', '01/01/2024', null, { homePostcode: null, placementPostcode: 'NEAR 3' }),
      // l7: placement postcode not in the directory → both unknown.
      episode('l7', '01/01/2024', null, at('ZZ9 9ZZ')),
      // l8: foster carer nearby, a holiday (T2) 20–25 March, back to the same carer: one placement, in area.
      episode('l8', '01/01/2025', '20/03/2025', at('NEAR 3')),
      episode('l8', '20/03/2025', '25/03/2025', {
        reasonNewEpisode: 'P',
        placementType: 'T2',
        provider: null,
        placementPostcode: null,
      }),
      episode('l8', '25/03/2025', null, at('NEAR 3', { reasonNewEpisode: 'P' })),
      // l9: on a short break (V3) at 31 March, 60 miles away → not counted.
      episode('l9', '30/03/2025', null, at('FAR 60', { legalStatus: 'V3', placementType: 'K2' })),
    ]),
  ],
  options,
);

describe('locationIndicators (31 March 2025)', () => {
  const result = locationIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 });

  it("counts inside / outside the council's area, unknown as its own count", () => {
    const area = byId(result, 'location.area-at-31-march');
    // inside: l1, l2, l6, l8; outside: l3, l4; unknown: l5 (no postcode), l7 (not found).
    expect(values(area.cells)).toEqual({ 'area=inside': 4, 'area=outside': 2, 'area=unknown': 2, '': 8 });
    expect(area.unknown?.count).toBe(2);
    expect(cell(area.cells, { area: 'outside' }).childIds?.sort()).toEqual(['l3', 'l4']);
  });

  it('puts 19.9 miles within 20 and 20.1 miles beyond; missing postcodes are unknown, not 0', () => {
    const distance = byId(result, 'location.distance-at-31-march');
    // ≤ 20: l1, l2 (19.9), l8; > 20: l3 (20.1), l4 (60); unknown: l5, l6, l7.
    expect(values(distance.cells)).toEqual({
      'distance=up-to-20': 3,
      'distance=over-20': 2,
      'distance=unknown': 3,
      '': 8,
    });
    expect(cell(distance.cells, { distance: 'over-20' }).childIds?.sort()).toEqual(['l3', 'l4']);
    expect(distance.unknown?.count).toBe(3);
  });

  it('tabulates both by category, with the margins', () => {
    const byCategory = byId(result, 'location.distance-by-category-at-31-march');
    expect(
      cell(byCategory.cells, { category: 'residential-external', distance: 'up-to-20' }).childIds,
    ).toEqual(['l2']);
    expect(
      cell(byCategory.cells, { category: 'residential-external', distance: 'over-20' }).childIds,
    ).toEqual(['l3']);
    expect(cell(byCategory.cells, { category: 'residential-external' }).value).toBe(2);
    expect(cell(byCategory.cells, { distance: 'over-20' }).value).toBe(2);
    expect(cell(byCategory.cells, {}).value).toBe(8);
    // fostering in-house: l1, l6, l7, l8; area known for l1, l6, l8 (inside).
    const area = byId(result, 'location.area-by-category-at-31-march');
    expect(cell(area.cells, { category: 'fostering-in-house', area: 'inside' }).value).toBe(3);
    expect(cell(area.cells, { category: 'fostering-in-house', area: 'unknown' }).value).toBe(1);
  });

  it('gives percentages of the children whose location is known', () => {
    // Outside: 2 of the 6 with a known area = 33.3%; external homes 1 of 2 = 50%.
    const outside = byId(result, 'location.outside-area-share-at-31-march');
    expect(cell(outside.cells, {})).toMatchObject({ value: 33.3, numerator: 2, denominator: 6 });
    expect(cell(outside.cells, { category: 'residential-external' })).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    // Over 20 miles: 2 of the 5 with a known distance = 40%; IFA 1 of 1; a category with no one is unknown.
    const far = byId(result, 'location.over-20-miles-share-at-31-march');
    expect(cell(far.cells, {})).toMatchObject({ value: 40, numerator: 2, denominator: 5 });
    expect(cell(far.cells, { category: 'fostering-ifa' }).value).toBe(100);
    expect(cell(far.cells, { category: 'secure' })).toMatchObject({ value: null, denominator: 0 });
  });

  it('bands the distances, each band including its upper bound', () => {
    expect(values(byId(result, 'location.distance-band-at-31-march').cells)).toEqual({
      'distanceBand=0-5': 2, // l1, l8 at 1.86
      'distanceBand=5-10': 0,
      'distanceBand=10-20': 1, // l2 at 19.9
      'distanceBand=20-50': 1, // l3 at 20.1
      'distanceBand=50+': 1, // l4 at 60
      'distanceBand=unknown': 3,
      '': 8,
    });
  });

  it('counts children by placement district for a map, in code order, unknown last', () => {
    expect(values(byId(result, 'location.district-at-31-march').cells)).toEqual({
      'district=E06000001': 4,
      'district=E07000002': 1,
      'district=W06000015': 1,
      'district=unknown': 2,
      '': 8,
    });
  });
});
