import { type EpochDay, formatUkDate } from '../dates/index.ts';
import { type Finding, findingMessage } from '../findings/index.ts';
import type { EpisodeSpan } from './timeline-types.ts';

/** A period of care before its placements are worked out. */
export interface EpisodeRun {
  start: EpochDay;
  end: EpochDay | null;
  reasonEnded: string | null;
  lostToFollowUp: boolean;
  episodes: EpisodeSpan[];
}

/**
 * Splits a child's episodes (oldest first) into periods of care: episodes are contiguous while in care
 * (an episode's end is the next one's start); a gap, or RNE S, starts a new period (a re-entry). An
 * episode that runs past the next one's start is cut there, with a finding.
 *
 * ### Example
 * ```ts
 * // S 01/01/2020–01/06/2020, P 01/06/2020–01/01/2021, S 01/03/2022–open → 2 periods
 * ```
 */
export function periodsOfCare(
  childId: string,
  episodes: readonly EpisodeSpan[],
  lost: ReadonlySet<EpisodeSpan>,
  findings: Finding[],
): EpisodeRun[] {
  const periods: EpisodeRun[] = [];
  let current: EpisodeSpan[] = [];
  for (const e of episodes) {
    const prev = current[current.length - 1];
    if (prev && (prev.end === null || prev.end > e.start)) {
      findings.push(overlap(childId, prev, e));
      prev.end = e.start;
    }
    if (prev && (prev.end !== e.start || e.reasonNewEpisode === 'S' || lost.has(prev))) {
      periods.push(run(current, lost));
      current = [];
    }
    current.push(e);
  }
  if (current.length > 0) periods.push(run(current, lost));
  return periods;
}

function run(episodes: EpisodeSpan[], lost: ReadonlySet<EpisodeSpan>): EpisodeRun {
  const first = episodes[0] as EpisodeSpan;
  const last = episodes[episodes.length - 1] as EpisodeSpan;
  return {
    start: first.start,
    end: last.end,
    reasonEnded: last.reasonEnded,
    lostToFollowUp: lost.has(last),
    episodes,
  };
}

function overlap(childId: string, prev: EpisodeSpan, next: EpisodeSpan): Finding {
  const ends = prev.end === null ? 'is still open' : `ends ${formatUkDate(prev.end)}`;
  const problem = `child ${childId}: the episode from ${formatUkDate(prev.start)} ${ends}, after the next episode starts`;
  const value = formatUkDate(next.start);
  const expected = 'each episode to end the day the next starts; cut there';
  return {
    severity: 'content',
    code: 'episode-overlap',
    childId,
    value,
    expected,
    message: findingMessage({ problem, value, expected }),
  };
}
