import { addYears, type EpochDay } from '../dates/index.ts';
import type { ModelCategory } from '../forecast/index.ts';
import type { FosterHousehold, InHouseHome } from '../local/records.ts';
import type { DeregistrationRisk } from './deregistration-risk.ts';
import {
  type FosteringProjectionYear,
  projectFosteringPlaces,
  type Recruitment,
} from './fostering-projection.ts';
import { homeBedDays } from './home-beds.ts';

/** In-house places in one plan year, before any target occupancy. */
export interface CapacityYear {
  /** 1..N: the year ending on the N-th anniversary of the origin. */
  year: number;
  /** First and last day of the year (e.g. 1 April 2026 and 31 March 2027). */
  from: EpochDay;
  to: EpochDay;
  /** Projected usable in-house fostering places, mean of the year's first and last day. */
  fosteringPlaces: number;
  /** Average beds of the council's children's homes over the year (bed-days ÷ days). */
  childrensHomeBeds: number;
  /** Average beds of its supported accommodation over the year. */
  supportedBeds: number;
  /** The same by forecast category (other: none). */
  byCategory: Record<ModelCategory, number>;
}

export interface InHouseCapacity {
  origin: EpochDay;
  fostering: FosteringProjectionYear[];
  years: CapacityYear[];
}

/** Year k of a plan: the day after the (k−1)-th anniversary of the origin to the k-th. */
export function planYear(origin: EpochDay, k: number): { from: EpochDay; to: EpochDay } {
  return { from: addYears(origin, k - 1) + 1, to: addYears(origin, k) };
}

/**
 * In-house capacity for each of `years` plan years: fostering places projected with deregistration risk
 * and recruitment (`projectFosteringPlaces`, averaged over each year), and the average beds of the
 * council's children's homes and supported accommodation, counting openings and closures for the part of
 * the year they apply (short-breaks homes serve children not counted as looked after, so are left out).
 *
 * ### Example
 * ```ts
 * inHouseCapacity(households, homes, censusDate(2026), 5, risk, recruitment).years[0]?.byCategory.residential
 * ```
 */
export function inHouseCapacity(
  households: readonly FosterHousehold[],
  homes: readonly InHouseHome[],
  origin: EpochDay,
  years: number,
  risk: DeregistrationRisk,
  recruitment: readonly Recruitment[],
): InHouseCapacity {
  const fostering = projectFosteringPlaces(households, risk, origin, years, recruitment);
  const out: CapacityYear[] = [];
  for (let k = 1; k <= years; k++) {
    const { from, to } = planYear(origin, k);
    const fosteringPlaces = fostering[k]?.averageUsable ?? 0;
    const childrensHomeBeds = homeBedDays(homes, 'childrens-home', from, to).averageBeds;
    const supportedBeds = homeBedDays(homes, 'supported', from, to).averageBeds;
    out.push({
      year: k,
      from,
      to,
      fosteringPlaces,
      childrensHomeBeds,
      supportedBeds,
      byCategory: {
        fostering: fosteringPlaces,
        residential: childrensHomeBeds,
        supported: supportedBeds,
        other: 0,
      },
    });
  }
  return { origin, fostering, years: out };
}
