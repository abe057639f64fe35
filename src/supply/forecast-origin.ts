import type { ChildTimeline } from '../care/index.ts';
import { censusDate, collectionYearOf, type EpochDay } from '../dates/index.ts';

/**
 * The day a council's supply and gap are measured on: the latest 31 March its data speaks for (the census
 * date of its latest full year), or null without timelines. An in-year extract does not move it: a
 * forecast starts from a complete year.
 *
 * ### Example
 * ```ts
 * supplyOrigin(timelines) // censusDate(2026) when the 2025/26 return is the latest
 * ```
 */
export function supplyOrigin(timelines: readonly ChildTimeline[]): EpochDay | null {
  let last: EpochDay | null = null;
  for (const t of timelines) if (last === null || t.observedUntil > last) last = t.observedUntil;
  if (last === null) return null;
  const year = collectionYearOf(last);
  return last >= censusDate(year) ? censusDate(year) : censusDate(year - 1);
}
