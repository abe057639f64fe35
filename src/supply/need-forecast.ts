import type { EpochDay } from '../dates/index.ts';
import type { CountFan, ModelCategory } from '../forecast/index.ts';

/**
 * The part of the demand forecast (`forecastCouncil`'s `CouncilForecast`) the gap reads: the fans by
 * category on each anniversary of the origin, and the model's assumptions. Kept this narrow so the forecast
 * can grow (age bands, scenarios, costs) without touching supply.
 */
export interface NeedForecast {
  origin: EpochDay;
  years: readonly { year: number; date: EpochDay; byCategory: Record<ModelCategory, CountFan> }[];
  assumptions: readonly string[];
  /**
   * Care leavers aged 18–20 in supported accommodation, when the forecast projects them (local care-leaver
   * data loaded): as modelled on the origin (`now`) and on each year's date.
   */
  careLeavers?: { now: number; years: readonly { p10: number; p50: number; p90: number }[] } | null;
}
