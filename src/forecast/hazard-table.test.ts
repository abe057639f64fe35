import { describe, expect, it } from 'vitest';
import { OUTCOMES, PathHazards, type RateTable } from './hazard-table.ts';
import { pathRandom } from './random.ts';

/** Two states: the first exits at 0.01 a day and moves to category 1 (fostering's index + 1) at 0.02; the second has no events. */
function twoStates(effectiveDays: number): RateTable {
  const hazards = new Float64Array(2 * OUTCOMES);
  hazards[0] = 0.01;
  hazards[2] = 0.02;
  return { hazards, effectiveDays: Float64Array.from([effectiveDays, effectiveDays]) };
}

describe('PathHazards', () => {
  it('fills a month-step state by competing risks: P(any) = 1 − e^(−0.03·30), a third of it exits', () => {
    const path = new PathHazards(twoStates(1000), null);
    const table = path.probabilities(30);
    expect(Number.isNaN(table[0] as number)).toBe(true);
    path.fill(table, 30, 0);
    const any = 1 - Math.exp(-0.9); // 0.5934
    expect(table[0]).toBeCloseTo(any / 3, 12);
    expect(table[1]).toBeCloseTo(any / 3, 12);
    expect(table[2]).toBeCloseTo(any, 12);
    expect(table[4]).toBeCloseTo(any, 12);
    path.fill(table, 30, OUTCOMES);
    expect(table[OUTCOMES + 4]).toBe(0);
  });

  it('draws a state’s hazards once, on first use, around the estimate', () => {
    const path = new PathHazards(twoStates(1000), pathRandom(1, 0));
    expect(Number.isNaN(path.hazards[0] as number)).toBe(true);
    path.ensure(0);
    const drawn = [...path.hazards.slice(0, OUTCOMES)];
    path.ensure(0);
    expect([...path.hazards.slice(0, OUTCOMES)]).toEqual(drawn);
    // Gamma(10, 1000): mean 0.01, sd 0.0032; zero rates stay zero; the second state is untouched.
    expect(drawn[0]).toBeGreaterThan(0.01 - 5 * 0.0032);
    expect(drawn[0]).toBeLessThan(0.01 + 5 * 0.0032);
    expect(drawn[1]).toBe(0);
    expect(Number.isNaN(path.hazards[OUTCOMES] as number)).toBe(true);
  });

  it('averages its draws to the estimate (Gamma(r·E, E) has mean r)', () => {
    let sum = 0;
    for (let p = 0; p < 2000; p++) {
      const path = new PathHazards(twoStates(1000), pathRandom(7, p));
      path.ensure(0);
      sum += path.hazards[2] as number;
    }
    // Gamma(20, 1000): sd 0.00447; the mean of 2,000 has sd 0.0001.
    expect(sum / 2000).toBeGreaterThan(0.02 - 0.0004);
    expect(sum / 2000).toBeLessThan(0.02 + 0.0004);
  });
});
