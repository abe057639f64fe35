import {
  buildTimelines,
  type ChildTimeline,
  isShortBreak,
  type Placement,
  type PlacementCategory,
} from '../../care/index.ts';
import { collectionYearBounds, type EpochDay } from '../../dates/index.ts';
import type { Sex } from '../../ssda903/index.ts';
import { syntheticReturnData } from '../return-data.ts';
import type { SyntheticCouncil } from '../types.ts';

/** One 903 placement as the local data sees it: the child, where and when, clipped to the as-at date. */
export interface PlacementFact {
  childId: string;
  dob: EpochDay;
  sex: Sex | null;
  /** UASC on the placement's first day. */
  uasc: boolean;
  /** The child is a mother (Header MOTHER = 1): a parent-and-child fostering household, when in-house. */
  mother: boolean;
  categoryOfNeed: string | null;
  /** A stay on a series of short breaks (V3/V4): not looked after in DfE's counts. */
  shortBreak: boolean;
  /** The first placement of its period of care (the child came into care, rather than moved). */
  firstOfPeriod: boolean;
  category: PlacementCategory;
  placementType: string | null;
  /** PLACE_PROVIDER: PR1 in-house, PR2–PR5 external. */
  provider: string | null;
  urn: string | null;
  placementPostcode: string | null;
  start: EpochDay;
  /** null when still open on the as-at date. */
  end: EpochDay | null;
}

/** What the generator knows of a council's 903: its placements, and its children's timelines. */
export interface CouncilFacts {
  timelines: ChildTimeline[];
  /** Every placement that started on or before the as-at date, in order of child then start. */
  placements: PlacementFact[];
  /** First day of the first return's collection year: local data is dated from here. */
  windowStart: EpochDay;
  asAt: EpochDay;
}

/** Whether a placement is the council's own (PR1). */
export const isInHouse = (p: Pick<PlacementFact, 'provider'>): boolean => p.provider === 'PR1';

/** Whether a placement overlaps [from, to]. */
export const overlaps = (p: Pick<PlacementFact, 'start' | 'end'>, from: EpochDay, to: EpochDay): boolean =>
  p.start <= to && (p.end === null || p.end > from);

function factOf(
  timeline: ChildTimeline,
  placement: Placement,
  firstOfPeriod: boolean,
  mothers: ReadonlySet<string>,
  asAt: EpochDay,
): PlacementFact {
  const first = placement.episodes[0];
  const uasc =
    timeline.uasc !== null && (timeline.uasc.ceased === null || timeline.uasc.ceased > placement.start);
  return {
    childId: timeline.childId,
    dob: timeline.dob,
    sex: timeline.sex,
    uasc,
    mother: mothers.has(timeline.childId),
    categoryOfNeed: first?.categoryOfNeed ?? null,
    shortBreak: isShortBreak(first),
    firstOfPeriod,
    category: placement.category,
    placementType: placement.placementType,
    provider: placement.provider,
    urn: placement.urn,
    placementPostcode: placement.placementPostcode,
    start: placement.start,
    // An end before the start (a 903 error, as the demo's injected ones) is read as no days: local data is clean.
    end: placement.end !== null && placement.end <= asAt ? Math.max(placement.end, placement.start) : null,
  };
}

/**
 * The council's timelines (built as the import would, without postcodes located) and its placements as
 * known on `asAt`: a placement starting after it is left out, one ending after it is open.
 */
export function councilFacts(council: SyntheticCouncil, asAt: EpochDay): CouncilFacts {
  const returns = council.returns.map(syntheticReturnData);
  const timelines = buildTimelines(returns, {
    councilCode: council.options.councilCode,
    locate: () => null,
    inArea: () => true,
  });
  const mothers = new Set<string>();
  for (const r of returns) for (const h of r.headers) if (h.motherStatus === '1') mothers.add(h.childId);
  const placements: PlacementFact[] = [];
  for (const timeline of timelines) {
    for (const period of timeline.periods) {
      period.placements.forEach((placement, i) => {
        if (placement.start <= asAt) placements.push(factOf(timeline, placement, i === 0, mothers, asAt));
      });
    }
  }
  const first = council.returns[0]?.collectionYear ?? council.options.lastYear ?? 2026;
  return { timelines, placements, windowStart: collectionYearBounds(first).start, asAt };
}
