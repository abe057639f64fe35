import type { EpochDay } from '../dates/index.ts';
import type { FosterApprovalType, FosterHousehold } from '../local/records.ts';
import { overlapDays, spanCovers } from './spans.ts';

export const APPROVAL_TYPES: readonly FosterApprovalType[] = [
  'mainstream',
  'enhanced',
  'specialist',
  'kinship',
  'short-breaks',
  'parent-and-child',
];

/** Households and their approved and usable places. */
export interface PlaceCount {
  households: number;
  approved: number;
  usable: number;
}

export interface FosteringPlaces extends PlaceCount {
  byApprovalType: Record<FosterApprovalType, PlaceCount>;
}

/** Usable places of a household: its usable places when recorded, else all its approved places. */
export function usablePlacesOf(household: FosterHousehold): number {
  return household.usablePlaces ?? household.approvedPlaces;
}

/**
 * Short-break carers look after children who are not counted as looked after (V3/V4), so their places are
 * not set against the forecast; every other approval type is (kinship carers included: the forecast's
 * fostering need includes kinship fostering).
 */
export function countsTowardNeed(household: FosterHousehold): boolean {
  return household.approvalType !== 'short-breaks';
}

function emptyCounts(): Record<FosterApprovalType, PlaceCount> {
  const counts = {} as Record<FosterApprovalType, PlaceCount>;
  for (const t of APPROVAL_TYPES) counts[t] = { households: 0, approved: 0, usable: 0 };
  return counts;
}

/**
 * In-house fostering places on a day (e.g. 31 March): households approved on or before the day and not
 * deregistered by it (`approved ≤ day < deregistered`), their approved places and usable places, in all
 * and by approval type. The totals leave out short-break carers (see `countsTowardNeed`); the breakdown
 * shows them.
 *
 * ### Example
 * ```ts
 * fosteringPlacesOn(households, censusDate(2026)).usable // usable places on 31 March 2026
 * ```
 */
export function fosteringPlacesOn(households: readonly FosterHousehold[], on: EpochDay): FosteringPlaces {
  const byApprovalType = emptyCounts();
  const total: PlaceCount = { households: 0, approved: 0, usable: 0 };
  for (const h of households) {
    if (!spanCovers(h.approved, h.deregistered, on)) continue;
    const cell = byApprovalType[h.approvalType];
    cell.households += 1;
    cell.approved += h.approvedPlaces;
    cell.usable += usablePlacesOf(h);
    if (!countsTowardNeed(h)) continue;
    total.households += 1;
    total.approved += h.approvedPlaces;
    total.usable += usablePlacesOf(h);
  }
  return { ...total, byApprovalType };
}

/** Place-days in a window and the average places over it (place-days ÷ days). */
export interface PlaceDays {
  from: EpochDay;
  to: EpochDay;
  days: number;
  approvedPlaceDays: number;
  usablePlaceDays: number;
  /** usablePlaceDays ÷ days: the places the year had on average. */
  averageUsable: number;
  averageApproved: number;
  byApprovalType: Record<FosterApprovalType, { usablePlaceDays: number; averageUsable: number }>;
}

/**
 * Place-days of in-house fostering in a window `from`..`to` (both included): for each household, its places
 * × the days of the window it was approved (from its approval day up to the day before deregistration), so
 * a carer deregistering mid-year counts for the part of the year it was approved. Totals leave out short
 * breaks, as `fosteringPlacesOn` does.
 *
 * ### Example
 * ```ts
 * // 2 usable places, deregistered 1 Oct 2026: 183 days of 2026/27 (1 Apr – 30 Sep) → 366 place-days
 * fosteringPlaceDays([h], day(2026, 4, 1), day(2027, 3, 31)).usablePlaceDays // 366
 * ```
 */
export function fosteringPlaceDays(
  households: readonly FosterHousehold[],
  from: EpochDay,
  to: EpochDay,
): PlaceDays {
  const days = Math.max(0, to - from + 1);
  const byType = {} as PlaceDays['byApprovalType'];
  for (const t of APPROVAL_TYPES) byType[t] = { usablePlaceDays: 0, averageUsable: 0 };
  let approvedPlaceDays = 0;
  let usablePlaceDays = 0;
  for (const h of households) {
    const inWindow = overlapDays(h.approved, h.deregistered, from, to);
    if (inWindow === 0) continue;
    byType[h.approvalType].usablePlaceDays += inWindow * usablePlacesOf(h);
    if (!countsTowardNeed(h)) continue;
    approvedPlaceDays += inWindow * h.approvedPlaces;
    usablePlaceDays += inWindow * usablePlacesOf(h);
  }
  for (const t of APPROVAL_TYPES) byType[t].averageUsable = days ? byType[t].usablePlaceDays / days : 0;
  return {
    from,
    to,
    days,
    approvedPlaceDays,
    usablePlaceDays,
    averageUsable: days ? usablePlaceDays / days : 0,
    averageApproved: days ? approvedPlaceDays / days : 0,
    byApprovalType: byType,
  };
}
