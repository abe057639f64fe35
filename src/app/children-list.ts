import { type AgeBand, ageBandOn, CATEGORY_LABELS, periodOn, placementOn } from '../care/index.ts';
import type { ChildTimeline, PlacementCategory } from '../care/timeline-types.ts';
import { ageOn, type EpochDay, formatIsoDate } from '../dates/index.ts';

/** One row of the children list. "Now" is the council's data date: the last day its imports speak for. */
export interface ChildRow {
  id: string;
  sex: string | null;
  ageNow: number;
  ageBand: AgeBand;
  inCareNow: boolean;
  currentCategory: PlacementCategory | null;
  currentCategoryLabel: string | null;
  periods: number;
  placements: number;
  /** ISO dates. */
  firstStart: string | null;
  /** End of the last period; null while in care. */
  lastEnd: string | null;
}

export type ChildStatusFilter = 'in-care' | 'left' | 'all';

export interface ChildrenQuery {
  /** Part of a child's id (case-insensitive). */
  q?: string;
  status?: ChildStatusFilter;
  page?: number;
  pageSize?: number;
}

/** The latest day any timeline is observed to: the "now" of a council's data. */
export function dataDate(timelines: readonly ChildTimeline[]): EpochDay {
  let latest = Number.NEGATIVE_INFINITY;
  for (const t of timelines) if (t.observedUntil > latest) latest = t.observedUntil;
  return latest;
}

/** A child's row as at `asOf`. */
export function childRow(t: ChildTimeline, asOf: EpochDay): ChildRow {
  const placement = placementOn(t, asOf);
  const last = t.periods[t.periods.length - 1];
  const first = t.periods[0];
  const age = ageOn(t.dob, asOf);
  return {
    id: t.childId,
    sex: t.sex,
    ageNow: age,
    ageBand: ageBandOn(t.dob, asOf),
    inCareNow: periodOn(t, asOf) !== null,
    currentCategory: placement?.category ?? null,
    currentCategoryLabel: placement ? CATEGORY_LABELS[placement.category] : null,
    periods: t.periods.length,
    placements: t.periods.reduce((n, p) => n + p.placements.length, 0),
    firstStart: first ? formatIsoDate(first.start) : null,
    lastEnd: last?.end != null ? formatIsoDate(last.end) : null,
  };
}

/**
 * The children list: filtered by id text and status at the data date, sorted by id, one page.
 *
 * ### Example
 * ```ts
 * childrenList(timelines, { status: 'in-care', page: 1 }) // { children: [...50 rows], total: 412 }
 * ```
 */
export function childrenList(
  timelines: readonly ChildTimeline[],
  query: ChildrenQuery = {},
): { children: ChildRow[]; total: number; asOf: string | null } {
  if (timelines.length === 0) return { children: [], total: 0, asOf: null };
  const asOf = dataDate(timelines);
  const q = query.q?.trim().toLowerCase() ?? '';
  const status = query.status ?? 'all';
  const rows = timelines
    .filter((t) => q === '' || t.childId.toLowerCase().includes(q))
    .map((t) => childRow(t, asOf))
    .filter((r) => status === 'all' || r.inCareNow === (status === 'in-care'))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pageSize = query.pageSize ?? 50;
  const page = Math.max(1, query.page ?? 1);
  return {
    children: rows.slice((page - 1) * pageSize, page * pageSize),
    total: rows.length,
    asOf: formatIsoDate(asOf),
  };
}
