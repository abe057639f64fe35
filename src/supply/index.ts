/**
 * Supply, gap and the commissioning plan (issue 6): in-house capacity (carers and homes), the gap against
 * the demand forecast and its cost, capacity scenarios, the market view and the 5-year plan. Pure functions
 * of the council's local data, timelines and forecast; the store and the edges load and save.
 */
export * from './capacity-scenario.ts';
export * from './capacity-view.ts';
export * from './care-leaver-need.ts';
export * from './commissioning-plan.ts';
export * from './deregistration-risk.ts';
export * from './forecast-origin.ts';
export * from './fostering-places.ts';
export * from './fostering-projection.ts';
export * from './gap.ts';
export * from './home-beds.ts';
export * from './in-house-capacity.ts';
export * from './market-view.ts';
export type { NeedForecast } from './need-forecast.ts';
export * from './occupancy.ts';
export * from './placement-prices.ts';
export * from './placement-requests.ts';
export * from './plan-diff.ts';
export * from './plan-inputs.ts';
export * from './provider-market.ts';
export * from './provider-spend.ts';
export { median, quartiles } from './quartiles.ts';
export { overlapDays, spanCovers } from './spans.ts';
export * from './supply-forecast.ts';
export * from './top-cost-placements.ts';
export * from './unit-costs.ts';
