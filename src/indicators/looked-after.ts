import { isLookedAfterOn, isShortBreak } from '../care/index.ts';
import type { ChildTimeline } from '../care/timeline-types.ts';
import type { EpochDay } from '../dates/index.ts';

export { SHORT_BREAK_LEGAL_STATUSES } from '../care/index.ts';
export { isLookedAfterOn, isShortBreak };

/**
 * Looked after at any time in `[from, to]` other than on short breaks: a child whose only episodes in
 * the span are V3/V4 is a short-break-only child and is not counted. An episode ending on `from` counts,
 * so that everyone who ceases in a year was looked after during it.
 */
export function isLookedAfterDuring(timeline: ChildTimeline, from: EpochDay, to: EpochDay): boolean {
  for (const period of timeline.periods) {
    for (const episode of period.episodes) {
      if (episode.start > to || episode.start > timeline.observedUntil) continue;
      const end = episode.end ?? timeline.observedUntil;
      if (end >= from && !isShortBreak(episode)) return true;
    }
  }
  return false;
}
