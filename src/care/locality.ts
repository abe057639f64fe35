/** Where a postcode is: OS grid easting/northing in metres and its ONS district. */
export interface LocatedPostcode {
  easting: number;
  northing: number;
  district: string;
}

export type LocatePostcode = (postcode: string) => LocatedPostcode | null;

const METRES_PER_MILE = 1609.344;

/** Straight-line distance in miles between two grid points (the DfE "miles from home" measure). */
export function distanceMiles(a: LocatedPostcode, b: LocatedPostcode): number {
  return Math.hypot(a.easting - b.easting, a.northing - b.northing) / METRES_PER_MILE;
}

/** A placement's distance from home and whether it is in the council's area; null where unknown. */
export interface PlacementLocality {
  distanceMiles: number | null;
  inArea: boolean | null;
  /** ONS district of the placement postcode; null when unknown. */
  district: string | null;
}

/**
 * Resolves postcodes to locality, remembering each answer: the same few thousand postcodes recur across
 * hundreds of thousands of placements, and the directory lookup normalises strings each time.
 */
export function localityResolver(
  locate: LocatePostcode,
  inArea: (district: string) => boolean,
): (homePostcode: string | null, placementPostcode: string | null) => PlacementLocality {
  const cache = new Map<string, LocatedPostcode | null>();
  const find = (postcode: string | null): LocatedPostcode | null => {
    if (postcode === null || postcode.trim() === '') return null;
    let found = cache.get(postcode);
    if (found === undefined) {
      found = locate(postcode);
      cache.set(postcode, found);
    }
    return found;
  };
  return (homePostcode, placementPostcode) => {
    const home = find(homePostcode);
    const placed = find(placementPostcode);
    return {
      // Unknown is null, never 0: UASC and short-break children often have no postcodes.
      distanceMiles: home && placed ? distanceMiles(home, placed) : null,
      inArea: placed ? inArea(placed.district) : null,
      district: placed?.district ?? null,
    };
  };
}
