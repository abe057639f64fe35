import { distanceMiles, type GridPoint } from '../geo/index.ts';
import type { OfstedGrade, Provider, ProviderType } from '../local/records.ts';

/** Distance from the council: each band includes its upper bound (20 miles is "0–20"), as DfE counts. */
export type DistanceBand = '0-20' | '20-50' | '50+' | 'unknown';

export const DISTANCE_BANDS: readonly DistanceBand[] = ['0-20', '20-50', '50+', 'unknown'];

export function distanceBand(miles: number | null): DistanceBand {
  if (miles === null) return 'unknown';
  if (miles <= 20) return '0-20';
  if (miles <= 50) return '20-50';
  return '50+';
}

export interface MarketCell {
  type: ProviderType;
  band: DistanceBand;
  grade: OfstedGrade | 'unknown';
  providers: number;
  /** Places of the providers that say how many they have. */
  places: number;
}

/**
 * Providers by type × distance band × Ofsted grade. Distance is straight-line from the council's centre
 * (the mean position of its postcodes) to the centre of the provider's postcode district (e.g. "LE4");
 * 'unknown' when the district is missing or not found. Cells with no providers are left out.
 *
 * ### Example
 * ```ts
 * providerMarket(local.providers, locateDistrict, councilCentre)
 * // [{ type: 'childrens-home', band: '0-20', grade: 'good', providers: 7, places: 26 }, …]
 * ```
 */
export function providerMarket(
  providers: readonly Provider[],
  locateDistrict: (postcodeDistrict: string) => GridPoint | null,
  centre: GridPoint | null,
): MarketCell[] {
  const cells = new Map<string, MarketCell>();
  for (const p of providers) {
    const point = p.postcodeDistrict === null ? null : locateDistrict(p.postcodeDistrict);
    const band = distanceBand(point && centre ? distanceMiles(centre, point) : null);
    const grade = p.ofstedGrade ?? 'unknown';
    const key = `${p.type}|${band}|${grade}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { type: p.type, band, grade, providers: 0, places: 0 };
      cells.set(key, cell);
    }
    cell.providers += 1;
    cell.places += p.places ?? 0;
  }
  return [...cells.values()].sort(
    (a, b) =>
      a.type.localeCompare(b.type) ||
      DISTANCE_BANDS.indexOf(a.band) - DISTANCE_BANDS.indexOf(b.band) ||
      a.grade.localeCompare(b.grade),
  );
}
