import type { EpisodeSpan } from './timeline-types.ts';

/**
 * Legal statuses V3/V4: a series of short-term breaks (respite). DfE leaves these episodes out of
 * looked-after counts, starts and cessations; this is the one place that rule is written.
 */
export const SHORT_BREAK_LEGAL_STATUSES: ReadonlySet<string> = new Set(['V3', 'V4']);

export function isShortBreak(episode: Pick<EpisodeSpan, 'legalStatus'> | undefined): boolean {
  return episode?.legalStatus != null && SHORT_BREAK_LEGAL_STATUSES.has(episode.legalStatus);
}
