import { MODEL_CATEGORIES } from './exposure.ts';
import type { Random } from './random.ts';
import { rateOf, type TransitionRates } from './transition-rates.ts';

/** Where a state's rates sit in a hazard table: groups × years of age × categories × duration bands. */
export interface TableShape {
  groups: readonly string[];
  years: number;
  durations: number;
}

const K = MODEL_CATEGORIES.length;
/** Hazards per state: exit, then a move to each category in MODEL_CATEGORIES order. */
export const OUTCOMES = K + 1;

/** The index of a state's first hazard in a table of this shape. */
export function stateIndex(
  shape: TableShape,
  group: number,
  age: number,
  category: number,
  duration: number,
) {
  return (((group * shape.years + age) * K + category) * shape.durations + duration) * OUTCOMES;
}

/**
 * Daily hazards of every state, from the rates' point estimates or — with `random` — one draw from each
 * state's posterior: Gamma(r·E, E) for a rate r estimated on E effective person-days (the state's own
 * exposure, plus the shrinkage constant k when it borrowed from its parent; k alone when it has none). A
 * draw per path carries the uncertainty of the estimates into the forecast's ranges.
 */
export function hazardTable(rates: TransitionRates, shape: TableShape, random: Random | null): Float64Array {
  const table = new Float64Array(shape.groups.length * shape.years * K * shape.durations * OUTCOMES);
  const k = rates.options.k;
  shape.groups.forEach((group, g) => {
    for (let age = 0; age < shape.years; age++) {
      for (let c = 0; c < K; c++) {
        const category = MODEL_CATEGORIES[c] as (typeof MODEL_CATEGORIES)[number];
        for (let d = 0; d < shape.durations; d++) {
          const r = rateOf(rates, group, age, category, d);
          const effective = r.weight === 1 ? r.exposureDays : r.exposureDays + (Number.isFinite(k) ? k : 0);
          const draw = (rate: number) =>
            random && effective > 0 && rate > 0 ? random.gamma(rate * effective) / effective : rate;
          const base = stateIndex(shape, g, age, c, d);
          table[base] = draw(r.exit);
          MODEL_CATEGORIES.forEach((to, i) => {
            table[base + 1 + i] = to === category ? 0 : draw(r.moves[to]);
          });
        }
      }
    }
  });
  return table;
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
