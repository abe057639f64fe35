import { addYears, day, type EpochDay } from '../dates/index.ts';
import type { GridPoint } from '../geo/index.ts';
import type { LocalData } from '../local/records.ts';
import { financialYearOf } from './commissioning-plan.ts';
import { type PriceDistribution, type PriceTrendPoint, placementPrices } from './placement-prices.ts';
import { placementRequests, type RequestSummary } from './placement-requests.ts';
import { type MarketCell, providerMarket } from './provider-market.ts';
import { type ProviderSpendShare, providerSpendShare } from './provider-spend.ts';
import { type TopCostPlacements, topCostPlacements } from './top-cost-placements.ts';

export interface MarketView {
  on: EpochDay;
  providers: MarketCell[];
  prices: { distribution: PriceDistribution[]; trend: PriceTrendPoint[] };
  topCost: TopCostPlacements;
  /** Spend in the last complete financial year up to `on`. */
  spendShare: ProviderSpendShare;
  /** Requests in the 12 months to `on`. */
  requests: RequestSummary;
}

export interface MarketOptions {
  locateDistrict: (postcodeDistrict: string) => GridPoint | null;
  centre: GridPoint | null;
  /** How many top-cost placements to list (default 10). */
  topCostLimit?: number;
}

/**
 * The market as a council sees it on a day: providers by type × distance band × grade, prices (quartiles
 * by type, trend by year), the costliest current placements, concentration of spend in the last complete
 * financial year, and placement requests in the 12 months to the day.
 */
export function marketView(local: LocalData, on: EpochDay, options: MarketOptions): MarketView {
  const lastYear = financialYearOf(on + 1) - 1;
  const spendFrom = day(lastYear, 4, 1);
  const spendTo = day(lastYear + 1, 3, 31);
  return {
    on,
    providers: providerMarket(local.providers, options.locateDistrict, options.centre),
    prices: placementPrices(local.placementCosts, local.providers),
    topCost: topCostPlacements(local.placementCosts, local.providers, on, options.topCostLimit),
    spendShare: providerSpendShare(local.placementCosts, local.providers, spendFrom, spendTo),
    requests: placementRequests(local.placementRequests, addYears(on, -1) + 1, on),
  };
}
