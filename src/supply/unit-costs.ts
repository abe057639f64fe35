import { type ChildTimeline, isLookedAfterOn, placementOn } from '../care/index.ts';
import type { EpochDay } from '../dates/index.ts';
import { MODEL_CATEGORIES, MODEL_CATEGORY, type ModelCategory } from '../forecast/index.ts';
import type { PlacementCost } from '../local/records.ts';
import { median } from './quartiles.ts';
import { spanCovers } from './spans.ts';

/** Weeks in a year: 365.25 ÷ 7, rounded as councils' finance teams use it. */
export const WEEKS_PER_YEAR = 52.18;

export type CostSource = 'default' | 'local' | 'input';

/** Weekly unit costs, pounds, for one side of supply (external or in-house), by forecast category. */
export interface UnitCostSet {
  weekly: Record<ModelCategory, number>;
  /** Where each figure came from: the sector default, the council's placement costs, or a user's input. */
  source: Record<ModelCategory, CostSource>;
  /** Placements behind each local median (0 for defaults and inputs). */
  placements: Record<ModelCategory, number>;
}

export interface UnitCosts {
  external: UnitCostSet;
  inHouse: UnitCostSet;
}

/**
 * Sector defaults (2024–25 prices, `shared/domain/sector.md`), the middle of each range: external fostering
 * is an independent agency (£900–1,100), residential an external children's home (median £5,500–6,500),
 * supported accommodation £600–1,500; in-house fostering £450–700 and an in-house children's home
 * £5,000–6,500. "Other" is mostly children placed with parents or for adoption, whom the placement budget
 * does not buy for, with the odd parent-and-child or custody placement: its cost is per child in the
 * category, not per placement bought, and £150 a week is a placeholder to edit.
 */
export const DEFAULT_WEEKLY_COSTS: {
  external: Record<ModelCategory, number>;
  inHouse: Record<ModelCategory, number>;
} = {
  external: { fostering: 1000, residential: 6000, supported: 1050, other: 150 },
  inHouse: { fostering: 575, residential: 5750, supported: 800, other: 0 },
};

function costSet(weekly: Record<ModelCategory, number>, source: CostSource): UnitCostSet {
  const sources = {} as Record<ModelCategory, CostSource>;
  const placements = {} as Record<ModelCategory, number>;
  for (const c of MODEL_CATEGORIES) {
    sources[c] = source;
    placements[c] = 0;
  }
  return { weekly: { ...weekly }, source: sources, placements };
}

export function defaultUnitCosts(): UnitCosts {
  return {
    external: costSet(DEFAULT_WEEKLY_COSTS.external, 'default'),
    inHouse: costSet(DEFAULT_WEEKLY_COSTS.inHouse, 'default'),
  };
}

/** Current placement costs on a day by side and category, joined to the child's placement that began then. */
export function currentCostsByCategory(
  costs: readonly PlacementCost[],
  timelines: readonly ChildTimeline[],
  on: EpochDay,
): { external: Record<ModelCategory, number[]>; inHouse: Record<ModelCategory, number[]> } {
  const byChild = new Map(timelines.map((t) => [t.childId, t]));
  const external = { fostering: [], residential: [], supported: [], other: [] } as Record<
    ModelCategory,
    number[]
  >;
  const inHouse = { fostering: [], residential: [], supported: [], other: [] } as Record<
    ModelCategory,
    number[]
  >;
  for (const cost of costs) {
    if (!spanCovers(cost.placementStart, cost.placementEnd, on)) continue;
    const category = placementCategoryOf(byChild.get(cost.childId), cost.placementStart);
    if (category === null) continue;
    (cost.providerId === null ? inHouse : external)[category].push(cost.weeklyCost);
  }
  return { external, inHouse };
}

/** Children looked after on a day (short breaks excluded) whose placement is in a model category ('other' without one). */
export function childrenIn(
  timelines: readonly ChildTimeline[],
  category: ModelCategory,
  on: EpochDay,
): number {
  let n = 0;
  for (const t of timelines) {
    if (!isLookedAfterOn(t, on)) continue;
    const placement = placementOn(t, on);
    if ((placement ? MODEL_CATEGORY[placement.category] : 'other') === category) n += 1;
  }
  return n;
}

/** The model category of the placement a child began on `start`, or null when no placement began that day. */
export function placementCategoryOf(
  timeline: ChildTimeline | undefined,
  start: EpochDay,
): ModelCategory | null {
  if (!timeline) return null;
  for (const period of timeline.periods)
    for (const placement of period.placements)
      if (placement.start === start) return MODEL_CATEGORY[placement.category];
  return null;
}

/**
 * Unit costs for the gap: the median weekly cost of the council's current placements (on `on`) by category,
 * external ones (with a provider) and in-house ones (without) apart, where it has any; the sector default
 * otherwise; then any `overrides` a user typed, which win. A placement cost counts when it joins to a
 * placement in the 903 that began on its start date. External "other" is the exception: most children in
 * it (placed with parents, for adoption) are not bought for, so its cost is the current external spend on
 * the category shared over every child in it that day (total weekly cost ÷ children).
 *
 * ### Example
 * ```ts
 * unitCosts(local.placementCosts, timelines, censusDate(2026)).external.weekly.residential // e.g. 6250
 * ```
 */
export function unitCosts(
  costs: readonly PlacementCost[],
  timelines: readonly ChildTimeline[],
  on: EpochDay,
  overrides: {
    external?: Partial<Record<ModelCategory, number>>;
    inHouse?: Partial<Record<ModelCategory, number>>;
  } = {},
): UnitCosts {
  const current = currentCostsByCategory(costs, timelines, on);
  const result = defaultUnitCosts();
  for (const side of ['external', 'inHouse'] as const) {
    const set = result[side];
    for (const c of MODEL_CATEGORIES) {
      const values = current[side][c];
      if (values.length > 0) {
        set.weekly[c] =
          side === 'external' && c === 'other'
            ? values.reduce((a, b) => a + b, 0) / Math.max(values.length, childrenIn(timelines, 'other', on))
            : median(values);
        set.source[c] = 'local';
        set.placements[c] = values.length;
      }
      const typed = overrides[side]?.[c];
      if (typed !== undefined) {
        set.weekly[c] = typed;
        set.source[c] = 'input';
        set.placements[c] = 0;
      }
    }
  }
  return result;
}
