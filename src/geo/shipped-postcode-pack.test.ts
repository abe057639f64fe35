import { describe, expect, it } from 'vitest';
import { distanceMiles } from './distance-miles.ts';
import { loadPostcodeDirectory } from './load-postcode-directory.ts';

// Expected coordinates are the rows of /work/shared/reference/uk-postcodes-onspd-2025-11.csv.gz
// (e.g. "LE2 0AA,459798.0,304619.0,E06000016"); BT1 1AA is converted from Irish Grid (334316, 374675).
describe('the shipped ONSPD November 2025 pack', () => {
  const directory = loadPostcodeDirectory();

  it('is labelled and holds the 2,696,397 postcodes with coordinates', () => {
    expect(directory.version).toBe('ONSPD November 2025');
    // 2,720,556 rows less 24,159 without coordinates.
    expect(directory.size).toBe(2_696_397);
  });

  it.each([
    ['LE2 0AA', 459798, 304619, 'E06000016'],
    ['B1  1AA', 406649, 286530, 'E08000025'],
    ['SW1A1AA', 529090, 179645, 'E09000033'],
    ['CA1 1RQ', 340404, 555534, 'E06000063'],
    ['CF101AA', 318284, 176230, 'W06000015'],
    ['EH1 1YZ', 325597, 673676, 'S12000036'],
    ['NPT 0AD', 331400, 188200, 'W06000022'],
    ['BT1 1AA', 146778, 530104, 'N09000003'],
  ])('locates %s', (postcode, easting, northing, district) => {
    expect(directory.locate(postcode)).toEqual({ postcode, easting, northing, district });
  });

  it('accepts any case and spacing', () => {
    expect(directory.locate('le20aa')?.postcode).toBe('LE2 0AA');
    expect(directory.locate(' b1 1aa ')?.postcode).toBe('B1  1AA');
    expect(directory.locate('sw1a 1aa')?.district).toBe('E09000033');
  });

  it('returns null for unknown, malformed and coordinate-less postcodes', () => {
    expect(directory.locate('ZZ9 9ZZ')).toBeNull();
    expect(directory.locate('LE2 0ZZ')).toBeNull();
    expect(directory.locate('not a postcode')).toBeNull();
    expect(directory.locate('')).toBeNull();
    // GY1 1AA (Guernsey) and AB11 3AG are in ONSPD without a grid reference.
    expect(directory.locate('GY1 1AA')).toBeNull();
    expect(directory.locate('AB11 3AG')).toBeNull();
  });

  it('lists the postcodes of a district', () => {
    const leicester = directory.postcodesInDistrict('E06000016');
    expect(leicester).toContain('LE2 0AA');
    expect(leicester).not.toContain('B1  1AA');
    expect(leicester.every((p) => directory.locate(p)?.district === 'E06000016')).toBe(true);
    expect(directory.postcodesInDistrict('E99999999')).toEqual([]);
  });

  it('puts each district centroid among its own postcodes', () => {
    const centroid = directory.districtCentroids().get('E06000016') ?? { easting: 0, northing: 0 };
    // Leicester is small: its centroid is within 3 miles of LE2 0AA in the city centre.
    expect(distanceMiles(centroid, { easting: 459798, northing: 304619 })).toBeLessThan(3);
  });
});
