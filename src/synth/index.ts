export { TARGETS } from './calibration.ts';
export { generateCouncil } from './generate.ts';
export { placesForCouncil } from './places.ts';
export type { SynthOptions, SynthPlaces, SyntheticCouncil, SyntheticReturn } from './types.ts';
export { writeCouncil } from './write-council.ts';
