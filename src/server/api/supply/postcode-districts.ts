import { existsSync, readFileSync } from 'node:fs';
import { councilCentroid } from '../../../councils/index.ts';
import {
  type GridPoint,
  installedPostcodePackPath,
  loadPostcodeDirectory,
  SHIPPED_POSTCODE_PACK,
} from '../../../geo/index.ts';
// The pack's columns are read directly: the directory in src/geo locates whole postcodes, not districts.
import { readPostcodePack } from '../../../geo/postcode-pack-reader.ts';

let centroids: Map<string, GridPoint> | null = null;

/**
 * The centre of each postcode district ("LE4", "SW1A": the outward code), the mean position of its
 * postcodes, from the postcode pack in use. Read once per process (about half a second).
 */
export function postcodeDistrictCentroids(): ReadonlyMap<string, GridPoint> {
  if (centroids) return centroids;
  const installed = installedPostcodePackPath();
  const c = readPostcodePack(readFileSync(existsSync(installed) ? installed : SHIPPED_POSTCODE_PACK));
  const result = new Map<string, GridPoint>();
  c.outwards.forEach((outward, i) => {
    const start = c.outwardStart[i] ?? 0;
    const end = c.outwardStart[i + 1] ?? start;
    if (end <= start) return;
    let easting = 0;
    let northing = 0;
    for (let k = start; k < end; k++) {
      easting += c.easting[k] ?? 0;
      northing += c.northing[k] ?? 0;
    }
    result.set(outward.trim(), { easting: easting / (end - start), northing: northing / (end - start) });
  });
  centroids = result;
  return result;
}

/** Locates a postcode district written any way ("le4", " LE4 "); null when unknown. */
export function locatePostcodeDistrict(district: string): GridPoint | null {
  return postcodeDistrictCentroids().get(district.trim().toUpperCase()) ?? null;
}

/** The council's centre: the mean position of all postcodes in its districts; null when unknown. */
export function councilCentre(districts: readonly string[]): GridPoint | null {
  return councilCentroid(districts, loadPostcodeDirectory().districtCentroids());
}
