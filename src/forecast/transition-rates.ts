import { ageBand } from '../care/index.ts';
import { type AgeSteps, ageStepYears } from './age-steps.ts';
import {
  type CellCounts,
  cellKey,
  type ExposureCounts,
  MODEL_CATEGORIES,
  type ModelCategory,
} from './exposure.ts';

/** Where a cell's rates come from. */
export type RateBasis =
  /** The cell's own events ÷ exposure (exposure at or above the minimum). */
  | 'own'
  /** Own rate shrunk toward the parent group's: w·own + (1−w)·parent. */
  | 'shrunk'
  /** No exposure of its own: the parent group's rate (or the category's, if the parent has none). */
  | 'parent'
  /** No exposure anywhere in the category: zero, flagged as such. */
  | 'none';

/** Daily hazards out of one state cell. */
export interface CellRates {
  group: string;
  ageStep: number;
  /** Completed years of age at the step's start. */
  age: number;
  category: ModelCategory;
  duration: number;
  exposureDays: number;
  /** Credibility of the cell's own rate, 0–1. */
  weight: number;
  basis: RateBasis;
  /** Daily rate of moving to each other category (own category 0). */
  moves: Record<ModelCategory, number>;
  /** Daily rate of leaving care. */
  exit: number;
}

/** The cell identity a parent group is computed from. */
export interface CellIdentity {
  group: string;
  ageStep: number;
  /** Completed years of age at the step's start (parent groups are keyed by it). */
  age: number;
  category: ModelCategory;
  /** Duration band (0 when the counts have none). */
  duration: number;
}

export interface RateOptions {
  /** Cells with less exposure (person-days) than this are shrunk toward their parent. */
  minExposureDays: number;
  /** Key of a cell's parent group; default the same group and category in the cell's age band. */
  parent?: (cell: CellIdentity) => string;
  /**
   * Credibility constant: person-days at which own and parent rates weigh equally, w = E/(E+k).
   * Default `minExposureDays`, so a sparse cell never counts for more than half; the weight jumps to 1
   * at the minimum. Set `minExposureDays: Infinity` to shrink every cell smoothly.
   */
  k?: number;
}

export interface TransitionRates {
  cells: Map<string, CellRates>;
  /** The age steps of the counts the rates come from. */
  ageSteps: AgeSteps;
  /** Pooled rates of each parent group, by parent key. */
  parents: Map<string, Pooled>;
  /** Pooled rates of each category × duration band over every group and age, by `categoryKey`: the fallback for an empty parent. */
  categories: Map<string, Pooled>;
  options: Required<RateOptions>;
}

/** Events and exposure summed over cells, and the rates they give. */
export interface Pooled {
  exposureDays: number;
  moves: Record<ModelCategory, number>;
  exit: number;
}

/** The default parent: the same group, category and duration band in the cell's age band (ageBand of `src/care`). */
export function ageBandParent(cell: CellIdentity): string {
  return `${cell.group}|${ageBand(cell.age)}|${cell.category}|${cell.duration}`;
}

/** The key of a category × duration band in `TransitionRates.categories`. */
export function categoryKey(category: ModelCategory, duration = 0): string {
  return `${category}|${duration}`;
}

/**
 * Daily occurrence/exposure rates per cell (events ÷ person-days), sparse cells shrunk toward their parent
 * group by credibility w = E/(E+k): rate = w·own + (1−w)·parent. Never NaN: a cell without exposure takes
 * its parent's rate, a parent without exposure its category's over all ages, and only a category with no
 * exposure at all gives zero, marked `basis: 'none'`.
 *
 * ### Example
 * ```ts
 * const rates = transitionRates(counts, { minExposureDays: 3650 });
 * rateOf(rates, 'all', 15, 'residential').exit * 365 // yearly exit hazard of 15-year-olds in residential
 * ```
 */
export function transitionRates(counts: ExposureCounts, options: RateOptions): TransitionRates {
  const resolved: Required<RateOptions> = {
    minExposureDays: options.minExposureDays,
    parent: options.parent ?? ageBandParent,
    k: options.k ?? options.minExposureDays,
  };
  const parentSums = new Map<string, Sums>();
  const categorySums = new Map<string, Sums>();
  for (const cell of counts.cells.values()) {
    addTo(sumsOf(parentSums, resolved.parent(cell)), cell);
    addTo(sumsOf(categorySums, categoryKey(cell.category, cell.duration)), cell);
  }
  const categories = new Map<string, Pooled>();
  for (const [key, sums] of categorySums) categories.set(key, pooled(sums, null));
  const parents = new Map<string, Pooled>();
  for (const [key, sums] of parentSums) {
    parents.set(key, pooled(sums, categories.get(categoryKey(sums.category, sums.duration)) ?? null));
  }
  const rates: TransitionRates = {
    cells: new Map(),
    ageSteps: counts.ageSteps,
    parents,
    categories,
    options: resolved,
  };
  for (const [key, cell] of counts.cells) rates.cells.set(key, shrink(rates, cell, cell));
  return rates;
}

/** The rates of a cell, including one never observed (it takes its parent's or category's rate). */
export function rateOf(
  rates: TransitionRates,
  group: string,
  ageStep: number,
  category: ModelCategory,
  duration = 0,
): CellRates {
  const known = rates.cells.get(cellKey(group, ageStep, category, duration));
  if (known) return known;
  const age = ageStepYears(rates.ageSteps, ageStep);
  return shrink(rates, { group, ageStep, age, category, duration }, null);
}

interface Sums {
  category: ModelCategory;
  duration: number;
  exposureDays: number;
  moves: Record<ModelCategory, number>;
  exits: number;
}

function sumsOf<K>(map: Map<K, Sums>, key: K): Sums {
  let sums = map.get(key);
  if (!sums) {
    sums = { category: 'other', duration: 0, exposureDays: 0, moves: zeroMoves(), exits: 0 };
    map.set(key, sums);
  }
  return sums;
}

function addTo(sums: Sums, cell: CellCounts): void {
  sums.category = cell.category;
  sums.duration = cell.duration;
  sums.exposureDays += cell.exposureDays;
  sums.exits += cell.exits;
  for (const c of MODEL_CATEGORIES) sums.moves[c] += cell.moves[c];
}

function zeroMoves(): Record<ModelCategory, number> {
  return { fostering: 0, residential: 0, supported: 0, other: 0 };
}

/** Rates of summed counts; with no exposure, the fallback's (or zero when there is none). */
function pooled(sums: Sums, fallback: Pooled | null): Pooled {
  if (sums.exposureDays <= 0) {
    return fallback ?? { exposureDays: 0, moves: zeroMoves(), exit: 0 };
  }
  const moves = zeroMoves();
  for (const c of MODEL_CATEGORIES) moves[c] = sums.moves[c] / sums.exposureDays;
  return { exposureDays: sums.exposureDays, moves, exit: sums.exits / sums.exposureDays };
}

function shrink(rates: TransitionRates, id: CellIdentity, cell: CellCounts | null): CellRates {
  const { minExposureDays, k } = rates.options;
  const parent =
    rates.parents.get(rates.options.parent(id)) ??
    rates.categories.get(categoryKey(id.category, id.duration)) ??
    null;
  const exposure = cell?.exposureDays ?? 0;
  const base = {
    group: id.group,
    ageStep: id.ageStep,
    age: id.age,
    category: id.category,
    duration: id.duration,
    exposureDays: exposure,
  };
  if (!cell || exposure <= 0) {
    const basis: RateBasis = parent && parent.exposureDays > 0 ? 'parent' : 'none';
    return {
      ...base,
      weight: 0,
      basis,
      moves: { ...(parent?.moves ?? zeroMoves()) },
      exit: parent?.exit ?? 0,
    };
  }
  const weight =
    exposure >= minExposureDays || !parent || parent.exposureDays <= 0 ? 1 : exposure / (exposure + k);
  const blend = (own: number, pool: number) => weight * own + (1 - weight) * pool;
  const moves = zeroMoves();
  for (const c of MODEL_CATEGORIES) moves[c] = blend(cell.moves[c] / exposure, parent?.moves[c] ?? 0);
  return {
    ...base,
    weight,
    basis: weight === 1 ? 'own' : 'shrunk',
    moves,
    exit: blend(cell.exits / exposure, parent?.exit ?? 0),
  };
}
