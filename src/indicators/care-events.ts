import type { ChildTimeline, EpisodeSpan, PeriodOfCare } from '../care/timeline-types.ts';
import { addYears, type EpochDay } from '../dates/index.ts';
import { isShortBreak } from './looked-after.ts';

/** A child starting to be looked after, as DfE counts starts. */
export interface CareStart {
  period: PeriodOfCare;
  /** The first episode of the period not on a short break: the start is its start. */
  episode: EpisodeSpan;
  start: EpochDay;
}

/**
 * When a period of care starts as DfE counts it: the start of its first episode not on a series of short
 * breaks (V3/V4). A period of short breaks only never starts; one that begins as short breaks and turns
 * into care starts when the care does.
 */
export function countedStart(period: PeriodOfCare): CareStart | null {
  const episode = period.episodes.find((e) => !isShortBreak(e));
  return episode ? { period, episode, start: episode.start } : null;
}

/** The child's first start in `[from, to]`, or null: each child counts once however often they start. */
export function firstStartIn(timeline: ChildTimeline, from: EpochDay, to: EpochDay): CareStart | null {
  for (const period of timeline.periods) {
    // A period's counted start lies within it: one starting after `to` cannot start in the span (hot path).
    if (period.start > to) continue;
    const start = countedStart(period);
    if (start && start.start >= from && start.start <= to && start.start <= timeline.observedUntil) {
      return start;
    }
  }
  return null;
}

/** A child ceasing to be looked after. `period.end` is the day care ended. */
export interface CareCessation {
  period: PeriodOfCare;
  end: EpochDay;
}

/**
 * The child's last cessation in `[from, to]`, or null. Periods of short breaks only are left out, and so
 * are periods lost to follow-up: their end is the last day the child was seen, not a known cessation
 * (see `lostInYear`).
 */
export function lastCessationIn(timeline: ChildTimeline, from: EpochDay, to: EpochDay): CareCessation | null {
  let last: CareCessation | null = null;
  for (const period of timeline.periods) {
    const end = period.end;
    if (end === null || period.lostToFollowUp || end < from || end > to) continue;
    if (countedStart(period) === null) continue;
    if (!last || end >= last.end) last = { period, end };
  }
  return last;
}

/** Whether a period (not only short breaks) was lost to follow-up in `[from, to]`: its outcome is unknown. */
export function lostInYear(timeline: ChildTimeline, from: EpochDay, to: EpochDay): boolean {
  return timeline.periods.some(
    (p) => p.lostToFollowUp && p.end !== null && p.end >= from && p.end <= to && countedStart(p) !== null,
  );
}

/** A start in the year after an earlier period of care had ended. */
export interface CareReturn {
  start: CareStart;
  /** The day the previous period (not only short breaks) ended. */
  leftCare: EpochDay;
  /** The start is on or before the first anniversary of leaving. */
  within12Months: boolean;
}

/**
 * The child's first return to care in `[from, to]`: the first start in the span that follows an earlier
 * period of care (not only short breaks) that had ended. Measured from the end of the latest such period.
 */
export function firstReturnIn(timeline: ChildTimeline, from: EpochDay, to: EpochDay): CareReturn | null {
  let leftCare: EpochDay | null = null;
  for (const period of timeline.periods) {
    const start = countedStart(period);
    if (start === null) continue;
    if (
      leftCare !== null &&
      start.start >= from &&
      start.start <= to &&
      start.start <= timeline.observedUntil
    ) {
      return { start, leftCare, within12Months: start.start <= addYears(leftCare, 1) };
    }
    if (period.end !== null) leftCare = period.end;
  }
  return null;
}
