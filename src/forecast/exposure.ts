import type { ChildTimeline, PlacementCategory } from '../care/index.ts';
import { isShortBreak } from '../care/index.ts';
import { ageOn, birthday, type EpochDay } from '../dates/index.ts';

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
  /** Single year of age, exact: a child moves to the next cell on their birthday. */
  age: number;
  category: ModelCategory;
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
}

/** Occurrence/exposure counts by cell, keyed by `cellKey`. */
export interface ExposureCounts {
  from: EpochDay;
  to: EpochDay;
  cells: Map<string, CellCounts>;
}

/** The key of a state cell in `ExposureCounts.cells` and `TransitionRates.cells`. */
export function cellKey(group: string, age: number, category: ModelCategory): string {
  return `${group}|${age}|${category}`;
}

/** Stratum by UASC: a child ever recorded as UASC is 'uasc' throughout (former UASC care leavers stay so). */
export function uascGroup(timeline: ChildTimeline): string {
  return timeline.uasc === null ? 'not-uasc' : 'uasc';
}

function emptyMoves(): Record<ModelCategory, number> {
  return { fostering: 0, residential: 0, supported: 0, other: 0 };
}

function cellOf(counts: ExposureCounts, group: string, age: number, category: ModelCategory): CellCounts {
  const key = cellKey(group, age, category);
  let cell = counts.cells.get(key);
  if (!cell) {
    cell = { group, age, category, exposureDays: 0, moves: emptyMoves(), exits: 0 };
    counts.cells.set(key, cell);
  }
  return cell;
}

/** Adds the days [start, stop) to the cells of each age they span: exposure splits exactly at birthdays. */
function addExposure(
  counts: ExposureCounts,
  dob: EpochDay,
  group: string,
  category: ModelCategory,
  start: EpochDay,
  stop: EpochDay,
): void {
  let age = ageOn(dob, start);
  let from = start;
  while (from < stop) {
    const until = Math.min(stop, birthday(dob, age + 1));
    cellOf(counts, group, age, category).exposureDays += until - from;
    from = until;
    age += 1;
  }
}

/**
 * Person-days at risk and events out of each state cell (group × single year of age × model category)
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
  const counts: ExposureCounts = { from: options.from, to: options.to, cells: new Map() };
  for (const timeline of timelines) addChild(counts, timeline, options);
  return counts;
}

function addChild(counts: ExposureCounts, timeline: ChildTimeline, options: ExposureOptions): void {
  const { from, to } = options;
  const categoryOf = options.categoryOf ?? ((c: PlacementCategory) => MODEL_CATEGORY[c]);
  const group = options.groupOf ? options.groupOf(timeline) : 'all';
  const leaves = birthday(timeline.dob, options.maxAge ?? 18);
  // The last day the data speaks for is at risk; nothing after it is seen.
  const seenUntil = Math.min(to, leaves, timeline.observedUntil + 1);
  for (const period of timeline.periods) {
    const placements = period.placements;
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
        if (start < end) addExposure(counts, timeline.dob, group, category, start, end);
      }
      if (censored || placement.end === null) continue;
      const eventDay = placement.end;
      const dayBefore = eventDay - 1;
      if (dayBefore < from || eventDay > seenUntil) continue;
      const before = placement.episodes.find(
        (e) => e.start <= dayBefore && (e.end === null || dayBefore < e.end),
      );
      if (!before || isShortBreak(before)) continue;
      const cell = cellOf(counts, group, ageOn(timeline.dob, dayBefore), category);
      const next = last ? null : placements[i + 1];
      if (!next) cell.exits += 1;
      else {
        const nextCategory = categoryOf(next.category);
        if (nextCategory !== category) cell.moves[nextCategory] += 1;
      }
    }
  }
}
