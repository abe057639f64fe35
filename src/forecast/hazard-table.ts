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
 * Daily hazards of every state, the point estimates or — with `random` — one draw from each state's
 * posterior: Gamma(r·E, E) for a rate r estimated on E effective person-days. A draw per path carries the
 * uncertainty of the estimates into the forecast's ranges.
 */
export function hazardTable(table: RateTable, random: Random | null): Float64Array {
  if (!random) return table.hazards;
  const out = new Float64Array(table.hazards.length);
  for (let state = 0; state < table.effectiveDays.length; state++) {
    const effective = table.effectiveDays[state] as number;
    const base = state * OUTCOMES;
    for (let i = 0; i < OUTCOMES; i++) {
      const rate = table.hazards[base + i] as number;
      out[base + i] = effective > 0 && rate > 0 ? random.gamma(rate * effective) / effective : rate;
    }
  }
  return out;
}

/**
 * Cumulative probabilities over `days` from a hazard table, per state: [exit, exit or move to category 0,
 * …]; a uniform draw above the last stays. Competing risks: P(any) = 1 − exp(−h·days), shared in proportion
 * to the hazards.
 */
export function stepProbabilities(hazards: Float64Array, days: number): Float64Array {
  const out = new Float64Array(hazards.length);
  for (let base = 0; base < hazards.length; base += OUTCOMES) {
    let h = 0;
    for (let i = 0; i < OUTCOMES; i++) h += hazards[base + i] as number;
    const scale = h > 0 ? (1 - Math.exp(-h * days)) / h : 0;
    let cumulative = 0;
    for (let i = 0; i < OUTCOMES; i++) {
      cumulative += (hazards[base + i] as number) * scale;
      out[base + i] = cumulative;
    }
  }
  return out;
}
