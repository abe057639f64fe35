export { TARGETS } from './calibration.ts';
export { generateCouncil } from './generate.ts';
export type { SynthOptions, SynthPlaces, SyntheticCouncil, SyntheticReturn } from './types.ts';
