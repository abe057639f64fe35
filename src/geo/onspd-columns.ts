/** Where the fields we need sit in an ONSPD-style header row. */
export interface OnspdColumns {
  postcode: number;
  easting: number;
  northing: number;
  district: number;
}

// Our reference extract, the ONSPD before 2025 (pcd, oseast1m, osnrth1m, oslaua) and the renamed
// ONSPD from 2025 (pcd7, east1m, north1m, lad25cd …), in order of preference.
const POSTCODE = ['postcode', 'pcd7', 'pcd', 'pcds', 'pcd8', 'pcd2'];
const EASTING = ['easting', 'east1m', 'oseast1m'];
const NORTHING = ['northing', 'north1m', 'osnrth1m'];
const DISTRICT = ['lad_code', 'oslaua', 'laua'];
const DATED_DISTRICT = /^lad(\d\d)cd$/;

export type OnspdColumnsResult =
  | { status: 'found'; columns: OnspdColumns }
  | { status: 'rejected'; message: string };

/**
 * Finds the postcode, grid reference and district columns by name (case-insensitive). A dated district
 * column (`lad25cd`, `lad26cd` …) counts when no undated one exists; the latest year wins.
 *
 * ### Example
 * ```ts
 * findOnspdColumns(['pcd7', 'pcd8', 'pcds', 'east1m', 'north1m', 'lad25cd'])
 * // { status: 'found', columns: { postcode: 0, easting: 3, northing: 4, district: 5 } }
 * ```
 */
export function findOnspdColumns(header: readonly string[]): OnspdColumnsResult {
  const names = header.map((h) =>
    h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const pick = (candidates: string[]) => {
    for (const c of candidates) {
      const i = names.indexOf(c);
      if (i >= 0) return i;
    }
    return -1;
  };
  const columns = {
    postcode: pick(POSTCODE),
    easting: pick(EASTING),
    northing: pick(NORTHING),
    district: pick(DISTRICT) >= 0 ? pick(DISTRICT) : latestDatedDistrict(names),
  };
  const missing = Object.entries(columns)
    .filter(([, i]) => i < 0)
    .map(([field]) => field);
  if (missing.length > 0) {
    return {
      status: 'rejected',
      message: `missing column for ${missing.join(', ')}: header has ${names.slice(0, 12).join(', ')}${names.length > 12 ? ', …' : ''} (expected e.g. pcd7/pcd, east1m/oseast1m, north1m/osnrth1m, lad25cd/oslaua)`,
    };
  }
  return { status: 'found', columns };
}

function latestDatedDistrict(names: string[]): number {
  let best = -1;
  let bestYear = -1;
  names.forEach((name, i) => {
    const year = DATED_DISTRICT.exec(name)?.[1];
    if (year !== undefined && Number(year) > bestYear) {
      bestYear = Number(year);
      best = i;
    }
  });
  return best;
}
