import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** A weighted choice: `[value, weight]` pairs; weights need not sum to 1. */
export type Weights<T> = readonly (readonly [T, number])[];

const TWO_32 = 4_294_967_296;

/**
 * A seeded random source (pure-rand xoroshiro128+). Never Math.random: the same seed gives the same
 * council. `fork()` hands each child its own stream so a change to one child's story does not shift
 * every later child's draws.
 */
export class Rng {
  readonly #g: RandomGenerator;
  #spare: number | null = null;

  constructor(seed: number) {
    this.#g = xoroshiro128plus(seed | 0);
    // The first outputs of xoroshiro from a small seed are poorly mixed: discard a few.
    for (let i = 0; i < 8; i++) this.#g.next();
  }

  /** Uniform in [0, 1), 32 bits. */
  float(): number {
    return (this.#g.next() >>> 0) / TWO_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  weighted<T>(table: Weights<T>): T {
    let total = 0;
    for (const [, w] of table) total += w;
    let u = this.float() * total;
    for (const [value, w] of table) {
      u -= w;
      if (u < 0) return value;
    }
    const last = table[table.length - 1];
    if (last === undefined) throw new RangeError('weighted choice from an empty table');
    return last[0];
  }

  /** Standard normal (Marsaglia polar method). */
  normal(): number {
    if (this.#spare !== null) {
      const s = this.#spare;
      this.#spare = null;
      return s;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = this.float() * 2 - 1;
      v = this.float() * 2 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.#spare = v * m;
    return u * m;
  }

  /** Log-normal with the given median and log-scale spread. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.float());
  }

  /** Poisson count: Knuth's method for small means, a rounded normal for large ones. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.float();
    while (p > limit) {
      k++;
      p *= this.float();
    }
    return k;
  }

  /** An independent stream seeded from this one. */
  fork(): Rng {
    return new Rng(this.#g.next() ^ Math.imul(this.#g.next(), 0x9e3779b1));
  }
}
