export { type BuildPackOptions, type BuildPackResult, buildPackFromOnspd } from './build-pack-from-onspd.ts';
export { distanceMiles, METRES_PER_MILE } from './distance-miles.ts';
export { irishGridToNationalGrid } from './irish-grid.ts';
export {
  installedPostcodePackPath,
  loadPostcodeDirectory,
  loadPostcodeDirectoryFrom,
  SHIPPED_POSTCODE_PACK,
} from './load-postcode-directory.ts';
export { normalisePostcode } from './normalise-postcode.ts';
export { PackedPostcodeDirectory } from './packed-postcode-directory.ts';
export type { DistrictCentroid, GridPoint, PostcodeDirectory, PostcodeLocation } from './types.ts';
