import type { EpochDay } from '../dates/index.ts';
import { isShortBreak } from './short-break.ts';
import type { ChildTimeline, EpisodeSpan, PeriodOfCare, Placement } from './timeline-types.ts';

/**
 * Whether a span covers a day. Spans cover `start ≤ day < end`: on the day an episode ends the child is in
 * the next one or has left care (a child who leaves on 31 March is not looked after at 31 March). A period
 * lost to follow-up ends on the last day the child was seen in care, so that day is covered.
 */
function covers(start: EpochDay, end: EpochDay | null, on: EpochDay, lastDayIncluded: boolean): boolean {
  return start <= on && (end === null || on < end || (lastDayIncluded && on === end));
}

/**
 * The period of care a child is in on a day, or null (not in care, or after the data stops:
 * `observedUntil`).
 */
export function periodOn(timeline: ChildTimeline, on: EpochDay): PeriodOfCare | null {
  if (on > timeline.observedUntil) return null;
  for (const period of timeline.periods) {
    if (covers(period.start, period.end, on, period.lostToFollowUp)) return period;
  }
  return null;
}

function within<T extends { start: EpochDay; end: EpochDay | null }>(
  items: readonly T[],
  period: PeriodOfCare,
  on: EpochDay,
): T | null {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (covers(item.start, item.end, on, period.lostToFollowUp && i === items.length - 1)) return item;
  }
  return null;
}

/**
 * The placement a child is in on a day, or null.
 *
 * ### Example
 * ```ts
 * placementOn(timeline, day(2024, 3, 31))?.category // 'fostering-in-house'
 * ```
 */
export function placementOn(timeline: ChildTimeline, on: EpochDay): Placement | null {
  const period = periodOn(timeline, on);
  return period ? within(period.placements, period, on) : null;
}

/** The episode a child is in on a day, or null. */
export function episodeOn(timeline: ChildTimeline, on: EpochDay): EpisodeSpan | null {
  const period = periodOn(timeline, on);
  return period ? within(period.episodes, period, on) : null;
}

/**
 * Looked after on a day. With `excludeShortBreaks` (the default, as DfE counts) a child on a series of
 * short breaks (legal status V3/V4) is not counted.
 *
 * ### Example
 * ```ts
 * isLookedAfterOn(timeline, censusDate(2024), { excludeShortBreaks: true })
 * ```
 */
export function isLookedAfterOn(
  timeline: ChildTimeline,
  on: EpochDay,
  options: { excludeShortBreaks: boolean } = { excludeShortBreaks: true },
): boolean {
  const episode = episodeOn(timeline, on);
  if (episode === null) return false;
  return !(options.excludeShortBreaks && isShortBreak(episode));
}
