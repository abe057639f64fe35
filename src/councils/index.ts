export type { Council, FormerCouncil } from './council.ts';
export { allCouncils, findCouncil, formerCouncils, isInCouncilArea } from './council-registry.ts';
export { councilOfDistrict } from './district-lookup.ts';
export { councilCentroid, neighbouringDistricts } from './neighbouring-districts.ts';
