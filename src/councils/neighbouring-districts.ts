import { type DistrictCentroid, distanceMiles, type GridPoint, loadPostcodeDirectory } from '../geo/index.ts';
import { findCouncil } from './council-registry.ts';

/**
 * Districts whose postcode centroid lies within `radiusMiles` of the council's centroid (the mean of
 * all postcodes in its districts), nearest first. The synthetic generator uses it to place children
 * "in and around" a council. Unknown council → []. Centroids default to the shipped postcode pack.
 *
 * ### Example
 * ```ts
 * neighbouringDistricts('E06000016', 5) // ['E06000016', 'E07000135', 'E07000129', …] (Leicester, Oadby and Wigston, Blaby…)
 * ```
 */
export function neighbouringDistricts(
  councilCode: string,
  radiusMiles: number,
  centroids: ReadonlyMap<string, DistrictCentroid> = loadPostcodeDirectory().districtCentroids(),
): string[] {
  const council = findCouncil(councilCode);
  if (council === null) return [];
  const centre = councilCentroid(council.districts, centroids);
  if (centre === null) return [];
  return [...centroids]
    .map(([district, point]) => ({ district, miles: distanceMiles(centre, point) }))
    .filter((d) => d.miles <= radiusMiles)
    .sort((a, b) => a.miles - b.miles || a.district.localeCompare(b.district))
    .map((d) => d.district);
}

/** Postcode-weighted mean of the districts' centroids: the mean position of all their postcodes. */
export function councilCentroid(
  districts: readonly string[],
  centroids: ReadonlyMap<string, DistrictCentroid>,
): GridPoint | null {
  let count = 0;
  let easting = 0;
  let northing = 0;
  for (const district of districts) {
    const c = centroids.get(district);
    if (c === undefined) continue;
    count += c.postcodes;
    easting += c.easting * c.postcodes;
    northing += c.northing * c.postcodes;
  }
  return count === 0 ? null : { easting: easting / count, northing: northing / count };
}
