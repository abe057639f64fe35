import { normalisePostcode } from './normalise-postcode.ts';
import type { PostcodeColumns } from './postcode-pack-reader.ts';
import { inwardNumber, inwardText } from './postcode-record.ts';
import type { DistrictCentroid, PostcodeDirectory, PostcodeLocation } from './types.ts';

/**
 * The postcode directory over decoded pack columns. `locate` finds the outward code in a hash map and
 * binary-searches the (at most a few thousand) inward codes under it.
 */
export class PackedPostcodeDirectory implements PostcodeDirectory {
  readonly version: string;
  private readonly outwardIndex: Map<string, number>;
  private readonly byDistrict = new Map<string, string[]>();
  private centroids: Map<string, DistrictCentroid> | null = null;

  constructor(private readonly columns: PostcodeColumns) {
    this.version = columns.version;
    this.outwardIndex = new Map(columns.outwards.map((o, i) => [o, i]));
  }

  /** Number of postcodes with coordinates. */
  get size(): number {
    return this.columns.inward.length;
  }

  locate(postcode: string): PostcodeLocation | null {
    const normal = normalisePostcode(postcode);
    if (normal === null) return null;
    const k = this.indexOf(normal);
    if (k < 0) return null;
    const c = this.columns;
    return {
      postcode: normal,
      easting: c.easting[k] ?? 0,
      northing: c.northing[k] ?? 0,
      district: c.districts[c.district[k] ?? 0] ?? '',
    };
  }

  postcodesInDistrict(district: string): string[] {
    let list = this.byDistrict.get(district);
    if (list === undefined) {
      list = this.collectDistrict(district);
      this.byDistrict.set(district, list);
    }
    return [...list];
  }

  /** ONS district codes present in the directory, sorted. */
  districts(): string[] {
    return [...this.columns.districts];
  }

  /**
   * Mean National Grid position of each district's postcodes (every postcode counts once) and their
   * number, computed once on first use.
   */
  districtCentroids(): ReadonlyMap<string, DistrictCentroid> {
    if (this.centroids === null) this.centroids = this.computeCentroids();
    return this.centroids;
  }

  private indexOf(normal: string): number {
    const o = this.outwardIndex.get(normal.slice(0, 4));
    if (o === undefined) return -1;
    const target = inwardNumber(normal, 4);
    const inward = this.columns.inward;
    let lo = this.columns.outwardStart[o] ?? 0;
    let hi = (this.columns.outwardStart[o + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = inward[mid] ?? -1;
      if (value === target) return mid;
      if (value < target) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private collectDistrict(district: string): string[] {
    const c = this.columns;
    const d = c.districts.indexOf(district);
    if (d < 0) return [];
    const found: string[] = [];
    c.outwards.forEach((outward, o) => {
      const end = c.outwardStart[o + 1] ?? 0;
      for (let k = c.outwardStart[o] ?? 0; k < end; k++) {
        if (c.district[k] === d) found.push(outward + inwardText(c.inward[k] ?? 0));
      }
    });
    return found;
  }

  private computeCentroids(): Map<string, DistrictCentroid> {
    const c = this.columns;
    const count = new Float64Array(c.districts.length);
    const sumE = new Float64Array(c.districts.length);
    const sumN = new Float64Array(c.districts.length);
    c.district.forEach((d, k) => {
      count[d] = (count[d] ?? 0) + 1;
      sumE[d] = (sumE[d] ?? 0) + (c.easting[k] ?? 0);
      sumN[d] = (sumN[d] ?? 0) + (c.northing[k] ?? 0);
    });
    const centroids = new Map<string, DistrictCentroid>();
    c.districts.forEach((code, d) => {
      const n = count[d] ?? 0;
      if (n > 0)
        centroids.set(code, { easting: (sumE[d] ?? 0) / n, northing: (sumN[d] ?? 0) / n, postcodes: n });
    });
    return centroids;
  }
}
