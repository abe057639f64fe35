import { describe, expect, it } from 'vitest';
import { Rng } from './rng.ts';

describe('Rng', () => {
  it('repeats a sequence for a seed and differs across seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.float());
    expect(Array.from({ length: 5 }, () => b.float())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.float())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws Poisson counts and weighted choices with the right means', () => {
    // 20,000 draws: the mean of Poisson(3) has sd √(3/20000) ≈ 0.012, so ±0.06 is 5 sd.
    const rng = new Rng(7);
    let sum = 0;
    let picked = 0;
    for (let i = 0; i < 20_000; i++) {
      sum += rng.poisson(3);
      if (
        rng.weighted([
          ['a', 1],
          ['b', 3],
        ] as const) === 'b'
      )
        picked++;
    }
    expect(Math.abs(sum / 20_000 - 3)).toBeLessThan(0.06);
    // share of 'b' should be 3/4; sd √(.75·.25/20000) ≈ 0.003.
    expect(Math.abs(picked / 20_000 - 0.75)).toBeLessThan(0.015);
  });
});
