import {
  AGE_BANDS,
  type AgeBand,
  ageBandOn,
  type ChildTimeline,
  isLookedAfterOn,
  placementOn,
} from '../care/index.ts';
import { censusDate, type EpochDay } from '../dates/index.ts';
import { MODEL_CATEGORY, type ModelCategory } from '../forecast/index.ts';

/** Children looked after on one 31 March: in total, by model category and by age band × category. */
export interface HistoryPoint {
  date: EpochDay;
  total: number;
  byCategory: Record<ModelCategory, number>;
  byBand: Record<AgeBand, Record<ModelCategory, number>>;
}

function zeros(): Record<ModelCategory, number> {
  return { fostering: 0, residential: 0, supported: 0, other: 0 };
}

/**
 * Children looked after (short breaks excluded) on each 31 March from `firstYear` to `lastYear` (collection
 * years), counted as the forecast counts them, so the history line meets the fan. A child without a
 * placement record that day counts as 'other', as in the forecast's starting stock.
 *
 * ### Example
 * ```ts
 * forecastHistory(timelines, 2022, 2026).map((p) => p.total) // five 31 March counts
 * ```
 */
export function forecastHistory(
  timelines: readonly ChildTimeline[],
  firstYear: number,
  lastYear: number,
): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  for (let year = firstYear; year <= lastYear; year++) points.push(countOn(timelines, censusDate(year)));
  return points;
}

function countOn(timelines: readonly ChildTimeline[], on: EpochDay): HistoryPoint {
  const byCategory = zeros();
  const byBand = Object.fromEntries(AGE_BANDS.map((b) => [b, zeros()])) as HistoryPoint['byBand'];
  let total = 0;
  for (const timeline of timelines) {
    if (!isLookedAfterOn(timeline, on)) continue;
    const category = MODEL_CATEGORY[placementOn(timeline, on)?.category ?? 'unknown'];
    total += 1;
    byCategory[category] += 1;
    byBand[ageBandOn(timeline.dob, on)][category] += 1;
  }
  return { date: on, total, byCategory, byBand };
}
