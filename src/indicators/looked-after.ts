import type { EpochDay } from '../dates/index.ts';
import type { ChildTimeline, EpisodeSpan } from '../care/timeline-types.ts';

/** Legal statuses of a series of short-term breaks (respite): excluded from DfE looked-after counts. */
export const SHORT_BREAK_LEGAL_STATUSES: ReadonlySet<string> = new Set(['V3', 'V4']);

export function isShortBreak(episode: Pick<EpisodeSpan, 'legalStatus'>): boolean {
  return episode.legalStatus !== null && SHORT_BREAK_LEGAL_STATUSES.has(episode.legalStatus);
}

/**
 * The episode a child is in on a day, or null. An episode covers `start ≤ day < end`: on the day an
 * episode ends the child is in the next one or has left care, so a child who leaves on 31 March is not
 * looked after at 31 March (DfE convention). Open episodes run to the child's `observedUntil`.
 */
export function episodeOn(timeline: ChildTimeline, on: EpochDay): EpisodeSpan | null {
  if (on > timeline.observedUntil) return null;
  for (const period of timeline.periods) {
    if (period.start > on || (period.end !== null && period.end <= on)) continue;
    for (const episode of period.episodes) {
      if (episode.start <= on && (episode.end === null || episode.end > on)) return episode;
    }
  }
  return null;
}

/** Looked after on a day, as DfE counts it: not while on a series of short breaks (V3/V4). */
export function isLookedAfterOn(timeline: ChildTimeline, on: EpochDay): boolean {
  const episode = episodeOn(timeline, on);
  return episode !== null && !isShortBreak(episode);
}

/**
 * Looked after at any time in `[from, to]` other than on short breaks; an episode ending on `from`
 * counts, so that everyone who ceases in a year was looked after during it. A child whose only episodes in
 * the span are V3/V4 is a short-break-only child and is not counted.
 */
export function isLookedAfterDuring(timeline: ChildTimeline, from: EpochDay, to: EpochDay): boolean {
  for (const period of timeline.periods) {
    for (const episode of period.episodes) {
      // A child who leaves care on the first day of the span was looked after in it (and ceases in it).
      const end = episode.end ?? timeline.observedUntil;
      const overlaps = episode.start <= to && end >= from && episode.start <= timeline.observedUntil;
      if (overlaps && !isShortBreak(episode)) return true;
    }
  }
  return false;
}
