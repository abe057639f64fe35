import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** The draws a simulation needs, from one seeded stream. */
export interface Random {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
  /** Gamma with this shape and rate 1 (mean = shape); 0 for a shape of 0 or less. */
  gamma(shape: number): number;
  /** Poisson with this mean; 0 for a mean of 0 or less. */
  poisson(mean: number): number;
}

const TWO_32 = 4_294_967_296;

/**
 * The stream of path `path` under `seed`: the two mixed (a 32-bit hash) so that neighbouring paths are
 * unrelated and path i draws the same numbers however many paths run, in whichever worker.
 */
export function pathRandom(seed: number, path: number): Random {
  let h = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(path + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  const rng = xoroshiro128plus((h ^ (h >>> 15)) | 0);
  // xoroshiro's first outputs from a small seed are poorly mixed: discard a few.
  for (let i = 0; i < 8; i++) rng.next();
  return randomFrom(rng);
}

function randomFrom(rng: RandomGenerator): Random {
  const uniform = () => (rng.next() >>> 0) / TWO_32;
  const normal = () => {
    // Box–Muller; 1 − u keeps the logarithm finite.
    const u = 1 - uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  const gamma = (shape: number): number => {
    if (!(shape > 0)) return 0;
    // Marsaglia & Tsang (2000); a shape below 1 is boosted: G(a) = G(a + 1) · U^(1/a).
    if (shape < 1) return gamma(shape + 1) * (1 - uniform()) ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const poisson = (mean: number): number => {
    if (!(mean > 0)) return 0;
    // Inversion in parts of at most 20: a sum of Poissons is Poisson, and exp(−20) stays well above underflow.
    const parts = Math.ceil(mean / 20);
    const mu = mean / parts;
    let total = 0;
    for (let i = 0; i < parts; i++) {
      let k = 0;
      let p = Math.exp(-mu);
      let cumulative = p;
      const u = uniform();
      while (u > cumulative && k < 1000) {
        k += 1;
        p *= mu / k;
        cumulative += p;
      }
      total += k;
    }
    return total;
  };
  return { uniform, normal, gamma, poisson };
}
