import { type ChildTimeline, isLookedAfterOn, placementOn } from '../care/index.ts';
import type { EpochDay } from '../dates/index.ts';
import { MODEL_CATEGORIES, MODEL_CATEGORY, type ModelCategory } from './exposure.ts';
import type { Projection } from './projection.ts';
import { quantileFan } from './quantiles.ts';

/** Weekly cost of a placement, pounds, in the prices of the origin's year. */
export interface UnitCost {
  inHouse: number;
  external: number;
}

export interface CostAssumptions {
  weekly: Record<ModelCategory, UnitCost>;
  /** Yearly price rise per category, e.g. 0.06 for 6%. */
  inflation: Record<ModelCategory, number>;
  /** Where the unit costs come from, to show users ("defaults (sector figures 2024–25)", "your placement costs"). */
  source: string;
}

/**
 * Default unit costs (2024–25 prices) from the sector's published ranges, mid-points: in-house fostering
 * £450–700 (kinship £200–350 pulls the in-house blend down), independent fostering £900–1,100, supported
 * £600–1,500, children's homes £5,000–6,500 in-house and £5,500–6,500 external. "Other" (placed with
 * parents, placed for adoption, parent-and-child …) is costed as in-house support or a spot placement.
 * Inflation: residential prices rose ~55% in five years (2019–2024), about 9% a year; 6% is assumed for
 * residential and 3% elsewhere. All editable.
 */
export const DEFAULT_COSTS: CostAssumptions = {
  weekly: {
    fostering: { inHouse: 500, external: 1000 },
    residential: { inHouse: 5750, external: 6000 },
    supported: { inHouse: 900, external: 1050 },
    other: { inHouse: 300, external: 1000 },
  },
  inflation: { fostering: 0.03, residential: 0.06, supported: 0.03, other: 0.03 },
  source: 'defaults: mid-points of the sector ranges for 2024–25 (docs/forecast.md)',
};

/** Children placed in-house on a day, by model category (the council's own carers and homes: PR1). */
export function inHouseOn(timelines: readonly ChildTimeline[], on: EpochDay): Record<ModelCategory, number> {
  const counts = { fostering: 0, residential: 0, supported: 0, other: 0 };
  for (const timeline of timelines) {
    if (!isLookedAfterOn(timeline, on)) continue;
    const placement = placementOn(timeline, on);
    if (placement?.inHouse) counts[MODEL_CATEGORY[placement.category]] += 1;
  }
  return counts;
}

/** The cost fan of one year (pounds): P5…P95 and the mean over paths. */
export interface CostFan {
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  mean: number;
}

export interface CostYear {
  year: number;
  byCategory: Record<ModelCategory, CostFan>;
  total: CostFan;
}

export interface CostProjection {
  years: CostYear[];
  /** Over all the years. */
  overall: CostFan;
  assumptions: CostAssumptions;
}

/**
 * Placement costs of a projection, path by path, so the cost has the same uncertainty bands as the need.
 * Each month, the children of a category fill in-house places first — as many as were placed in-house at the
 * origin plus any the scenario adds — and the rest are placed externally; the month costs
 * children × weekly cost × days ÷ 7, with prices rising by the category's inflation each year.
 */
export function projectCosts(
  projection: Projection,
  inHouseAtOrigin: Record<ModelCategory, number>,
  assumptions: CostAssumptions,
  addedPlaces: (category: ModelCategory, on: EpochDay) => number = () => 0,
): CostProjection {
  const months = projection.monthEnds.length;
  const years = Math.floor(months / 12);
  const perPath = projection.paths.map((path) => {
    const byYear = Array.from({ length: years }, () => ({
      fostering: 0,
      residential: 0,
      supported: 0,
      other: 0,
    }));
    let previous = projection.origin;
    for (let m = 0; m < years * 12; m++) {
      const end = projection.monthEnds[m] as EpochDay;
      const weeks = (end - previous) / 7;
      previous = end;
      const year = Math.floor(m / 12);
      for (const c of MODEL_CATEGORIES) {
        const children = path.byCategory[c][m] as number;
        const inHouse = Math.min(children, inHouseAtOrigin[c] + addedPlaces(c, end));
        const unit = assumptions.weekly[c];
        const prices = (1 + assumptions.inflation[c]) ** ((m + 0.5) / 12);
        (byYear[year] as Record<ModelCategory, number>)[c] +=
          (inHouse * unit.inHouse + (children - inHouse) * unit.external) * weeks * prices;
      }
    }
    return byYear;
  });
  // (A mean of no paths is 0 here, not NaN: a cost table has no empty cells.)
  const fan = (values: number[]): CostFan => {
    const f = quantileFan(values);
    return { ...f, mean: values.length > 0 ? f.mean : 0 };
  };
  const sumOf = (r: Record<ModelCategory, number>) => MODEL_CATEGORIES.reduce((s, c) => s + r[c], 0);
  return {
    years: Array.from({ length: years }, (_, y) => {
      const byCategory = {} as Record<ModelCategory, CostFan>;
      for (const c of MODEL_CATEGORIES)
        byCategory[c] = fan(perPath.map((p) => (p[y] as Record<ModelCategory, number>)[c]));
      return {
        year: y + 1,
        byCategory,
        total: fan(perPath.map((p) => sumOf(p[y] as Record<ModelCategory, number>))),
      };
    }),
    overall: fan(perPath.map((p) => p.reduce((s, y) => s + sumOf(y), 0))),
    assumptions,
  };
}
