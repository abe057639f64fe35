import { describe, expect, it } from 'vitest';
import { buildTimelines } from './build-timelines.ts';
import { distanceMiles, type LocatedPostcode, localityResolver } from './locality.ts';
import { episode, fullReturn } from './test-fixtures.ts';

// A mile is 1609.344 m. 19.9 miles = 32,025.95 m and 20.1 miles = 32,347.81 m: placements 32,026 m and
// 32,348 m due north of home are 19.90003 and 20.10011 miles, either side of the DfE "> 20 miles" line.
const HOME: LocatedPostcode = { easting: 450_000, northing: 200_000, district: 'E06000001' };
const grid: Record<string, LocatedPostcode> = {
  'HOME 1': HOME,
  'NORTH 19': { easting: 450_000, northing: 232_026, district: 'E06000001' },
  'NORTH 20': { easting: 450_000, northing: 232_348, district: 'E07000002' },
};
const locate = (postcode: string) => grid[postcode] ?? null;
const inArea = (district: string) => district === 'E06000001';

describe('distance and area', () => {
  it('measures straight-line miles on the grid', () => {
    // 3-4-5 triangle: 3,000 m east and 4,000 m north is 5,000 m = 3.107 miles.
    const there = { easting: 453_000, northing: 204_000, district: 'X' };
    expect(distanceMiles(HOME, there)).toBeCloseTo(3.10686, 5);
  });

  it('puts 19.9 and 20.1 miles either side of 20', () => {
    const resolve = localityResolver(locate, inArea);
    const near = resolve('HOME 1', 'NORTH 19');
    const far = resolve('HOME 1', 'NORTH 20');
    expect(near.distanceMiles).toBeCloseTo(19.9, 4);
    expect(far.distanceMiles).toBeCloseTo(20.1, 3);
    expect([(near.distanceMiles ?? 0) > 20, (far.distanceMiles ?? 0) > 20]).toEqual([false, true]);
    expect([near.inArea, far.inArea]).toEqual([true, false]);
  });

  it('gives null, never 0, when either postcode is missing or unknown; area needs only the placement', () => {
    const resolve = localityResolver(locate, inArea);
    const unknown = { distanceMiles: null, inArea: null, district: null };
    expect(resolve(null, 'NORTH 19')).toEqual({ distanceMiles: null, inArea: true, district: 'E06000001' });
    expect(resolve('HOME 1', null)).toEqual(unknown);
    expect(resolve('HOME 1', 'ZZ9 9ZZ')).toEqual(unknown);
    expect(resolve('', '  ')).toEqual(unknown);
  });

  it('looks each postcode up once', () => {
    const asked: string[] = [];
    const resolve = localityResolver((p) => {
      asked.push(p);
      return locate(p);
    }, inArea);
    resolve('HOME 1', 'NORTH 19');
    resolve('HOME 1', 'NORTH 19');
    resolve('HOME 1', 'ZZ9 9ZZ');
    resolve('HOME 1', 'ZZ9 9ZZ');
    expect(asked).toEqual(['HOME 1', 'NORTH 19', 'ZZ9 9ZZ']);
  });

  it('flows into placements: a UASC child with no postcodes has unknown distance and area', () => {
    const timelines = buildTimelines(
      [
        fullReturn(2024, [
          episode('C1', '01/05/2023', null, { homePostcode: 'HOME 1', placementPostcode: 'NORTH 20' }),
          episode('U1', '01/05/2023', null, {
            homePostcode: null,
            placementPostcode: null,
            categoryOfNeed: 'N8',
          }),
        ]),
      ],
      { councilCode: 'E06000001', locate, inArea },
    );
    const placements = timelines.map((t) => t.periods[0]?.placements[0]);
    expect(placements.map((p) => p?.inArea)).toEqual([false, null]);
    expect(placements[0]?.distanceMiles).toBeCloseTo(20.1, 3);
    expect(placements[1]?.distanceMiles).toBeNull();
  });
});
