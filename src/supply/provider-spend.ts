import type { EpochDay } from '../dates/index.ts';
import type { PlacementCost, Provider } from '../local/records.ts';
import { providerIndex } from './placement-prices.ts';
import { overlapDays } from './spans.ts';

export interface ProviderSpendShare {
  from: EpochDay;
  to: EpochDay;
  /** External spend in the window, pounds: weekly cost × days in the window ÷ 7, over every placement. */
  total: number;
  providers: number;
  /** Shares (0–1) of the total with the largest 5 and 10 providers. */
  top5Share: number | null;
  top10Share: number | null;
  /** The largest providers with their spend and share, largest first (at most 10). */
  largest: { providerId: string; name: string | null; spend: number; share: number }[];
}

/**
 * How concentrated external spend is: spend per provider over a window (e.g. the last financial year),
 * and the share with the largest 5 and 10. A provider is known by its id or URN as the costs write it.
 *
 * ### Example
 * ```ts
 * providerSpendShare(local.placementCosts, local.providers, day(2025, 4, 1), day(2026, 3, 31)).top5Share // 0.62
 * ```
 */
export function providerSpendShare(
  costs: readonly PlacementCost[],
  providers: readonly Provider[],
  from: EpochDay,
  to: EpochDay,
): ProviderSpendShare {
  const find = providerIndex(providers);
  const spend = new Map<string, number>();
  for (const c of costs) {
    if (c.providerId === null) continue;
    const days = overlapDays(c.placementStart, c.placementEnd, from, to);
    if (days === 0) continue;
    const id = find(c.providerId)?.providerId ?? c.providerId;
    spend.set(id, (spend.get(id) ?? 0) + (c.weeklyCost * days) / 7);
  }
  const ranked = [...spend].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  const shareOf = (n: number) =>
    total > 0 ? ranked.slice(0, n).reduce((s, [, v]) => s + v, 0) / total : null;
  return {
    from,
    to,
    total,
    providers: ranked.length,
    top5Share: shareOf(5),
    top10Share: shareOf(10),
    largest: ranked.slice(0, 10).map(([providerId, v]) => ({
      providerId,
      name: find(providerId)?.name ?? null,
      spend: v,
      share: total > 0 ? v / total : 0,
    })),
  };
}
