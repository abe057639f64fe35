import type { EpochDay } from '../dates/index.ts';

/**
 * Whether a span `[start, end)` covers a day: open on its start day, gone on its end day (a carer
 * deregistered on 1 October is not a carer on 1 October; a home closing on 1 October has no beds that day),
 * as the care timelines treat episodes. `end` null: still open.
 */
export function spanCovers(start: EpochDay, end: EpochDay | null, on: EpochDay): boolean {
  return start <= on && (end === null || on < end);
}

/**
 * Days of the span `[start, end)` that fall in the window `from`..`to` (both included).
 *
 * ### Example
 * ```ts
 * // approved 1 Oct 2027, still approved: 183 of the 366 days 1 Apr 2027 – 31 Mar 2028
 * overlapDays(day(2027, 10, 1), null, day(2027, 4, 1), day(2028, 3, 31)) // 183
 * ```
 */
export function overlapDays(start: EpochDay, end: EpochDay | null, from: EpochDay, to: EpochDay): number {
  const first = Math.max(start, from);
  const last = Math.min(end === null ? to : end - 1, to);
  return last < first ? 0 : last - first + 1;
}
