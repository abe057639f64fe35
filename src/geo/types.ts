/** A point on the British National Grid, metres (OSGB36, EPSG:27700). */
export interface GridPoint {
  easting: number;
  northing: number;
}

/** Mean position of a district's postcodes and how many there are. */
export interface DistrictCentroid extends GridPoint {
  postcodes: number;
}

/** A postcode located on the British National Grid (metres) with its local authority district. */
export interface PostcodeLocation {
  /** Normalised 7-character form, e.g. "LE2 0AA", "B1  1AA". */
  postcode: string;
  easting: number;
  northing: number;
  /** ONS district code (E06…, E07…, E08…, E09…, W06…, S12…, N09…). */
  district: string;
}

/**
 * The postcode directory as the rest of the product sees it. Loaded once from the compact pack
 * shipped in the repository (or a newer ONSPD a council imports).
 */
export interface PostcodeDirectory {
  /** Version label, e.g. "ONSPD November 2025". */
  version: string;
  /** Accepts any spacing and case; null when unknown or without coordinates. */
  locate(postcode: string): PostcodeLocation | null;
  /** Postcodes in the given districts (for the synthetic generator). */
  postcodesInDistrict(district: string): string[];
}
