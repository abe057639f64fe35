import { councilCentroid, findCouncil, neighbouringDistricts } from '../councils/index.ts';
import { distanceMiles, loadPostcodeDirectory, type PackedPostcodeDirectory } from '../geo/index.ts';
import type { SynthPlaces } from './types.ts';

/** Postcodes kept per list: enough variety for thousands of placements, small enough to stay fast. */
const PER_LIST = 400;
const NEAR_MILES = 20;
/** "Far" districts lie this far from the council's centre, so nearly every home → placement is > 20 miles. */
const FAR_MILES = [35, 160] as const;
const FAR_DISTRICTS = 12;

/** Every k-th located postcode of the districts, up to `limit`: deterministic, spread across the area. */
function sample(directory: PackedPostcodeDirectory, districts: readonly string[], limit: number): string[] {
  const all = districts.flatMap((d) => directory.postcodesInDistrict(d));
  const step = Math.max(1, Math.floor(all.length / (limit * 1.2)));
  const out: string[] = [];
  for (let i = 0; i < all.length && out.length < limit; i += step) {
    const postcode = all[i] as string;
    if (directory.locate(postcode)) out.push(postcode);
  }
  return out;
}

/** Up to `n` of the items, evenly spaced (keeps a spread of distances, not only the nearest). */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}

/**
 * Real postcodes for a council's synthetic children: its own districts (homes, local carers), the
 * districts whose centre is within 20 miles of its centre (near), English districts 35–160 miles
 * away (far) and the nearest Welsh or Scottish districts (outside England). Throws for an unknown
 * council code: callers check `findCouncil` first.
 *
 * ### Example
 * ```ts
 * placesForCouncil('E06000016').homePostcodes[0] // a Leicester postcode, e.g. 'LE1 1AA'
 * ```
 */
export function placesForCouncil(councilCode: string, directory = loadPostcodeDirectory()): SynthPlaces {
  const council = findCouncil(councilCode);
  if (council === null)
    throw new RangeError(`unknown council: "${councilCode}" (expected an ONS code such as E06000016)`);
  const centroids = directory.districtCentroids();
  const own = new Set(council.districts);
  const near = neighbouringDistricts(council.code, NEAR_MILES, centroids).filter((d) => !own.has(d));
  const centre = councilCentroid(council.districts, centroids);
  const byDistance = centre
    ? [...centroids]
        .map(([d, p]) => ({ d, miles: distanceMiles(centre, p) }))
        .sort((a, b) => a.miles - b.miles || a.d.localeCompare(b.d))
    : [];
  const far = byDistance
    .filter((x) => x.d.startsWith('E') && x.miles >= FAR_MILES[0] && x.miles <= FAR_MILES[1])
    .map((x) => x.d);
  const outside = byDistance.filter((x) => x.d.startsWith('W') || x.d.startsWith('S')).map((x) => x.d);
  return {
    homePostcodes: sample(directory, council.districts, PER_LIST),
    nearPostcodes: sample(directory, spread(near, 8), PER_LIST),
    farPostcodes: sample(directory, spread(far, FAR_DISTRICTS), PER_LIST),
    outsideEnglandPostcodes: sample(directory, outside.slice(0, 3), 60),
    laNumber: council.dfeNumber,
  };
}
