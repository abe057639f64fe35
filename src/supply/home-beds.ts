import type { EpochDay } from '../dates/index.ts';
import type { HomeType, InHouseHome } from '../local/records.ts';
import { overlapDays, spanCovers } from './spans.ts';

export const HOME_TYPES: readonly HomeType[] = ['childrens-home', 'short-breaks', 'supported'];

/**
 * Beds of the council's own homes of one type open on a day (`opens ≤ day < closes`). A home whose opening
 * date is after the day is in the pipeline and has no beds yet.
 *
 * ### Example
 * ```ts
 * homeBedsOn(homes, 'childrens-home', censusDate(2026)) // 12
 * ```
 */
export function homeBedsOn(homes: readonly InHouseHome[], type: HomeType, on: EpochDay): number {
  let beds = 0;
  for (const h of homes) if (h.type === type && spanCovers(h.opens, h.closes, on)) beds += h.beds;
  return beds;
}

export interface BedDays {
  from: EpochDay;
  to: EpochDay;
  days: number;
  bedDays: number;
  /** bedDays ÷ days: a home open half the year counts half its beds. */
  averageBeds: number;
}

/**
 * Bed-days of homes of one type in a window `from`..`to` (both included): beds × days open in the window,
 * so a home opening (or closing) mid-year counts for the part of the year it is open.
 *
 * ### Example
 * ```ts
 * // a 6-bed home opening 1 Oct 2027: 183 of the 366 days of 2027/28 → 1,098 bed-days, 3 beds on average
 * homeBedDays([home], 'childrens-home', day(2027, 4, 1), day(2028, 3, 31)).averageBeds // 3
 * ```
 */
export function homeBedDays(
  homes: readonly InHouseHome[],
  type: HomeType,
  from: EpochDay,
  to: EpochDay,
): BedDays {
  const days = Math.max(0, to - from + 1);
  let bedDays = 0;
  for (const h of homes) if (h.type === type) bedDays += h.beds * overlapDays(h.opens, h.closes, from, to);
  return { from, to, days, bedDays, averageBeds: days ? bedDays / days : 0 };
}
