import type { Finding } from '../findings/index.ts';
import type { ChildHeader, Episode, MissingSpell, UascRecord } from '../ssda903/records.ts';
import { type LocatePostcode, localityResolver } from './locality.ts';
import { type EpisodeRun, periodsOfCare } from './periods-of-care.ts';
import { type CategoryMapping, DEFAULT_CATEGORY_MAPPING } from './placement-category.ts';
import { type PlacementContext, placementsOf } from './placements.ts';
import { reconcileEpisodes } from './reconcile-episodes.ts';
import { type ChildReturnSlice, selectReturns } from './return-slice.ts';
import type { ChildTimeline, PeriodOfCare, ReturnData } from './timeline-types.ts';

export interface TimelineOptions {
  /** ONS code of the council whose children these are. */
  councilCode: string;
  /** The postcode directory, injected: null when a postcode is unknown or has no coordinates. */
  locate: LocatePostcode;
  /** Whether an ONS district belongs to the council. */
  inArea: (district: string) => boolean;
  /** Default: DEFAULT_CATEGORY_MAPPING. */
  categoryMapping?: CategoryMapping;
}

function contextOf(options: TimelineOptions): PlacementContext {
  return {
    mapping: options.categoryMapping ?? DEFAULT_CATEGORY_MAPPING,
    locality: localityResolver(options.locate, options.inArea),
  };
}

/**
 * Every child's timeline from a council's returns and in-year extracts (any order): one per child who
 * has an episode in any of them, in order of first appearance. A child with no date of birth in any
 * table (header, UASC, missing) is left out: validation reports such orphan episodes.
 *
 * ### Example
 * ```ts
 * const timelines = buildTimelines([return2023, return2024], { councilCode: 'E06000016', locate, inArea });
 * ```
 */
export function buildTimelines(returns: readonly ReturnData[], options: TimelineOptions): ChildTimeline[] {
  const selected = selectReturns(returns).map(indexReturn);
  const children = new Set<string>();
  for (const r of selected) for (const childId of r.episodes.keys()) children.add(childId);
  const context = contextOf(options);
  const timelines: ChildTimeline[] = [];
  for (const childId of children) {
    const slices = selected.map((r) => sliceOf(r, childId));
    const timeline = timelineOf(childId, slices, context);
    if (timeline) timelines.push(timeline);
  }
  return timelines;
}

/**
 * One child's timeline from what each return says about them (see `ChildReturnSlice`; include returns the
 * child is absent from, so a vanished child is noticed). Returns are selected as in `buildTimelines`.
 * null when no return gives a date of birth.
 */
export function buildChildTimeline(
  childId: string,
  slices: readonly ChildReturnSlice[],
  options: TimelineOptions,
): ChildTimeline | null {
  return timelineOf(childId, selectReturns(slices), contextOf(options));
}

function timelineOf(
  childId: string,
  slices: readonly ChildReturnSlice[],
  context: PlacementContext,
): ChildTimeline | null {
  let header: ChildHeader | null = null;
  let uasc: UascRecord | null = null;
  const missing = new Map<number, MissingSpell>();
  for (const s of slices) {
    header = s.header ?? header;
    uasc = s.uasc ?? uasc;
    // A later return restates a spell: keep its version.
    for (const m of s.missing) missing.set(m.start, m);
  }
  const dob = header?.dob ?? uasc?.dob ?? missing.values().next().value?.dob;
  if (dob === undefined) return null;
  const { episodes, lost, findings } = reconcileEpisodes(childId, slices);
  const periods = periodsOfCare(childId, episodes, lost, findings).map((run) => periodOf(run, context));
  const last = periods[periods.length - 1];
  const lastSlice = slices[slices.length - 1];
  return {
    childId,
    sex: header?.sex ?? uasc?.sex ?? null,
    dob,
    ethnicity: header?.ethnicity ?? null,
    uasc: uasc ? { ceased: uasc.uascCeased } : null,
    periods,
    missing: [...missing.values()].sort((a, b) => a.start - b.start),
    observedUntil: last?.lostToFollowUp && last.end !== null ? last.end : (lastSlice?.observedUntil ?? dob),
    findings: findings as Finding[],
  };
}

function periodOf(run: EpisodeRun, context: PlacementContext): PeriodOfCare {
  return { ...run, placements: placementsOf(run.episodes, context) };
}

/** One return with its rows grouped by child, so slicing a child out is a few map lookups. */
interface IndexedReturn {
  data: ReturnData;
  episodes: Map<string, Episode[]>;
  headers: Map<string, ChildHeader>;
  uasc: Map<string, UascRecord>;
  missing: Map<string, MissingSpell[]>;
}

function indexReturn(data: ReturnData): IndexedReturn {
  const episodes = new Map<string, Episode[]>();
  for (const e of data.episodes) {
    const list = episodes.get(e.childId);
    if (list) list.push(e);
    else episodes.set(e.childId, [e]);
  }
  const missing = new Map<string, MissingSpell[]>();
  for (const m of data.missing) {
    const list = missing.get(m.childId);
    if (list) list.push(m);
    else missing.set(m.childId, [m]);
  }
  return {
    data,
    episodes,
    headers: new Map(data.headers.map((h) => [h.childId, h])),
    uasc: new Map(data.uasc.map((u) => [u.childId, u])),
    missing,
  };
}

const NONE: never[] = [];

function sliceOf(r: IndexedReturn, childId: string): ChildReturnSlice {
  return {
    collectionYear: r.data.collectionYear,
    kind: r.data.kind,
    observedUntil: r.data.observedUntil,
    header: r.headers.get(childId) ?? null,
    episodes: r.episodes.get(childId) ?? NONE,
    uasc: r.uasc.get(childId) ?? null,
    missing: r.missing.get(childId) ?? NONE,
  };
}
