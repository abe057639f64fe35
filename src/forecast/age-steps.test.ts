import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import {
  ageStepByMonth,
  ageStepLabel,
  ageStepOn,
  ageStepStart,
  ageStepYears,
  MODEL_AGE_STEPS,
  SINGLE_YEARS,
} from './age-steps.ts';
import { monthsOfAge } from './entries.ts';

describe('the forecast’s age steps', () => {
  it('are single years to 16, then half years (steps 16–19 start at 16, 16½, 17 and 17½)', () => {
    expect(MODEL_AGE_STEPS).toHaveLength(20);
    expect(MODEL_AGE_STEPS.slice(14)).toEqual([168, 180, 192, 198, 204, 210]);
    expect([15, 16, 17, 18, 19].map((s) => ageStepLabel(MODEL_AGE_STEPS, s))).toEqual([
      '15',
      '16',
      '16½',
      '17',
      '17½',
    ]);
    expect([15, 16, 17, 18, 19].map((s) => ageStepYears(MODEL_AGE_STEPS, s))).toEqual([15, 16, 16, 17, 17]);
  });

  it('start a half year on the same day of the month, clamped to a short month', () => {
    // Born 31/08/2006: 16½ on 28/02/2023 (no 31 February), 17 on 31/08/2023, 17½ on 29/02/2024 (leap year).
    const dob = day(2006, 8, 31);
    expect(ageStepStart(MODEL_AGE_STEPS, dob, 17)).toBe(day(2023, 2, 28));
    expect(ageStepStart(MODEL_AGE_STEPS, dob, 18)).toBe(day(2023, 8, 31));
    expect(ageStepStart(MODEL_AGE_STEPS, dob, 19)).toBe(day(2024, 2, 29));
    expect(ageStepOn(MODEL_AGE_STEPS, dob, day(2023, 2, 27))).toBe(16);
    expect(ageStepOn(MODEL_AGE_STEPS, dob, day(2023, 2, 28))).toBe(17);
    expect(ageStepOn(MODEL_AGE_STEPS, dob, day(2024, 3, 31))).toBe(19);
  });

  it('turn a whole year on the birthday, 29 February on 1 March in other years', () => {
    const dob = day(2008, 2, 29);
    expect(ageStepStart(MODEL_AGE_STEPS, dob, 18)).toBe(day(2025, 3, 1));
    expect(ageStepOn(MODEL_AGE_STEPS, dob, day(2025, 2, 28))).toBe(17);
    expect(ageStepOn(MODEL_AGE_STEPS, dob, day(2025, 3, 1))).toBe(18);
    expect(ageStepOn(SINGLE_YEARS, dob, day(2025, 3, 1))).toBe(17);
  });

  it('agree between days (exposure) and completed months (simulation)', () => {
    const byMonth = ageStepByMonth(MODEL_AGE_STEPS, 216);
    expect([0, 11, 12, 191, 192, 197, 198, 203, 204, 209, 210, 215].map((m) => byMonth[m])).toEqual([
      0, 0, 1, 15, 16, 16, 17, 17, 18, 18, 19, 19,
    ]);
    const dob = day(2006, 8, 31);
    for (const on of [
      day(2023, 2, 27),
      day(2023, 2, 28),
      day(2023, 8, 30),
      day(2023, 8, 31),
      day(2024, 2, 29),
    ]) {
      expect(byMonth[monthsOfAge(dob, on)]).toBe(ageStepOn(MODEL_AGE_STEPS, dob, on));
    }
  });
});
