import { describe, expect, it } from 'vitest';
import { distanceMiles } from './distance-miles.ts';
import { gridToLatLon } from './grid-projection.ts';
import { irishGridToNationalGrid } from './irish-grid.ts';

// Reference values: PROJ 9.5.1 (pyproj) with the published parameters, Irish Grid
// "+proj=tmerc +lat_0=53.5 +lon_0=-8 +k=1.000035 +x_0=200000 +y_0=250000 +a=6377340.189 +rf=299.3249646
//  +towgs84=482.5,-130.6,564.6,-1.042,-0.214,-0.631,8.15" to British National Grid
// "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy
//  +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489".
const REFERENCES = [
  // BT1 1AA, central Belfast (54.60244 N, 5.92229 W)
  { irish: [334316, 374675], national: [146777.6, 530103.7] },
  // BT48 7AA, Derry (55.00210 N, 7.32299 W)
  { irish: [243372, 417390], national: [59770.0, 580469.7] },
  // BT93 3DJ, west of 8° W near Belleek (54.46617 N, 8.16314 W): the most westerly located postcode
  { irish: [189470, 357532], national: [872.8, 525369.6] },
] as const;

describe('irishGridToNationalGrid', () => {
  it.each(REFERENCES)(
    'puts $irish within 0.5 km (in fact a few metres) of the reference',
    ({ irish, national }) => {
      const got = irishGridToNationalGrid(irish[0], irish[1]);
      const metres = distanceMiles(got, { easting: national[0], northing: national[1] }) * 1609.344;
      expect(metres).toBeLessThan(500);
      expect(metres).toBeLessThan(5);
    },
  );

  it('maps the Irish Grid false origin to its true origin 53.5 N 8 W', () => {
    const p = gridToLatLon(
      {
        ellipsoid: { a: 6377340.189, b: 6356034.447 },
        scale: 1.000035,
        originLatitude: 53.5,
        originLongitude: -8,
        falseEasting: 200_000,
        falseNorthing: 250_000,
      },
      200_000,
      250_000,
    );
    expect((p.lat * 180) / Math.PI).toBeCloseTo(53.5, 9);
    expect((p.lon * 180) / Math.PI).toBeCloseTo(-8, 9);
  });

  it('puts Belfast about 121 miles from Carlisle (CA1 1RQ), as the crow flies', () => {
    // CA1 1RQ (340404, 555534) to BT1 1AA's reference (146777.6, 530103.7):
    // √(193626.4² + 25430.3²) = 195289 m = 121.347 miles.
    const belfast = irishGridToNationalGrid(334316, 374675);
    expect(distanceMiles(belfast, { easting: 340404, northing: 555534 })).toBeCloseTo(121.35, 1);
  });
});
