import type { EpochDay } from '../dates/index.ts';
import type { CareLeaverAccommodation } from '../local/records.ts';
import { median } from './quartiles.ts';
import { spanCovers } from './spans.ts';

export interface CareLeaverNeed {
  on: EpochDay;
  /** Care leavers (18–25) in accommodation the council pays for that day (a weekly cost above 0). */
  paid: number;
  /** All care leavers with an accommodation record that day. */
  recorded: number;
  /** Median weekly cost of the paid ones; null when none. */
  medianWeeklyCost: number | null;
}

/**
 * Care leavers' accommodation on a day, from the local records: how many the council pays for, and the
 * median weekly cost. The plan holds this number flat (said in its assumptions): the demand forecast
 * projects care leavers in supported accommodation only (`projectSupportedLeavers`), not every paid home.
 */
export function careLeaverNeed(records: readonly CareLeaverAccommodation[], on: EpochDay): CareLeaverNeed {
  const current = records.filter((r) => spanCovers(r.start, r.end, on));
  const costs = current.map((r) => r.weeklyCost).filter((c): c is number => c !== null && c > 0);
  return {
    on,
    paid: costs.length,
    recorded: current.length,
    medianWeeklyCost: costs.length ? median(costs) : null,
  };
}
