import type { GridPoint } from './types.ts';

export const METRES_PER_MILE = 1609.344;

/**
 * Straight-line distance in miles between two National Grid points: sqrt(Δe² + Δn²) / 1609.344.
 *
 * ### Example
 * ```ts
 * distanceMiles({ easting: 0, northing: 0 }, { easting: 3000, northing: 4000 }) // 3.1069 (5 km)
 * ```
 */
export function distanceMiles(a: GridPoint, b: GridPoint): number {
  return Math.hypot(a.easting - b.easting, a.northing - b.northing) / METRES_PER_MILE;
}
