import type { ChildTimeline } from '../care/index.ts';
import { addYears, type EpochDay } from '../dates/index.ts';
import type { HomeType, InHouseHome, LocalData } from '../local/records.ts';
import { type DeregistrationRisk, deregistrationRisk } from './deregistration-risk.ts';
import {
  type FosteringPlaces,
  fosteringPlaceDays,
  fosteringPlacesOn,
  type PlaceDays,
} from './fostering-places.ts';
import {
  type FosteringProjectionYear,
  historicRecruitment,
  projectFosteringPlaces,
  type Recruitment,
} from './fostering-projection.ts';
import { type BedDays, HOME_TYPES, homeBedDays, homeBedsOn } from './home-beds.ts';
import { planYear } from './in-house-capacity.ts';
import { type FosteringOccupancy, fosteringOccupancy } from './occupancy.ts';

export interface CapacityView {
  origin: EpochDay;
  fostering: {
    /** Places on the origin (e.g. 31 March). */
    onOrigin: FosteringPlaces;
    /** Place-days in the year to the origin. */
    yearToOrigin: PlaceDays;
    occupancy: FosteringOccupancy;
    risk: DeregistrationRisk;
    recruitment: Recruitment[];
    /** Year 0 (the origin) to `years` ahead. */
    projection: FosteringProjectionYear[];
    /** Households approved and deregistered in each of the last 5 years to the origin. */
    history: { from: EpochDay; to: EpochDay; approvals: number; deregistrations: number }[];
  };
  homes: {
    bedsOnOrigin: Record<HomeType, number>;
    /** Homes opening after the origin. */
    pipeline: InHouseHome[];
    years: { year: number; from: EpochDay; to: EpochDay; byType: Record<HomeType, BedDays> }[];
  };
}

/**
 * Everything about in-house capacity a commissioner reads, on the origin and for `years` ahead: foster
 * places (approved and usable, by type), place-days in the year to the origin, occupancy, deregistration
 * risk by carer age (from the `riskYears`, default 5, to the origin), recruitment as it has been, projected
 * places, approvals and deregistrations by year; homes' beds, the pipeline and bed-days by plan year.
 */
export function capacityView(
  local: LocalData,
  timelines: readonly ChildTimeline[],
  origin: EpochDay,
  years: number,
  options: { riskYears?: number; recruitment?: Recruitment[] } = {},
): CapacityView {
  const households = local.fosterHouseholds;
  const risk = deregistrationRisk(households, addYears(origin, -(options.riskYears ?? 5)) + 1, origin);
  const recruitment = options.recruitment ?? historicRecruitment(households, origin);
  const history = [5, 4, 3, 2, 1].map((back) => {
    const from = addYears(origin, -back) + 1;
    const to = addYears(origin, -back + 1);
    return {
      from,
      to,
      approvals: households.filter((h) => h.approved >= from && h.approved <= to).length,
      deregistrations: households.filter(
        (h) => h.deregistered !== null && h.deregistered >= from && h.deregistered <= to,
      ).length,
    };
  });
  const bedsOnOrigin = {} as Record<HomeType, number>;
  for (const t of HOME_TYPES) bedsOnOrigin[t] = homeBedsOn(local.inHouseHomes, t, origin);
  const homeYears = [];
  for (let k = 1; k <= years; k++) {
    const { from, to } = planYear(origin, k);
    const byType = {} as Record<HomeType, BedDays>;
    for (const t of HOME_TYPES) byType[t] = homeBedDays(local.inHouseHomes, t, from, to);
    homeYears.push({ year: k, from, to, byType });
  }
  return {
    origin,
    fostering: {
      onOrigin: fosteringPlacesOn(households, origin),
      yearToOrigin: fosteringPlaceDays(households, addYears(origin, -1) + 1, origin),
      occupancy: fosteringOccupancy(timelines, households, origin),
      risk,
      recruitment,
      projection: projectFosteringPlaces(households, risk, origin, years, recruitment),
      history,
    },
    homes: {
      bedsOnOrigin,
      pipeline: local.inHouseHomes.filter((h) => h.opens > origin),
      years: homeYears,
    },
  };
}
