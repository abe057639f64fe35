import { MODEL_CATEGORIES } from './exposure.ts';
import type { Random } from './random.ts';
import { rateOf, type TransitionRates } from './transition-rates.ts';

/** Where a state's rates sit in a hazard table: groups × age steps × categories × duration bands. */
export interface TableShape {
  groups: readonly string[];
  /** Number of age steps (of the rates' `ageSteps`). */
  ageSteps: number;
  durations: number;
}

const K = MODEL_CATEGORIES.length;
/** Hazards per state: exit, then a move to each category in MODEL_CATEGORIES order. */
export const OUTCOMES = K + 1;

/** The index of a state's first hazard in a table of this shape. */
export function stateIndex(
  shape: TableShape,
  group: number,
  ageStep: number,
  category: number,
  duration: number,
) {
  return (((group * shape.ageSteps + ageStep) * K + category) * shape.durations + duration) * OUTCOMES;
}

/** Every state's point-estimate hazards and the effective person-days behind them, computed once per run. */
export interface RateTable {
  /** Per state, OUTCOMES daily hazards: exit, then a move to each category (0 for its own). */
  hazards: Float64Array;
  /** Per state: the person-days the estimate rests on (own exposure, plus k when it borrowed). */
  effectiveDays: Float64Array;
}

/**
 * The rates of every state of a table shape, from the transition rates (shrinkage resolved once here, not
 * per path: it is the costly part).
 */
export function rateTable(rates: TransitionRates, shape: TableShape): RateTable {
  const states = shape.groups.length * shape.ageSteps * K * shape.durations;
  const hazards = new Float64Array(states * OUTCOMES);
  const effectiveDays = new Float64Array(states);
  const k = rates.options.k;
  shape.groups.forEach((group, g) => {
    for (let step = 0; step < shape.ageSteps; step++) {
      for (let c = 0; c < K; c++) {
        const category = MODEL_CATEGORIES[c] as (typeof MODEL_CATEGORIES)[number];
        for (let d = 0; d < shape.durations; d++) {
          const r = rateOf(rates, group, step, category, d);
          const base = stateIndex(shape, g, step, c, d);
          effectiveDays[base / OUTCOMES] =
            r.weight === 1 ? r.exposureDays : r.exposureDays + (Number.isFinite(k) ? k : 0);
          hazards[base] = r.exit;
          MODEL_CATEGORIES.forEach((to, i) => {
            hazards[base + 1 + i] = to === category ? 0 : r.moves[to];
          });
        }
      }
    }
  });
  return { hazards, effectiveDays };
}

/**
 * One state's cumulative probabilities over `days`: [exit, exit or move to category 0, …]; a uniform draw
 * above the last stays. Competing risks: P(any) = 1 − exp(−h·days), shared in proportion to the hazards.
 */
function fillStep(hazards: Float64Array, out: Float64Array, days: number, base: number): void {
  let h = 0;
  for (let i = 0; i < OUTCOMES; i++) h += hazards[base + i] as number;
  const scale = h > 0 ? (1 - Math.exp(-h * days)) / h : 0;
  let cumulative = 0;
  for (let i = 0; i < OUTCOMES; i++) {
    cumulative += (hazards[base + i] as number) * scale;
    out[base + i] = cumulative;
  }
}

/**
 * One path's hazards, drawn from their posteriors (as `hazardTable`) only for the states the path visits,
 * on first visit: most states never are (UASC infants, say), and the draws were a tenth of the run time.
 * `probabilities(days)` is filled state by state the same way. Deterministic: a path visits states in the
 * same order from the same stream.
 */
export class PathHazards {
  /** Daily hazards per state (as `RateTable.hazards`); NaN until the state is drawn. */
  readonly hazards: Float64Array;
  readonly #table: RateTable;
  readonly #random: Random | null;
  readonly #byDays = new Map<number, Float64Array>();

  constructor(table: RateTable, random: Random | null) {
    this.#table = table;
    this.#random = random;
    this.hazards = random ? new Float64Array(table.hazards.length).fill(Number.NaN) : table.hazards;
  }

  /** Draws the hazards of the state starting at `base` unless drawn already. */
  ensure(base: number): void {
    const hazards = this.hazards;
    if (!Number.isNaN(hazards[base] as number)) return;
    const random = this.#random as Random;
    const effective = this.#table.effectiveDays[base / OUTCOMES] as number;
    for (let i = 0; i < OUTCOMES; i++) {
      const rate = this.#table.hazards[base + i] as number;
      hazards[base + i] = effective > 0 && rate > 0 ? random.gamma(rate * effective) / effective : rate;
    }
  }

  /** The month-step table for `days` (as `stepProbabilities`), NaN for states not yet filled: see `fill`. */
  probabilities(days: number): Float64Array {
    let table = this.#byDays.get(days);
    if (!table) {
      table = new Float64Array(this.hazards.length).fill(Number.NaN);
      this.#byDays.set(days, table);
    }
    return table;
  }

  /** Fills one state of a month-step table (drawing its hazards first if need be). */
  fill(table: Float64Array, days: number, base: number): void {
    this.ensure(base);
    fillStep(this.hazards, table, days, base);
  }
}
