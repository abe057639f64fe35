export { TARGETS } from './calibration.ts';
export { generateCouncil } from './generate.ts';
export { generateLocalData, type LocalDataOptions, localDataFiles, writeLocalData } from './local/index.ts';
export { placesForCouncil } from './places.ts';
export { syntheticReturnData } from './return-data.ts';
export { returnSources } from './return-sources.ts';
export type { SyntheticCouncil, SyntheticReturn, SynthOptions, SynthPlaces } from './types.ts';
export { writeCouncil } from './write-council.ts';
