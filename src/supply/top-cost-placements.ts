import type { EpochDay } from '../dates/index.ts';
import type { PlacementCost, Provider } from '../local/records.ts';
import { type PricedType, providerIndex } from './placement-prices.ts';
import { spanCovers } from './spans.ts';

/** One of the costliest current placements (child-level: only for roles that may see children). */
export interface TopCostPlacement {
  childId: string;
  placementStart: EpochDay;
  providerName: string | null;
  providerType: PricedType;
  weeklyCost: number;
}

export interface TopCostPlacements {
  on: EpochDay;
  /** The `limit` costliest external placements current on the day, dearest first. */
  placements: TopCostPlacement[];
  /** Aggregates anyone may see: current external placements, and those at or above each threshold. */
  current: { count: number; weeklyTotal: number };
  thresholds: { weeklyCost: number; count: number; weeklyTotal: number }[];
}

/** £5,000, £10,000 and £20,000 a week: the tails the NAO and county councils report. */
export const COST_THRESHOLDS: readonly number[] = [5000, 10_000, 20_000];

/**
 * The costliest external placements current on a day, and counts and weekly totals at or above each
 * threshold. The `placements` list names children: present it only to roles with children:read.
 *
 * ### Example
 * ```ts
 * topCostPlacements(local.placementCosts, local.providers, censusDate(2026)).thresholds[1] // ≥ £10k a week
 * ```
 */
export function topCostPlacements(
  costs: readonly PlacementCost[],
  providers: readonly Provider[],
  on: EpochDay,
  limit = 10,
): TopCostPlacements {
  const find = providerIndex(providers);
  const current = costs
    .filter((c) => c.providerId !== null && spanCovers(c.placementStart, c.placementEnd, on))
    .sort((a, b) => b.weeklyCost - a.weeklyCost || a.childId.localeCompare(b.childId));
  const sum = (list: readonly PlacementCost[]) => list.reduce((s, c) => s + c.weeklyCost, 0);
  return {
    on,
    placements: current.slice(0, limit).map((c) => {
      const p = find(c.providerId);
      return {
        childId: c.childId,
        placementStart: c.placementStart,
        providerName: p?.name ?? null,
        providerType: p?.type ?? 'unknown',
        weeklyCost: c.weeklyCost,
      };
    }),
    current: { count: current.length, weeklyTotal: sum(current) },
    thresholds: COST_THRESHOLDS.map((weeklyCost) => {
      const over = current.filter((c) => c.weeklyCost >= weeklyCost);
      return { weeklyCost, count: over.length, weeklyTotal: sum(over) };
    }),
  };
}
