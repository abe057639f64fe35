import {
  type Ellipsoid,
  gridToLatLon,
  latLonToGrid,
  shiftDatum,
  type TransverseMercatorGrid,
} from './grid-projection.ts';
import type { GridPoint } from './types.ts';

const AIRY_1830: Ellipsoid = { a: 6377563.396, b: 6356256.909 };
const AIRY_MODIFIED: Ellipsoid = { a: 6377340.189, b: 6356034.447 };
const GRS80: Ellipsoid = { a: 6378137, b: 6356752.3141 };

/** Irish Grid on the Ireland 1965 datum (TM65, EPSG:29902), as ONSPD gives Northern Ireland postcodes. */
const IRISH_GRID: TransverseMercatorGrid = {
  ellipsoid: AIRY_MODIFIED,
  scale: 1.000035,
  originLatitude: 53.5,
  originLongitude: -8,
  falseEasting: 200_000,
  falseNorthing: 250_000,
};

/** British National Grid on OSGB36 (EPSG:27700). */
const NATIONAL_GRID: TransverseMercatorGrid = {
  ellipsoid: AIRY_1830,
  scale: 0.9996012717,
  originLatitude: 49,
  originLongitude: -2,
  falseEasting: 400_000,
  falseNorthing: -100_000,
};

/** Ireland 1965 → WGS84: OSi/OSNI published parameters (PROJ +towgs84 of EPSG:29902). */
const IRELAND_1965_TO_WGS84 = {
  tx: 482.53,
  ty: -130.596,
  tz: 564.557,
  rx: -1.042,
  ry: -0.214,
  rz: -0.631,
  ppm: 8.15,
};

/** WGS84 → OSGB36: Ordnance Survey published parameters (~5 m). */
const WGS84_TO_OSGB36 = {
  tx: -446.448,
  ty: 125.157,
  tz: -542.06,
  rx: -0.1502,
  ry: -0.247,
  rz: -0.8421,
  ppm: 20.4894,
};

/**
 * An Irish Grid reference (Northern Ireland postcodes in ONSPD) moved onto the British National Grid,
 * via WGS84, rounded to the metre. West of 8°W the easting is negative, which is fine for distances.
 *
 * ### Example
 * ```ts
 * irishGridToNationalGrid(334316, 374675) // BT1 1AA → { easting: 146778, northing: 530104 }
 * ```
 */
export function irishGridToNationalGrid(easting: number, northing: number): GridPoint {
  const irish = gridToLatLon(IRISH_GRID, easting, northing);
  const wgs84 = shiftDatum(irish, AIRY_MODIFIED, IRELAND_1965_TO_WGS84, GRS80);
  const osgb36 = shiftDatum(wgs84, GRS80, WGS84_TO_OSGB36, AIRY_1830);
  const grid = latLonToGrid(NATIONAL_GRID, osgb36);
  return { easting: Math.round(grid.easting), northing: Math.round(grid.northing) };
}
