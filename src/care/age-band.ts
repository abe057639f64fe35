import { ageOn, type EpochDay } from '../dates/index.ts';

/** The age bands of the open-source demand models, plus 18+ for care leavers and late ceasers. */
export type AgeBand = '<1' | '1-4' | '5-9' | '10-15' | '16-17' | '18+';

export const AGE_BANDS: readonly AgeBand[] = ['<1', '1-4', '5-9', '10-15', '16-17', '18+'];

/**
 * The band of an age in completed years.
 *
 * ### Example
 * ```ts
 * ageBand(0) // '<1'
 * ageBand(15) // '10-15'
 * ```
 */
export function ageBand(age: number): AgeBand {
  if (age < 1) return '<1';
  if (age < 5) return '1-4';
  if (age < 10) return '5-9';
  if (age < 16) return '10-15';
  if (age < 18) return '16-17';
  return '18+';
}

/** The band of a child born on `dob` on a day (exact birthdays; 29 February turns over on 1 March). */
export function ageBandOn(dob: EpochDay, on: EpochDay): AgeBand {
  return ageBand(ageOn(dob, on));
}
