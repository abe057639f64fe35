import { isTemporaryPlacement } from '../care/index.ts';
import type { ChildTimeline, EpisodeSpan, PeriodOfCare, Placement } from '../care/timeline-types.ts';
import { type CollectionYear, collectionYearBounds, type EpochDay } from '../dates/index.ts';
import { isShortBreak } from './looked-after.ts';

/** A placement with the child and period it belongs to. */
export interface PlacementOf {
  timeline: ChildTimeline;
  period: PeriodOfCare;
  placement: Placement;
  /** Position in the period: 0 is the placement the period began with. */
  index: number;
}

/** Every placement of a child, oldest first. */
export function* placementsOfChild(timeline: ChildTimeline): Generator<PlacementOf> {
  for (const period of timeline.periods) {
    for (let index = 0; index < period.placements.length; index++) {
      yield { timeline, period, placement: period.placements[index] as Placement, index };
    }
  }
}

/** A stay made only of short breaks (V3/V4): DfE leaves these out of looked-after figures. */
export function isShortBreakPlacement(placement: Placement): boolean {
  return placement.episodes.every(isShortBreak);
}

/** A stay made only of temporary episodes (T0–T4) with no home to return to: not a placement DfE counts. */
export function isTemporaryOnly(placement: Placement): boolean {
  return placement.category === 'temporary';
}

/** A placement DfE counts: not only short breaks, not only temporary episodes. */
export function isCountedPlacement(placement: Placement): boolean {
  return !isShortBreakPlacement(placement) && !isTemporaryOnly(placement);
}

const spans = new Map<CollectionYear, { start: EpochDay; end: EpochDay }>();

/** The collection year's first and last days (1 April, 31 March), worked out once per year (hot path). */
export function yearSpan(year: CollectionYear): { start: EpochDay; end: EpochDay } {
  let span = spans.get(year);
  if (!span) {
    span = collectionYearBounds(year);
    spans.set(year, span);
  }
  return span;
}

/**
 * Whether a period of care can hold anything dated in `[from, to]`: its episodes (and placements) start
 * on or after its start and end by its end (the episodes are contiguous), so a period outside the span
 * can be passed over whole. A pre-check only (hot path): each caller still applies its own rule.
 */
export function periodMayTouch(period: PeriodOfCare, from: EpochDay, to: EpochDay): boolean {
  return period.start <= to && (period.end === null || period.end >= from);
}

/** A span `start ≤ day < end` overlaps the year: it starts by 31 March and is open on or after 1 April. */
export function overlapsYear(
  span: { start: EpochDay; end: EpochDay | null },
  year: CollectionYear,
  observedUntil: EpochDay,
): boolean {
  const { start, end } = yearSpan(year);
  return span.start <= end && span.start <= observedUntil && (span.end === null || span.end > start);
}

export function startsInYear(day: EpochDay, year: CollectionYear): boolean {
  const { start, end } = yearSpan(year);
  return day >= start && day <= end;
}

/** The placement code a stay started with: its first non-temporary episode's. */
export function startingCode(placement: Placement): string | null {
  const main = placement.episodes.find((e) => !isTemporaryPlacement(e.placementType));
  return (main ?? placement.episodes[0])?.placementType ?? null;
}

/**
 * The placement code of a stay on a day: that of its latest non-temporary episode started by then (a
 * child away on a temporary spell is still counted at their home).
 */
export function codeOn(placement: Placement, on: EpochDay): string | null {
  let code: string | null = null;
  for (const e of placement.episodes) {
    if (e.start > on) break;
    if (!isTemporaryPlacement(e.placementType)) code = e.placementType;
  }
  return code ?? startingCode(placement);
}

/** The episode a stay started with. */
export function firstEpisode(placement: Placement): EpisodeSpan {
  return placement.episodes[0] as EpisodeSpan;
}

/** "≤ 20 miles" / "> 20 miles" (the DfE bands), or not known (no postcode, or one not found). */
export type DistanceBand = 'up-to-20-miles' | 'over-20-miles' | 'not-known';

export const DISTANCE_BANDS: readonly DistanceBand[] = ['up-to-20-miles', 'over-20-miles', 'not-known'];

export const DISTANCE_BAND_LABELS: Record<DistanceBand, string> = {
  'up-to-20-miles': '20 miles or less from home',
  'over-20-miles': 'More than 20 miles from home',
  'not-known': 'Distance not known',
};

export function distanceBand(miles: number | null): DistanceBand {
  if (miles === null) return 'not-known';
  return miles <= 20 ? 'up-to-20-miles' : 'over-20-miles';
}
