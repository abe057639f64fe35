import { describe, expect, it } from 'vitest';
import { distanceMiles } from './distance-miles.ts';

describe('distanceMiles', () => {
  it('is the grid distance in metres over 1609.344', () => {
    // 3-4-5 triangle: 5000 m / 1609.344 = 3.106856 miles.
    expect(distanceMiles({ easting: 0, northing: 0 }, { easting: 3000, northing: 4000 })).toBeCloseTo(
      3.106856,
      6,
    );
    // Exactly one mile due north.
    expect(distanceMiles({ easting: 10, northing: 20 }, { easting: 10, northing: 1629.344 })).toBeCloseTo(
      1,
      12,
    );
  });

  it('LE2 0AA to B1 1AA by hand', () => {
    // Δe = 459798 − 406649 = 53149, Δn = 304619 − 286530 = 18089;
    // √(53149² + 18089²) = √3152028122 = 56142.93 m = 34.8856 miles.
    const leicester = { easting: 459798, northing: 304619 };
    const birmingham = { easting: 406649, northing: 286530 };
    expect(distanceMiles(leicester, birmingham)).toBeCloseTo(34.8856, 4);
    expect(distanceMiles(birmingham, leicester)).toBe(distanceMiles(leicester, birmingham));
  });
});
