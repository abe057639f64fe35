import { describe, expect, it } from 'vitest';
import type { Indicator } from '../indicator.ts';
import { discloseIndicator } from './disclose-indicator.ts';

const shares = (cells: [string, number, number][]): Indicator => ({
  id: 'test.share',
  theme: 'profile',
  title: 'Share by group',
  definition: 'test',
  unit: 'percent',
  collectionYear: 2025,
  dimensions: ['group'],
  cells: cells.map(([group, numerator, denominator]) => ({
    key: { group },
    value: (numerator / denominator) * 100,
    numerator,
    denominator,
  })),
});

describe('shares of one whole', () => {
  it('hide a second share when one is suppressed, since the shares add up to 100%', () => {
    // 3 of 23 is suppressed; 20 of 23 shown would give 100% − 87% = 13% = 3 of 23 back.
    const published = discloseIndicator(
      shares([
        ['a', 3, 23],
        ['b', 20, 23],
      ]),
    );
    expect(published.cells.map((c) => c.flag)).toEqual(['c', 'c']);
  });

  it('hide the smallest other share of three', () => {
    // a 3 (primary); the complement is the smaller of b 8 and c 30.
    const published = discloseIndicator(
      shares([
        ['a', 3, 41],
        ['b', 8, 41],
        ['c', 30, 41],
      ]),
    );
    expect(published.cells.map((c) => c.flag ?? 'shown')).toEqual(['c', 'c', 'shown']);
  });

  it('leave shares alone when they do not make up one whole (a child can be in several groups)', () => {
    // 3 + 30 = 33 ≠ 41: no identity, so only the small one is hidden.
    const published = discloseIndicator(
      shares([
        ['a', 3, 41],
        ['b', 30, 41],
      ]),
    );
    expect(published.cells.map((c) => c.flag ?? 'shown')).toEqual(['c', 'shown']);
  });
});
