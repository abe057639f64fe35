import { type ChildTimeline, isLookedAfterOn, type Placement, placementOn } from '../care/index.ts';
import type { EpochDay } from '../dates/index.ts';
import type { FosterHousehold } from '../local/records.ts';
import { fosteringPlacesOn } from './fostering-places.ts';

export interface FosteringOccupancy {
  on: EpochDay;
  /** Children looked after that day (short breaks excluded) with in-house foster carers, kinship included. */
  children: number;
  usablePlaces: number;
  approvedPlaces: number;
  /** children ÷ usable places; null without usable places. */
  ofUsable: number | null;
  /** children ÷ approved places; null without approved places. */
  ofApproved: number | null;
}

/** The council's own foster carers: in-house fostering, and kinship fostering with provider PR1. */
export function isInHouseFostering(placement: Placement): boolean {
  return (
    placement.category === 'fostering-in-house' ||
    (placement.category === 'fostering-kinship' && placement.inHouse === true)
  );
}

/**
 * Occupancy of in-house fostering on a day: children placed with the council's own carers (from the 903
 * timelines) ÷ usable places of the households approved that day (short-break carers left out on both sides).
 *
 * ### Example
 * ```ts
 * fosteringOccupancy(timelines, households, censusDate(2026)).ofUsable // e.g. 0.8
 * ```
 */
export function fosteringOccupancy(
  timelines: readonly ChildTimeline[],
  households: readonly FosterHousehold[],
  on: EpochDay,
): FosteringOccupancy {
  let children = 0;
  for (const t of timelines) {
    if (!isLookedAfterOn(t, on)) continue;
    const placement = placementOn(t, on);
    if (placement && isInHouseFostering(placement)) children += 1;
  }
  const places = fosteringPlacesOn(households, on);
  return {
    on,
    children,
    usablePlaces: places.usable,
    approvedPlaces: places.approved,
    ofUsable: places.usable > 0 ? children / places.usable : null,
    ofApproved: places.approved > 0 ? children / places.approved : null,
  };
}
