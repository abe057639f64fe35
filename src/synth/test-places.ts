import type { SynthPlaces } from './types.ts';

const list = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${(i % 9) + 1} ${i % 10}AB`);

/**
 * A hand-made SynthPlaces for tests: the first letter of each postcode says where it is
 * (H home area, N near, F far, W outside England), so distance bands can be read off a postcode.
 */
export const TEST_PLACES: SynthPlaces = {
  homePostcodes: list('H', 120),
  nearPostcodes: list('N', 120),
  farPostcodes: list('F', 160),
  outsideEnglandPostcodes: list('W', 10),
  laNumber: '123',
};
