import type { ChildTimeline } from '../care/timeline-types.ts';
import { type CollectionYear, collectionYearBounds } from '../dates/index.ts';
import { isLookedAfterDuring, isLookedAfterOn } from './looked-after.ts';

/** Headline counts for one collection year, as DfE defines them (short-break-only children excluded). */
export interface YearSummary {
  collectionYear: CollectionYear;
  /** Children looked after at any time in the year, other than only on short breaks. */
  lookedAfterDuringYear: number;
  /** Children looked after at 31 March, not on a short break that day. */
  lookedAfterAtCensus: number;
}

/**
 * ### Example
 * ```ts
 * yearSummary(timelines, 2025) // { collectionYear: 2025, lookedAfterDuringYear: 812, lookedAfterAtCensus: 571 }
 * ```
 */
export function yearSummary(timelines: readonly ChildTimeline[], year: CollectionYear): YearSummary {
  const { start, end } = collectionYearBounds(year);
  let during = 0;
  let atCensus = 0;
  for (const timeline of timelines) {
    if (isLookedAfterDuring(timeline, start, end)) during++;
    if (isLookedAfterOn(timeline, end)) atCensus++;
  }
  return { collectionYear: year, lookedAfterDuringYear: during, lookedAfterAtCensus: atCensus };
}
