import { episodeOn, placementOn } from '../care/index.ts';
import type { ChildTimeline, EpisodeSpan, Placement } from '../care/timeline-types.ts';
import type { EpochDay } from '../dates/index.ts';
import { isShortBreak } from './looked-after.ts';

/** A child looked after on a day, with the episode and placement they were in. */
export interface CensusChild {
  timeline: ChildTimeline;
  episode: EpisodeSpan;
  /** null only if the timeline has no placement covering the day (a data gap). */
  placement: Placement | null;
}

const memo = new WeakMap<readonly ChildTimeline[], Map<EpochDay, readonly CensusChild[]>>();

/**
 * The children looked after on a day as DfE counts them (not on a series of short breaks, V3/V4), with
 * their episode and placement that day. Several families ask this of the same timelines and 31 March, so
 * the answer is kept per timelines array and day (the arrays are not changed once built).
 *
 * ### Example
 * ```ts
 * lookedAfterOn(timelines, censusDate(2025)).length // 571
 * ```
 */
export function lookedAfterOn(timelines: readonly ChildTimeline[], on: EpochDay): readonly CensusChild[] {
  let byDay = memo.get(timelines);
  if (!byDay) {
    byDay = new Map();
    memo.set(timelines, byDay);
  }
  let children = byDay.get(on);
  if (!children) {
    const found: CensusChild[] = [];
    for (const timeline of timelines) {
      const episode = episodeOn(timeline, on);
      if (episode === null || isShortBreak(episode)) continue;
      found.push({ timeline, episode, placement: placementOn(timeline, on) });
    }
    children = found;
    byDay.set(on, children);
  }
  return children;
}
