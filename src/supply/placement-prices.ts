import type { PlacementCost, Provider, ProviderType } from '../local/records.ts';
import { financialYearOf } from './commissioning-plan.ts';
import { quartiles } from './quartiles.ts';

export type PricedType = ProviderType | 'unknown';

/** Finds a cost's provider by provider id or Ofsted URN (councils write either). */
export function providerIndex(providers: readonly Provider[]): (id: string | null) => Provider | null {
  const byId = new Map<string, Provider>();
  for (const p of providers) {
    if (p.urn !== null) byId.set(p.urn, p);
    byId.set(p.providerId, p);
  }
  return (id) => (id === null ? null : (byId.get(id) ?? null));
}

export interface PriceDistribution {
  type: PricedType;
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface PriceTrendPoint {
  type: PricedType;
  /** Financial year the placements started in (2025 = 2025/26). */
  financialYear: number;
  n: number;
  median: number;
}

/**
 * Weekly prices of external placements (costs with a provider) by provider type: quartiles over every
 * placement cost, and the median by the financial year placements started, for the trend. A provider the
 * list does not hold is type 'unknown'.
 *
 * ### Example
 * ```ts
 * placementPrices(local.placementCosts, local.providers).distribution
 * // [{ type: 'childrens-home', n: 40, q1: 5200, median: 6100, q3: 7400, … }]
 * ```
 */
export function placementPrices(
  costs: readonly PlacementCost[],
  providers: readonly Provider[],
): { distribution: PriceDistribution[]; trend: PriceTrendPoint[] } {
  const find = providerIndex(providers);
  const byType = new Map<PricedType, number[]>();
  const byYear = new Map<string, { type: PricedType; financialYear: number; values: number[] }>();
  for (const c of costs) {
    if (c.providerId === null) continue;
    const type: PricedType = find(c.providerId)?.type ?? 'unknown';
    const list = byType.get(type) ?? [];
    list.push(c.weeklyCost);
    byType.set(type, list);
    const financialYear = financialYearOf(c.placementStart);
    const key = `${type}|${financialYear}`;
    const cell = byYear.get(key) ?? { type, financialYear, values: [] };
    cell.values.push(c.weeklyCost);
    byYear.set(key, cell);
  }
  const distribution = [...byType]
    .map(([type, values]) => ({ type, ...quartiles(values) }))
    .sort((a, b) => a.type.localeCompare(b.type));
  const trend = [...byYear.values()]
    .map(({ type, financialYear, values }) => ({
      type,
      financialYear,
      n: values.length,
      median: quartiles(values).median,
    }))
    .sort((a, b) => a.type.localeCompare(b.type) || a.financialYear - b.financialYear);
  return { distribution, trend };
}
