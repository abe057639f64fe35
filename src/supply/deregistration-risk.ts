import { addYears, ageOn, type EpochDay } from '../dates/index.ts';
import type { FosterHousehold } from '../local/records.ts';

/** Age bands of the oldest main carer (a quarter of carers are over 60; risk climbs with age). */
export type CarerAgeBand = 'under-40' | '40-49' | '50-59' | '60-69' | '70+' | 'unknown';

export const CARER_AGE_BANDS: readonly CarerAgeBand[] = [
  'under-40',
  '40-49',
  '50-59',
  '60-69',
  '70+',
  'unknown',
];

export function carerAgeBand(age: number | null): CarerAgeBand {
  if (age === null) return 'unknown';
  if (age < 40) return 'under-40';
  if (age < 50) return '40-49';
  if (age < 60) return '50-59';
  if (age < 70) return '60-69';
  return '70+';
}

/**
 * The oldest main carer's age on a day: their age at approval plus whole years since approval (carers'
 * birthdays are not held, so they age on each anniversary of approval). null when the age is not recorded.
 */
export function carerAgeOn(household: FosterHousehold, on: EpochDay): number | null {
  if (household.carerAgeAtApproval === null) return null;
  return household.carerAgeAtApproval + Math.max(0, ageOn(household.approved, on));
}

export interface BandRisk {
  band: CarerAgeBand;
  deregistrations: number;
  householdYears: number;
  /** deregistrations ÷ household-years; the overall rate where a band has no exposure. */
  ratePerYear: number;
  /** 1 − e^(−rate): the chance a household of this band deregisters within a year. */
  annualProbability: number;
  /** true when the band had no household-years and borrowed the overall rate. */
  borrowed: boolean;
}

export interface DeregistrationRisk {
  from: EpochDay;
  to: EpochDay;
  bands: Record<CarerAgeBand, BandRisk>;
  overall: Omit<BandRisk, 'band' | 'borrowed'>;
}

const DAYS_PER_YEAR = 365.25;

/**
 * Deregistration risk by carer age band, occurrence/exposure over the window `from`..`to` (days included):
 * household-years = days each household was approved in the window (short-break carers included: they
 * leave like any other), split by the carer's age band as the carer ages; deregistrations = households whose
 * last approved day falls in the window, counted in the band of that day. rate = deregistrations ÷
 * household-years.
 *
 * ### Example
 * ```ts
 * const risk = deregistrationRisk(households, addYears(origin, -5) + 1, origin);
 * risk.bands['60-69'].annualProbability // e.g. 0.18
 * ```
 */
export function deregistrationRisk(
  households: readonly FosterHousehold[],
  from: EpochDay,
  to: EpochDay,
): DeregistrationRisk {
  const events = new Map<CarerAgeBand, number>();
  const exposure = new Map<CarerAgeBand, number>();
  for (const h of households) {
    const first = Math.max(h.approved, from);
    const last = Math.min(h.deregistered === null ? to : h.deregistered - 1, to);
    if (last < first) continue;
    addExposure(h, first, last, exposure);
    if (h.deregistered !== null && h.deregistered - 1 === last) {
      const band = carerAgeBand(carerAgeOn(h, last));
      events.set(band, (events.get(band) ?? 0) + 1);
    }
  }
  const totalEvents = [...events.values()].reduce((a, b) => a + b, 0);
  const totalYears = [...exposure.values()].reduce((a, b) => a + b, 0) / DAYS_PER_YEAR;
  const overallRate = totalYears > 0 ? totalEvents / totalYears : 0;
  const bands = {} as Record<CarerAgeBand, BandRisk>;
  for (const band of CARER_AGE_BANDS) {
    const householdYears = (exposure.get(band) ?? 0) / DAYS_PER_YEAR;
    const deregistrations = events.get(band) ?? 0;
    const borrowed = householdYears === 0;
    const ratePerYear = borrowed ? overallRate : deregistrations / householdYears;
    bands[band] = {
      band,
      deregistrations,
      householdYears,
      ratePerYear,
      annualProbability: 1 - Math.exp(-ratePerYear),
      borrowed,
    };
  }
  return {
    from,
    to,
    bands,
    overall: {
      deregistrations: totalEvents,
      householdYears: totalYears,
      ratePerYear: overallRate,
      annualProbability: 1 - Math.exp(-overallRate),
    },
  };
}

/** Adds the household's days first..last to the bands its carer is in, split on approval anniversaries. */
function addExposure(
  h: FosterHousehold,
  first: EpochDay,
  last: EpochDay,
  exposure: Map<CarerAgeBand, number>,
): void {
  let k = Math.max(0, ageOn(h.approved, first));
  let start = first;
  while (start <= last) {
    const nextAnniversary = addYears(h.approved, k + 1);
    const end = Math.min(last, nextAnniversary - 1);
    const band = carerAgeBand(h.carerAgeAtApproval === null ? null : h.carerAgeAtApproval + k);
    exposure.set(band, (exposure.get(band) ?? 0) + (end - start + 1));
    start = end + 1;
    k += 1;
  }
}
