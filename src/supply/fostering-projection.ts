import { addYears, type EpochDay } from '../dates/index.ts';
import type { FosterApprovalType, FosterHousehold } from '../local/records.ts';
import {
  type CarerAgeBand,
  carerAgeBand,
  carerAgeOn,
  type DeregistrationRisk,
} from './deregistration-risk.ts';
import { APPROVAL_TYPES, countsTowardNeed, usablePlacesOf } from './fostering-places.ts';
import { spanCovers } from './spans.ts';

/** New carer households approved each year (history or a scenario such as "+12 enhanced a year"). */
export interface Recruitment {
  approvalType: FosterApprovalType;
  householdsPerYear: number;
  usablePlacesPerHousehold: number;
  /** Age of the oldest carer at approval, for their deregistration risk; null: the overall rate. */
  carerAge: number | null;
  /** Where it came from, e.g. "average of approvals 2023/24–2025/26" or a scenario's name. */
  source: string;
}

export interface FosteringProjectionYear {
  /** 0 = the origin (actual); 1..N = anniversaries of the origin. */
  year: number;
  date: EpochDay;
  /** Expected usable places that day (short breaks left out). */
  usable: number;
  /** … of households approved on the origin. */
  existing: number;
  /** … of households recruited after the origin. */
  recruited: number;
  /** Expected households deregistering during the year (0 for year 0). */
  expectedDeregistrations: number;
  /** Mean of the places on the year's first and last day (year 0: the places on the origin). */
  averageUsable: number;
  byApprovalType: Record<FosterApprovalType, number>;
}

/**
 * Recruitment as it has been: for each approval type, households approved in the `years` (default 3) years
 * up to the origin ÷ years, with their mean usable places and mean carer age at approval.
 *
 * ### Example
 * ```ts
 * historicRecruitment(households, censusDate(2026)) // [{ approvalType: 'mainstream', householdsPerYear: 4, … }]
 * ```
 */
export function historicRecruitment(
  households: readonly FosterHousehold[],
  origin: EpochDay,
  years = 3,
): Recruitment[] {
  const after = addYears(origin, -years);
  const result: Recruitment[] = [];
  for (const approvalType of APPROVAL_TYPES) {
    const recent = households.filter(
      (h) => h.approvalType === approvalType && h.approved > after && h.approved <= origin,
    );
    if (recent.length === 0) continue;
    const ages = recent.map((h) => h.carerAgeAtApproval).filter((a): a is number => a !== null);
    result.push({
      approvalType,
      householdsPerYear: recent.length / years,
      usablePlacesPerHousehold: recent.reduce((s, h) => s + usablePlacesOf(h), 0) / recent.length,
      carerAge: ages.length ? Math.round(ages.reduce((a, b) => a + b, 0) / ages.length) : null,
      source: `average of the last ${years} years' approvals`,
    });
  }
  return result;
}

function probability(risk: DeregistrationRisk, band: CarerAgeBand): number {
  return risk.bands[band].annualProbability;
}

/**
 * Expected in-house fostering places on each anniversary of the origin, 1..`years` ahead. Households
 * approved on the origin survive each year with 1 − p, p the annual deregistration probability of the
 * carer's age band at the start of that year (carers age a year each year). Each year's recruits join at
 * the end of it with their usable places, and from the next year face the risk of their age band, ageing
 * from their age at approval. Year 0 is the origin as it is.
 *
 * ### Example
 * ```ts
 * const years = projectFosteringPlaces(households, risk, censusDate(2026), 5, historicRecruitment(households, censusDate(2026)));
 * years[5]?.usable // expected usable places on 31 March 2031
 * ```
 */
export function projectFosteringPlaces(
  households: readonly FosterHousehold[],
  risk: DeregistrationRisk,
  origin: EpochDay,
  years: number,
  recruitment: readonly Recruitment[],
): FosteringProjectionYear[] {
  const active = households.filter((h) => spanCovers(h.approved, h.deregistered, origin));
  const survival = active.map(() => 1);
  const cohorts: { recruitment: Recruitment; joined: number; survival: number }[] = [];
  const out: FosteringProjectionYear[] = [];
  let previous = 0;
  for (let k = 0; k <= years; k++) {
    const start = addYears(origin, k - 1);
    let expectedDeregistrations = 0;
    if (k > 0) {
      active.forEach((h, i) => {
        const p = probability(risk, carerAgeBand(carerAgeOn(h, start)));
        expectedDeregistrations += (survival[i] as number) * p;
        survival[i] = (survival[i] as number) * (1 - p);
      });
      for (const c of cohorts) {
        // A cohort joined at the end of year j; in year k its carers are carerAge + (k − j − 1).
        const age = c.recruitment.carerAge === null ? null : c.recruitment.carerAge + (k - c.joined - 1);
        const p = probability(risk, carerAgeBand(age));
        expectedDeregistrations += c.recruitment.householdsPerYear * c.survival * p;
        c.survival *= 1 - p;
      }
      for (const r of recruitment) cohorts.push({ recruitment: r, joined: k, survival: 1 });
    }
    const byApprovalType = {} as Record<FosterApprovalType, number>;
    for (const t of APPROVAL_TYPES) byApprovalType[t] = 0;
    let existing = 0;
    active.forEach((h, i) => {
      const places = usablePlacesOf(h) * (survival[i] as number);
      byApprovalType[h.approvalType] += places;
      if (countsTowardNeed(h)) existing += places;
    });
    let recruited = 0;
    for (const c of cohorts) {
      const places = c.recruitment.householdsPerYear * c.recruitment.usablePlacesPerHousehold * c.survival;
      byApprovalType[c.recruitment.approvalType] += places;
      if (c.recruitment.approvalType !== 'short-breaks') recruited += places;
    }
    const usable = existing + recruited;
    out.push({
      year: k,
      date: addYears(origin, k),
      usable,
      existing,
      recruited,
      expectedDeregistrations,
      averageUsable: k === 0 ? usable : (previous + usable) / 2,
      byApprovalType,
    });
    previous = usable;
  }
  return out;
}
