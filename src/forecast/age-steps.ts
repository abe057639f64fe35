import { addMonths, ageOn, birthday, type EpochDay } from '../dates/index.ts';

/**
 * Where the model's age steps start, in months of age, ascending from 0: a child's rates depend on the step
 * they are in. Single years of age are enough where rates change slowly with age.
 */
export type AgeSteps = readonly number[];

/** Single years of age 0–17: one step a year. */
export const SINGLE_YEARS: AgeSteps = Array.from({ length: 18 }, (_, year) => year * 12);

/**
 * The forecast's age steps: single years to 16, then half years. At 16–17 children step down to supported
 * accommodation, and within a year of age the moves bunch (many soon after the 16th and 17th birthdays),
 * so one yearly rate would spread them evenly and undercount the months spent in supported accommodation.
 */
export const MODEL_AGE_STEPS: AgeSteps = [...SINGLE_YEARS.slice(0, 16), 192, 198, 204, 210];

/** The step a months-of-age falls in (the last step whose start is at or before it; 0 below the first). */
export function ageStepOfMonths(steps: AgeSteps, months: number): number {
  let step = 0;
  while (step + 1 < steps.length && months >= (steps[step + 1] as number)) step += 1;
  return step;
}

/**
 * The day a child born on `dob` enters a step: their birthday for a whole year (29 February turns on 1 March,
 * as everywhere else), otherwise the same day of the month that many months on.
 */
export function ageStepStart(steps: AgeSteps, dob: EpochDay, step: number): EpochDay {
  const months = steps[step] as number;
  return months % 12 === 0 ? birthday(dob, months / 12) : addMonths(dob, months);
}

/** The step a child is in on a day, from the days each step starts (exact, as the exposure splits). */
export function ageStepOn(steps: AgeSteps, dob: EpochDay, on: EpochDay): number {
  let step = ageStepOfMonths(steps, ageOn(dob, on) * 12);
  while (step + 1 < steps.length && ageStepStart(steps, dob, step + 1) <= on) step += 1;
  return step;
}

/** Completed years of age at a step's start (what age bands and parent groups are keyed by). */
export function ageStepYears(steps: AgeSteps, step: number): number {
  return Math.floor((steps[step] as number) / 12);
}

/** A step for people: "15", or "16½" for a half year. */
export function ageStepLabel(steps: AgeSteps, step: number): string {
  const months = steps[step] as number;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0 ? String(years) : rest === 6 ? `${years}½` : `${years}y ${rest}m`;
}

/** Month of age → step, for months 0 to `months` − 1 (the simulation's lookup). */
export function ageStepByMonth(steps: AgeSteps, months: number): Int8Array {
  return Int8Array.from({ length: months }, (_, m) => ageStepOfMonths(steps, m));
}
