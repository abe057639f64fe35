import { type AgeBand, ageBand, periodOn } from '../care/index.ts';
import type { ChildTimeline, EpisodeSpan, PeriodOfCare, Placement } from '../care/timeline-types.ts';
import { ageOn, type CollectionYear, type EpochDay } from '../dates/index.ts';
import { type CareStart, firstStartIn } from './care-events.ts';
import { type Characteristic, isUascOn, NOT_RECORDED } from './characteristics.ts';
import { ethnicityGroup } from './ethnicity-group.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { isShortBreak } from './looked-after.ts';
import { type PlacementOf, periodMayTouch, yearSpan } from './placement-facts.ts';
import { placementsInYear } from './placements-in-year.ts';

/** A child looked after at 31 March (DfE: not on a series of short breaks), with what the families ask of that day. */
export interface CensusFacts {
  period: PeriodOfCare;
  episode: EpisodeSpan;
  /** null only if no placement covers the day (a data gap). */
  placement: Placement | null;
  /** Age in completed years on 31 March. */
  age: number;
  ageBand: AgeBand;
  uasc: boolean;
  /** Placements during the year as the stability measure counts them (`placementsInYear`). */
  placementsInYear: number;
  /** Age band, sex, ethnicity group and category of need (of the 31 March episode), as the tables key them. */
  characteristics: Record<Characteristic, string>;
}

/** One child's year: worked out once and read by every family. */
export interface ChildYear {
  timeline: ChildTimeline;
  /** null when the child was not looked after at 31 March as DfE counts it. */
  census: CensusFacts | null;
  /** The first start in the year as DfE counts starts (see `firstStartIn`), or null. */
  firstStart: CareStart | null;
  /**
   * Every placement that started in the year and by the end of the data, oldest first, with its period
   * and position; short-break-only and temporary-only stays included (each family applies its own rule).
   */
  placementsStarted: readonly PlacementOf[];
}

/** The shared pass over one council's timelines for one collection year. */
export interface YearFacts {
  collectionYear: CollectionYear;
  /** 1 April and 31 March. */
  start: EpochDay;
  end: EpochDay;
  /** One per timeline, in the timelines' order (so every list of children comes out in that order). */
  children: readonly ChildYear[];
  /** The children looked after at 31 March, in the same order. */
  atCensus: readonly (ChildYear & { census: CensusFacts })[];
}

const memo = new WeakMap<readonly ChildTimeline[], Map<CollectionYear, YearFacts>>();

/**
 * The facts of `input`'s year: `input.facts` when the caller worked them out (computeIndicators does, once
 * for all families), otherwise built here and kept per timelines array and year, so a family called on
 * its own (as in its unit tests) gives the same figures.
 *
 * ### Example
 * ```ts
 * yearFactsOf({ timelines, councilCode: 'E06000016', collectionYear: 2025 }).atCensus.length // 571
 * ```
 */
export function yearFactsOf(input: IndicatorInput): YearFacts {
  const given = input.facts;
  if (given && given.collectionYear === input.collectionYear) return given;
  let byYear = memo.get(input.timelines);
  if (!byYear) {
    byYear = new Map();
    memo.set(input.timelines, byYear);
  }
  let facts = byYear.get(input.collectionYear);
  if (!facts) {
    facts = yearFacts(input.timelines, input.collectionYear);
    byYear.set(input.collectionYear, facts);
  }
  return facts;
}

/** One pass over the timelines: each child's 31 March, first start and placements started in the year. */
export function yearFacts(timelines: readonly ChildTimeline[], year: CollectionYear): YearFacts {
  const { start, end } = yearSpan(year);
  const children: ChildYear[] = [];
  const atCensus: (ChildYear & { census: CensusFacts })[] = [];
  for (const timeline of timelines) {
    const child: ChildYear = {
      timeline,
      census: censusFacts(timeline, year, end),
      firstStart: firstStartIn(timeline, start, end),
      placementsStarted: placementsStartedIn(timeline, start, end),
    };
    children.push(child);
    if (child.census) atCensus.push(child as ChildYear & { census: CensusFacts });
  }
  return { collectionYear: year, start, end, children, atCensus };
}

function censusFacts(timeline: ChildTimeline, year: CollectionYear, on: EpochDay): CensusFacts | null {
  // As episodeOn and placementOn answer, with the period found once for both.
  const period = periodOn(timeline, on);
  if (period === null) return null;
  const episode = spanOn(period.episodes, period, on);
  if (episode === null || isShortBreak(episode)) return null;
  const age = ageOn(timeline.dob, on);
  const band = ageBand(age);
  return {
    period,
    episode,
    placement: spanOn(period.placements, period, on),
    age,
    ageBand: band,
    uasc: isUascOn(timeline, on),
    placementsInYear: placementsInYear(timeline, year).length,
    characteristics: {
      ageBand: band,
      sex: timeline.sex ?? NOT_RECORDED,
      ethnicityGroup: ethnicityGroup(timeline.ethnicity),
      categoryOfNeed: episode.categoryOfNeed ?? NOT_RECORDED,
    },
  };
}

/**
 * The episode or placement of a period covering a day (`start ≤ day < end`; the last of a period lost to
 * follow-up also covers its end day), as the timeline queries find it.
 */
function spanOn<T extends { start: EpochDay; end: EpochDay | null }>(
  spans: readonly T[],
  period: PeriodOfCare,
  on: EpochDay,
): T | null {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as T;
    const lastDayIncluded = period.lostToFollowUp && i === spans.length - 1;
    if (span.start <= on && (span.end === null || on < span.end || (lastDayIncluded && on === span.end)))
      return span;
  }
  return null;
}

/** Shared by the many children with no placement started in the year (never written to). */
const NONE: readonly PlacementOf[] = Object.freeze([]);

function placementsStartedIn(timeline: ChildTimeline, from: EpochDay, to: EpochDay): readonly PlacementOf[] {
  let started: PlacementOf[] | null = null;
  for (const period of timeline.periods) {
    if (!periodMayTouch(period, from, to)) continue;
    const placements = period.placements;
    for (let index = 0; index < placements.length; index++) {
      const placement = placements[index] as Placement;
      if (placement.start < from || placement.start > to || placement.start > timeline.observedUntil)
        continue;
      if (!started) started = [];
      started.push({ timeline, period, placement, index });
    }
  }
  return started ?? NONE;
}
