/**
 * Transverse Mercator grids and datum shifts, after Ordnance Survey, "A guide to coordinate systems in
 * Great Britain" (annexes B and C). Used only to bring Northern Ireland postcodes (Irish Grid) onto the
 * British National Grid so every distance compares; ~5 m accuracy, far inside what miles need.
 */

export interface Ellipsoid {
  /** Semi-major axis, metres. */
  a: number;
  /** Semi-minor axis, metres. */
  b: number;
}

export interface TransverseMercatorGrid {
  ellipsoid: Ellipsoid;
  /** Scale factor on the central meridian. */
  scale: number;
  /** True origin, degrees. */
  originLatitude: number;
  originLongitude: number;
  /** False origin, metres. */
  falseEasting: number;
  falseNorthing: number;
}

/** A geodetic position in radians on some ellipsoid. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Seven-parameter Helmert shift in the position-vector convention (as OS and PROJ +towgs84 use it). */
export interface HelmertShift {
  tx: number;
  ty: number;
  tz: number;
  /** Rotations in arc seconds. */
  rx: number;
  ry: number;
  rz: number;
  /** Scale change in parts per million. */
  ppm: number;
}

const DEG = Math.PI / 180;
const ARC_SECOND = DEG / 3600;

/** Meridional arc from the origin latitude to `lat` (OS guide C1, term M). */
function meridionalArc(grid: TransverseMercatorGrid, lat: number): number {
  const { a, b } = grid.ellipsoid;
  const n = (a - b) / (a + b);
  const n2 = n * n;
  const n3 = n2 * n;
  const lat0 = grid.originLatitude * DEG;
  const dLat = lat - lat0;
  const sLat = lat + lat0;
  return (
    b *
    grid.scale *
    ((1 + n + (5 / 4) * n2 + (5 / 4) * n3) * dLat -
      (3 * n + 3 * n2 + (21 / 8) * n3) * Math.sin(dLat) * Math.cos(sLat) +
      ((15 / 8) * n2 + (15 / 8) * n3) * Math.sin(2 * dLat) * Math.cos(2 * sLat) -
      (35 / 24) * n3 * Math.sin(3 * dLat) * Math.cos(3 * sLat))
  );
}

/** Radii of curvature ν, ρ and η² at latitude `lat` on the grid's ellipsoid, scaled by F0. */
function curvature(grid: TransverseMercatorGrid, lat: number): { nu: number; rho: number; eta2: number } {
  const { a, b } = grid.ellipsoid;
  const e2 = 1 - (b * b) / (a * a);
  const s2 = Math.sin(lat) ** 2;
  const nu = (a * grid.scale) / Math.sqrt(1 - e2 * s2);
  const rho = (a * grid.scale * (1 - e2)) / (1 - e2 * s2) ** 1.5;
  return { nu, rho, eta2: nu / rho - 1 };
}

/** Grid easting/northing to latitude/longitude on the grid's own ellipsoid (OS guide C.2). */
export function gridToLatLon(grid: TransverseMercatorGrid, easting: number, northing: number): LatLon {
  const a = grid.ellipsoid.a;
  const n0 = grid.falseNorthing;
  let lat = grid.originLatitude * DEG;
  let m = 0;
  do {
    lat += (northing - n0 - m) / (a * grid.scale);
    m = meridionalArc(grid, lat);
  } while (Math.abs(northing - n0 - m) >= 0.00001);

  const { nu, rho, eta2 } = curvature(grid, lat);
  const t = Math.tan(lat);
  const t2 = t * t;
  const t4 = t2 * t2;
  const sec = 1 / Math.cos(lat);
  const vii = t / (2 * rho * nu);
  const viii = (t / (24 * rho * nu ** 3)) * (5 + 3 * t2 + eta2 - 9 * t2 * eta2);
  const ix = (t / (720 * rho * nu ** 5)) * (61 + 90 * t2 + 45 * t4);
  const x = sec / nu;
  const xi = (sec / (6 * nu ** 3)) * (nu / rho + 2 * t2);
  const xii = (sec / (120 * nu ** 5)) * (5 + 28 * t2 + 24 * t4);
  const xiia = (sec / (5040 * nu ** 7)) * (61 + 662 * t2 + 1320 * t4 + 720 * t4 * t2);
  const dE = easting - grid.falseEasting;
  return {
    lat: lat - vii * dE ** 2 + viii * dE ** 4 - ix * dE ** 6,
    lon: grid.originLongitude * DEG + x * dE - xi * dE ** 3 + xii * dE ** 5 - xiia * dE ** 7,
  };
}

/** Latitude/longitude on the grid's ellipsoid to grid easting/northing (OS guide C.1). */
export function latLonToGrid(grid: TransverseMercatorGrid, p: LatLon): { easting: number; northing: number } {
  const { nu, rho, eta2 } = curvature(grid, p.lat);
  const m = meridionalArc(grid, p.lat);
  const sin = Math.sin(p.lat);
  const cos = Math.cos(p.lat);
  const t2 = Math.tan(p.lat) ** 2;
  const i = m + grid.falseNorthing;
  const ii = (nu / 2) * sin * cos;
  const iii = (nu / 24) * sin * cos ** 3 * (5 - t2 + 9 * eta2);
  const iiia = (nu / 720) * sin * cos ** 5 * (61 - 58 * t2 + t2 * t2);
  const iv = nu * cos;
  const v = (nu / 6) * cos ** 3 * (nu / rho - t2);
  const vi = (nu / 120) * cos ** 5 * (5 - 18 * t2 + t2 * t2 + 14 * eta2 - 58 * t2 * eta2);
  const dL = p.lon - grid.originLongitude * DEG;
  return {
    northing: i + ii * dL ** 2 + iii * dL ** 4 + iiia * dL ** 6,
    easting: grid.falseEasting + iv * dL + v * dL ** 3 + vi * dL ** 5,
  };
}

/** Moves a position from one datum to another through Earth-centred cartesian coordinates (height 0). */
export function shiftDatum(p: LatLon, from: Ellipsoid, shift: HelmertShift, to: Ellipsoid): LatLon {
  const e2From = 1 - (from.b * from.b) / (from.a * from.a);
  const nu = from.a / Math.sqrt(1 - e2From * Math.sin(p.lat) ** 2);
  const x = nu * Math.cos(p.lat) * Math.cos(p.lon);
  const y = nu * Math.cos(p.lat) * Math.sin(p.lon);
  const z = (1 - e2From) * nu * Math.sin(p.lat);

  const s = 1 + shift.ppm * 1e-6;
  const rx = shift.rx * ARC_SECOND;
  const ry = shift.ry * ARC_SECOND;
  const rz = shift.rz * ARC_SECOND;
  const x2 = shift.tx + s * x - rz * y + ry * z;
  const y2 = shift.ty + rz * x + s * y - rx * z;
  const z2 = shift.tz - ry * x + rx * y + s * z;

  const e2To = 1 - (to.b * to.b) / (to.a * to.a);
  const pxy = Math.hypot(x2, y2);
  let lat = Math.atan2(z2, pxy * (1 - e2To));
  for (let k = 0; k < 10; k++) {
    const nuTo = to.a / Math.sqrt(1 - e2To * Math.sin(lat) ** 2);
    const next = Math.atan2(z2 + e2To * nuTo * Math.sin(lat), pxy);
    if (Math.abs(next - lat) < 1e-12) break;
    lat = next;
  }
  return { lat, lon: Math.atan2(y2, x2) };
}
