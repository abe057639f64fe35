import { isShortBreak } from '../care/index.ts';
import type { ChildTimeline } from '../care/timeline-types.ts';
import { type CollectionYear, collectionYearBounds, collectionYearLabel } from '../dates/index.ts';
import { yearSummary } from '../indicators/index.ts';

/** Headline counts for one collection year (DfE definitions; short-break-only care left out). */
export interface OverviewYear {
  collectionYear: CollectionYear;
  label: string;
  lookedAfterDuringYear: number;
  lookedAfterAtCensus: number;
  /** Children who started a period of care in the year (not a series of short breaks). */
  startedInYear: number;
  /** Children whose period of care ended in the year (a child lost to follow-up has not ceased). */
  ceasedInYear: number;
}

/**
 * Started / ceased counts children, not periods: a child who left and came back in one year counts once
 * in each. A period whose first episode is a short break (V3/V4) does not count as a start, and one whose
 * last episode is a short break does not count as a cease, as in DfE's published figures.
 */
function startsAndCeases(timelines: readonly ChildTimeline[], year: CollectionYear) {
  const { start, end } = collectionYearBounds(year);
  let started = 0;
  let ceased = 0;
  for (const t of timelines) {
    let s = false;
    let c = false;
    for (const p of t.periods) {
      const first = p.episodes[0];
      const last = p.episodes[p.episodes.length - 1];
      if (p.start >= start && p.start <= end && !isShortBreak(first)) s = true;
      if (p.end !== null && !p.lostToFollowUp && p.end >= start && p.end <= end && !isShortBreak(last))
        c = true;
    }
    if (s) started++;
    if (c) ceased++;
  }
  return { started, ceased };
}

/**
 * Headline counts for each collection year the council has data for, oldest first.
 *
 * ### Example
 * ```ts
 * overviewYears(timelines, [2024, 2025])[1] // { collectionYear: 2025, label: '2024/25', lookedAfterAtCensus: 571, … }
 * ```
 */
export function overviewYears(
  timelines: readonly ChildTimeline[],
  years: readonly CollectionYear[],
): OverviewYear[] {
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const summary = yearSummary(timelines, year);
      const { started, ceased } = startsAndCeases(timelines, year);
      return {
        collectionYear: year,
        label: collectionYearLabel(year),
        lookedAfterDuringYear: summary.lookedAfterDuringYear,
        lookedAfterAtCensus: summary.lookedAfterAtCensus,
        startedInYear: started,
        ceasedInYear: ceased,
      };
    });
}

export interface PooledYear extends OverviewYear {
  /** How many of the pooled councils have data for this year: a sum over fewer councils is not comparable. */
  councilsWithData: number;
}

/** Sums each year's counts over several councils (a regional view). */
export function poolYears(perCouncil: readonly (readonly OverviewYear[])[]): PooledYear[] {
  const byYear = new Map<number, PooledYear>();
  for (const years of perCouncil) {
    for (const y of years) {
      const pooled = byYear.get(y.collectionYear);
      if (!pooled) {
        byYear.set(y.collectionYear, { ...y, councilsWithData: 1 });
        continue;
      }
      pooled.lookedAfterDuringYear += y.lookedAfterDuringYear;
      pooled.lookedAfterAtCensus += y.lookedAfterAtCensus;
      pooled.startedInYear += y.startedInYear;
      pooled.ceasedInYear += y.ceasedInYear;
      pooled.councilsWithData++;
    }
  }
  return [...byYear.values()].sort((a, b) => a.collectionYear - b.collectionYear);
}
