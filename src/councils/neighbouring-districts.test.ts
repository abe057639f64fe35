import { describe, expect, it } from 'vitest';
import type { DistrictCentroid } from '../geo/index.ts';
import { councilCentroid, neighbouringDistricts } from './neighbouring-districts.ts';

// A made-up map around Leicestershire (E10000018): two of its seven districts and three others.
// County centroid = postcode-weighted mean of E07000135 (100 postcodes at 0,0) and E07000129
// (300 at 8000,0) = (6000, 0). Distances from it: E07000135 6000 m = 3.73 mi, E07000129 2000 m = 1.24 mi,
// E06000016 at (6000, 8000) 8000 m = 4.97 mi, E06000017 at (6000, -20000) 20000 m = 12.43 mi,
// S12000036 at (30000, 0) 24000 m = 14.91 mi.
const CENTROIDS = new Map<string, DistrictCentroid>([
  ['E07000135', { easting: 0, northing: 0, postcodes: 100 }],
  ['E07000129', { easting: 8000, northing: 0, postcodes: 300 }],
  ['E06000016', { easting: 6000, northing: 8000, postcodes: 50 }],
  ['E06000017', { easting: 6000, northing: -20000, postcodes: 10 }],
  ['S12000036', { easting: 30000, northing: 0, postcodes: 10 }],
]);

describe('councilCentroid', () => {
  it('weights district centroids by their postcodes', () => {
    expect(councilCentroid(['E07000135', 'E07000129', 'E07000999'], CENTROIDS)).toEqual({
      easting: 6000,
      northing: 0,
    });
    expect(councilCentroid(['E07000999'], CENTROIDS)).toBeNull();
  });
});

describe('neighbouringDistricts', () => {
  it('lists districts within the radius of the council centroid, nearest first', () => {
    expect(neighbouringDistricts('E10000018', 1, CENTROIDS)).toEqual([]);
    expect(neighbouringDistricts('E10000018', 4, CENTROIDS)).toEqual(['E07000129', 'E07000135']);
    expect(neighbouringDistricts('855', 5, CENTROIDS)).toEqual(['E07000129', 'E07000135', 'E06000016']);
    expect(neighbouringDistricts('E10000018', 15, CENTROIDS)).toEqual([
      'E07000129',
      'E07000135',
      'E06000016',
      'E06000017',
      'S12000036',
    ]);
  });

  it('is empty for an unknown council', () => {
    expect(neighbouringDistricts('E99999999', 50, CENTROIDS)).toEqual([]);
  });

  it('finds Leicester’s ring of districts in the shipped pack', () => {
    // Leicester city, then Oadby and Wigston, Blaby and Charnwood (centroids 3–7 miles out).
    expect(neighbouringDistricts('E06000016', 8)).toEqual([
      'E06000016',
      'E07000135',
      'E07000129',
      'E07000130',
    ]);
  });
});
