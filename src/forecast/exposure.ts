import type { ChildTimeline, PlacementCategory } from '../care/index.ts';
import { isShortBreak } from '../care/index.ts';
import { birthday, type EpochDay } from '../dates/index.ts';
import { type AgeSteps, ageStepOn, ageStepStart, ageStepYears, SINGLE_YEARS } from './age-steps.ts';

/** The forecast model's placement categories: coarse enough that every age has data in most councils. */
export type ModelCategory = 'fostering' | 'residential' | 'supported' | 'other';

export const MODEL_CATEGORIES: readonly ModelCategory[] = ['fostering', 'residential', 'supported', 'other'];

/**
 * Sufficiency category → model category. Kinship and all carers' fostering are fostering; children's homes,
 * secure homes and other residential settings (schools, care homes) are residential; supported is
 * supported; placed with parents, adoption, parent-and-child, health/custody, other, temporary and unknown
 * are other (exhaustive: a new category does not compile until it is placed here).
 */
export const MODEL_CATEGORY: Record<PlacementCategory, ModelCategory> = {
  'fostering-kinship': 'fostering',
  'fostering-in-house': 'fostering',
  'fostering-ifa': 'fostering',
  'fostering-other-council': 'fostering',
  'residential-in-house': 'residential',
  'residential-external': 'residential',
  secure: 'residential',
  'residential-other': 'residential',
  supported: 'supported',
  'placed-with-parents': 'other',
  adoption: 'other',
  'parent-and-child': 'other',
  'health-custody': 'other',
  other: 'other',
  temporary: 'other',
  unknown: 'other',
};

/** Person-days at risk in one state cell, and the events out of it. */
export interface CellCounts {
  /** Stratum from `groupOf` ('all' by default). */
  group: string;
  /** Age step (index into the counts' `ageSteps`), exact: a child moves to the next cell on the day it starts. */
  ageStep: number;
  /** Completed years of age at the step's start. */
  age: number;
  category: ModelCategory;
  /** Duration band: index into the `durationBands` bounds (0 when there are none). */
  duration: number;
  exposureDays: number;
  /** Moves to each other model category (the own category stays 0: moves within it are not events). */
  moves: Record<ModelCategory, number>;
  /** Periods of care ending (not lost to follow-up). */
  exits: number;
}

export interface ExposureOptions {
  /** First day at risk counted. */
  from: EpochDay;
  /** Days before `to` are at risk; events on days up to and including `to` are counted. */
  to: EpochDay;
  /** Stratum of a child (e.g. `uascGroup`); default one group, 'all'. */
  groupOf?: (timeline: ChildTimeline) => string;
  /** Placement category → model category; default `MODEL_CATEGORY`. */
  categoryOf?: (category: PlacementCategory) => ModelCategory;
  /** Age at which a child leaves the model (they leave care at 18): days from this birthday on are not at risk. */
  maxAge?: number;
  /**
   * Days in care at which a new duration band starts (ascending), e.g. `DURATION_BAND_DAYS`; default none
   * (one band). Days in care count from the period's entry (its first episode not on short breaks).
   */
  durationBands?: readonly number[];
  /** Where age steps start, in months of age; default `SINGLE_YEARS` (a step per year of age). */
  ageSteps?: AgeSteps;
}

/** Occurrence/exposure counts by cell, keyed by `cellKey`. */
export interface ExposureCounts {
  from: EpochDay;
  to: EpochDay;
  /** The age steps the cells are keyed by. */
  ageSteps: AgeSteps;
  cells: Map<string, CellCounts>;
}

/** The key of a state cell in `ExposureCounts.cells` and `TransitionRates.cells`. */
export function cellKey(group: string, ageStep: number, category: ModelCategory, duration = 0): string {
  return `${group}|${ageStep}|${category}|${duration}`;
}

/**
 * Where duration bands start, in days in care: under 3 months, 3–6 months, 6–12 months, 1–2 years, 2 years
 * and over. Exits are far likelier early in care (children going home) than after two years, and the stock
 * on any day is mostly long stayers, so one rate for all durations would empty the stock too fast.
 */
export const DURATION_BAND_DAYS: readonly number[] = [91, 182, 365, 730];

/** The duration band of `daysInCare` (0-based) given the bands' start days. */
export function durationBand(daysInCare: number, bounds: readonly number[]): number {
  let band = 0;
  while (band < bounds.length && daysInCare >= (bounds[band] as number)) band += 1;
  return band;
}

/** Stratum by UASC: a child ever recorded as UASC is 'uasc' throughout (former UASC care leavers stay so). */
export function uascGroup(timeline: ChildTimeline): string {
  return timeline.uasc === null ? 'not-uasc' : 'uasc';
}

function emptyMoves(): Record<ModelCategory, number> {
  return { fostering: 0, residential: 0, supported: 0, other: 0 };
}

function cellOf(
  counts: ExposureCounts,
  group: string,
  ageStep: number,
  category: ModelCategory,
  duration: number,
): CellCounts {
  const key = cellKey(group, ageStep, category, duration);
  let cell = counts.cells.get(key);
  if (!cell) {
    const age = ageStepYears(counts.ageSteps, ageStep);
    cell = { group, ageStep, age, category, duration, exposureDays: 0, moves: emptyMoves(), exits: 0 };
    counts.cells.set(key, cell);
  }
  return cell;
}

/** Where a child is on a day: the state a stretch of days is added to. */
interface Stay {
  dob: EpochDay;
  group: string;
  category: ModelCategory;
  /** The period's entry day: days in care count from it. */
  entered: EpochDay;
  /** Days before this are not counted: the period's true entry is unseen, so its duration band is unknown. */
  countFrom: EpochDay;
}

/**
 * Adds the days [start, stop) to the cells they span: exposure splits exactly at the days a new age step
 * (a birthday, or a half birthday) or a new duration band starts.
 */
function addExposure(
  counts: ExposureCounts,
  stay: Stay,
  bounds: readonly number[],
  first: EpochDay,
  stop: EpochDay,
): void {
  let start = first;
  if (start < stay.countFrom) start = Math.min(stop, stay.countFrom);
  const steps = counts.ageSteps;
  let step = ageStepOn(steps, stay.dob, start);
  let band = durationBand(start - stay.entered, bounds);
  let from = start;
  while (from < stop) {
    const nextStep =
      step + 1 < steps.length ? ageStepStart(steps, stay.dob, step + 1) : Number.POSITIVE_INFINITY;
    const nextBand =
      band < bounds.length ? stay.entered + (bounds[band] as number) : Number.POSITIVE_INFINITY;
    const until = Math.min(stop, nextStep, nextBand);
    cellOf(counts, stay.group, step, stay.category, band).exposureDays += until - from;
    from = until;
    if (until === nextStep) step += 1;
    if (until === nextBand) band += 1;
  }
}

/** The day a period enters care: its first episode not on short breaks (its start when all are). */
export function entryDay(period: ChildTimeline['periods'][number]): EpochDay {
  for (const episode of period.episodes) if (!isShortBreak(episode)) return episode.start;
  return period.start;
}

/**
 * Whether the period's entry is in the data: its first episode starts a period (RNE S). A child already in
 * care when the first return starts shows only the episode open then, so their true entry — and how long
 * they have been in care — is earlier than anything seen.
 */
export function entrySeen(period: ChildTimeline['periods'][number]): boolean {
  return period.episodes[0]?.reasonNewEpisode === 'S';
}

/**
 * The first day a period's days can be put in a duration band: any day when its entry was seen; otherwise
 * the day the lower bound on its duration reaches the last band (left truncation: the days before could
 * belong to any band, and counting them in short-duration bands would mix long stayers into them).
 */
function countableFrom(period: ChildTimeline['periods'][number], bounds: readonly number[]): EpochDay {
  if (bounds.length === 0 || entrySeen(period)) return Number.NEGATIVE_INFINITY;
  return entryDay(period) + (bounds[bounds.length - 1] as number);
}

/**
 * Person-days at risk and events out of each state cell (group × age step × model category × duration band)
 * between two days. A placement ending in another placement of a different model category is a move;
 * the end of a period of care is an exit; an open placement, or a period lost to follow-up, is censored.
 * An event falls in the cell the child was in the day before it, and only if the child was at risk then
 * (not on a short break, under `maxAge`, inside the window).
 *
 * ### Example
 * ```ts
 * const counts = exposureAndEvents(timelines, { from: day(2021, 4, 1), to: day(2024, 3, 31) });
 * counts.cells.get(cellKey('all', 15, 'residential'))?.exits // exits of 15-year-olds in residential
 * ```
 */
export function exposureAndEvents(
  timelines: readonly ChildTimeline[],
  options: ExposureOptions,
): ExposureCounts {
  const counts: ExposureCounts = {
    from: options.from,
    to: options.to,
    ageSteps: options.ageSteps ?? SINGLE_YEARS,
    cells: new Map(),
  };
  for (const timeline of timelines) addChild(counts, timeline, options);
  return counts;
}

function addChild(counts: ExposureCounts, timeline: ChildTimeline, options: ExposureOptions): void {
  const { from, to } = options;
  const categoryOf = options.categoryOf ?? ((c: PlacementCategory) => MODEL_CATEGORY[c]);
  const group = options.groupOf ? options.groupOf(timeline) : 'all';
  const leaves = birthday(timeline.dob, options.maxAge ?? 18);
  const bounds = options.durationBands ?? [];
  // The last day the data speaks for is at risk; nothing after it is seen.
  const seenUntil = Math.min(to, leaves, timeline.observedUntil + 1);
  for (const period of timeline.periods) {
    const placements = period.placements;
    const entered = entryDay(period);
    const countFrom = countableFrom(period, bounds);
    for (let i = 0; i < placements.length; i++) {
      const placement = placements[i];
      if (!placement) continue;
      const category = categoryOf(placement.category);
      const last = i === placements.length - 1;
      const censored = placement.end === null || (last && period.lostToFollowUp);
      // A lost period's end is the last day seen in care, so that day is at risk too.
      const stop = placement.end === null ? seenUntil : placement.end + (censored ? 1 : 0);
      for (const episode of placement.episodes) {
        if (isShortBreak(episode)) continue;
        const start = Math.max(episode.start, placement.start, from);
        // The placement's last episode runs to `stop` (one day more when the period was lost to follow-up).
        const episodeEnd = episode.end === null || episode.end === placement.end ? stop : episode.end;
        const end = Math.min(episodeEnd, stop, seenUntil);
        if (start < end)
          addExposure(counts, { dob: timeline.dob, group, category, entered, countFrom }, bounds, start, end);
      }
      if (censored || placement.end === null) continue;
      const eventDay = placement.end;
      const dayBefore = eventDay - 1;
      // Leaving on the day they turn maxAge is the model's own rule (everyone leaves then), not an event
      // a rate should count: counting it too would take 17-year-olds out twice.
      if (dayBefore < from || eventDay > seenUntil || eventDay >= leaves || dayBefore < countFrom) continue;
      const before = placement.episodes.find(
        (e) => e.start <= dayBefore && (e.end === null || dayBefore < e.end),
      );
      if (!before || isShortBreak(before)) continue;
      const band = durationBand(dayBefore - entered, bounds);
      const cell = cellOf(counts, group, ageStepOn(counts.ageSteps, timeline.dob, dayBefore), category, band);
      const next = last ? null : placements[i + 1];
      if (!next) cell.exits += 1;
      else {
        const nextCategory = categoryOf(next.category);
        if (nextCategory !== category) cell.moves[nextCategory] += 1;
      }
    }
  }
}
