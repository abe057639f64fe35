import type { EpochDay } from '../dates/index.ts';
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
  const selected = selectReturns(returns);
  const index = indexReturns(selected);
  const context = contextOf(options);
  const dataEnd = selected[selected.length - 1]?.observedUntil ?? 0;
  const timelines: ChildTimeline[] = [];
  for (let n = 0; n < index.childIds.length; n++) {
    // Returns before the child's first episode say nothing; only the one after their last can (vanished).
    const from = index.firstReturn[n] as number;
    const to = Math.min((index.lastReturn[n] as number) + 1, selected.length - 1);
    const slices: ChildReturnSlice[] = [];
    for (let i = from; i <= to; i++) slices.push(sliceOf(index.returns[i] as IndexedReturn, n));
    const timeline = timelineOf(index.childIds[n] as string, slices, context, dataEnd);
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
  const selected = selectReturns(slices);
  return timelineOf(childId, selected, contextOf(options), selected[selected.length - 1]?.observedUntil ?? 0);
}

function timelineOf(
  childId: string,
  slices: readonly ChildReturnSlice[],
  context: PlacementContext,
  dataEnd: EpochDay,
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
  return {
    childId,
    sex: header?.sex ?? uasc?.sex ?? null,
    dob,
    ethnicity: header?.ethnicity ?? null,
    uasc: uasc ? { ceased: uasc.uascCeased } : null,
    periods,
    missing: [...missing.values()].sort((a, b) => a.start - b.start),
    observedUntil: last?.lostToFollowUp && last.end !== null ? last.end : dataEnd,
    findings: findings as Finding[],
  };
}

function periodOf(run: EpisodeRun, context: PlacementContext): PeriodOfCare {
  return { ...run, placements: placementsOf(run.episodes, context) };
}

/** One return's rows by child number (see `ReturnIndex`). */
interface IndexedReturn {
  data: ReturnData;
  episodes: (Episode[] | undefined)[];
  headers: (ChildHeader | undefined)[];
  uasc: (UascRecord | undefined)[];
  missing: (MissingSpell[] | undefined)[];
}

/**
 * Children numbered in order of first appearance and every return's rows grouped by that number, so
 * slicing a child out of a return is array indexing: one string lookup per row, not per child × return.
 */
interface ReturnIndex {
  childIds: string[];
  /** Position in the selected returns of each child's first and last return with episodes. */
  firstReturn: number[];
  lastReturn: number[];
  returns: IndexedReturn[];
}

function indexReturns(selected: readonly ReturnData[]): ReturnIndex {
  const numbers = new Map<string, number>();
  const index: ReturnIndex = { childIds: [], firstReturn: [], lastReturn: [], returns: [] };
  selected.forEach((data, i) => {
    const episodes: (Episode[] | undefined)[] = [];
    for (const e of data.episodes) {
      let n = numbers.get(e.childId);
      if (n === undefined) {
        n = index.childIds.length;
        numbers.set(e.childId, n);
        index.childIds.push(e.childId);
        index.firstReturn.push(i);
        index.lastReturn.push(i);
      }
      index.lastReturn[n] = i;
      const list = episodes[n];
      if (list) list.push(e);
      else episodes[n] = [e];
    }
    index.returns.push({ data, episodes, headers: [], uasc: [], missing: [] });
  });
  // Second pass: a header may come in an earlier return than the child's first episode.
  for (const r of index.returns) {
    for (const h of r.data.headers) {
      const n = numbers.get(h.childId);
      if (n !== undefined) r.headers[n] = h;
    }
    for (const u of r.data.uasc) {
      const n = numbers.get(u.childId);
      if (n !== undefined) r.uasc[n] = u;
    }
    for (const m of r.data.missing) {
      const n = numbers.get(m.childId);
      if (n === undefined) continue;
      const list = r.missing[n];
      if (list) list.push(m);
      else r.missing[n] = [m];
    }
  }
  return index;
}

const NONE: never[] = [];

function sliceOf(r: IndexedReturn, n: number): ChildReturnSlice {
  return {
    collectionYear: r.data.collectionYear,
    kind: r.data.kind,
    observedUntil: r.data.observedUntil,
    header: r.headers[n] ?? null,
    episodes: r.episodes[n] ?? NONE,
    uasc: r.uasc[n] ?? null,
    missing: r.missing[n] ?? NONE,
  };
}
