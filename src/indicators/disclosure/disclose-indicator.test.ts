import { describe, expect, it } from 'vitest';
import { discloseAgainstPrevious } from './disclose-against-previous.ts';
import { discloseIndicator } from './disclose-indicator.ts';
import { NATIONAL_DISCLOSURE } from './public-indicator.ts';
import { countIndicator, displays, shareIndicator, twoWay } from './test-tables.ts';

describe('discloseIndicator: counts', () => {
  it('suppresses a count of 1–5 and the smallest other member of its total', () => {
    // 20 = A 3 + B 7 + C 10. A is 1–5 (c); with only A hidden, A = 20 − 7 − 10, so the smallest other
    // member, B 7, is hidden too; then A + B = 10 is all a reader learns.
    const out = discloseIndicator(
      countIndicator(
        [
          [{}, 20],
          [{ s: 'A' }, 3],
          [{ s: 'B' }, 7],
          [{ s: 'C' }, 10],
        ],
        ['s'],
      ),
    );
    expect(displays(out.cells)).toEqual({ '{}': '20', 's=A': 'c', 's=B': 'c', 's=C': '10' });
    expect(out.cells[1]).toEqual({ key: { s: 'A' }, display: 'c', value: null, flag: 'c' });
    expect(out.disclosure.secondary).toBe(1);
    expect(JSON.stringify(out)).not.toContain('child-1');
  });

  it('in a two-way table hides a rectangle of four, not a whole row', () => {
    //        a   b   c | total
    //  r0    3   8  10 |  21
    //  r1    6  12   2 |  20
    //  total 9  20  12 |  41
    // 3 and 2 are primary. Row r0 needs a complement; 10 also completes column c (which holds 2), so
    // 10 is chosen; column a then needs 6, and row r1 holds 6 and 2. Hidden: 3, 10, 6, 2 — a cycle,
    // so each can move by ±1 (3→4, 10→9, 6→5, 2→3) without changing any published figure.
    const out = discloseIndicator(
      twoWay([
        [3, 8, 10],
        [6, 12, 2],
      ]),
    );
    expect(displays(out.cells)).toEqual({
      '{}': '41',
      'r=r0': '21',
      'r=r1': '20',
      'c=c0': '9',
      'c=c1': '20',
      'c=c2': '12',
      'r=r0,c=c0': 'c',
      'r=r0,c=c1': '8',
      'r=r0,c=c2': 'c',
      'r=r1,c=c0': 'c',
      'r=r1,c=c1': '12',
      'r=r1,c=c2': 'c',
    });
  });

  it('hides a total when its only member is hidden (the total equals it)', () => {
    // A single category: total 4 = member 4; both are the same figure.
    const out = discloseIndicator(
      countIndicator(
        [
          [{}, 4],
          [{ s: 'A' }, 4],
        ],
        ['s'],
      ),
    );
    expect(displays(out.cells)).toEqual({ '{}': 'c', 's=A': 'c' });
  });

  it('ignores members that do not add up to the total (a child in two categories)', () => {
    // 10 ≠ 3 + 9: not an identity a reader can solve, so B is not suppressed to protect A.
    const out = discloseIndicator(
      countIndicator(
        [
          [{}, 10],
          [{ s: 'A' }, 3],
          [{ s: 'B' }, 9],
        ],
        ['s'],
      ),
    );
    expect(displays(out.cells)).toEqual({ '{}': '10', 's=A': 'c', 's=B': '9' });
  });

  it('shows unknowns as x, and suppresses a small unknown count', () => {
    const indicator = countIndicator(
      [
        [{}, null],
        [{ s: 'A' }, 12],
      ],
      ['s'],
    );
    indicator.unknown = { count: 2, reason: 'no placement postcode' };
    const out = discloseIndicator(indicator);
    expect(out.cells[0]).toEqual({ key: {}, display: 'x', value: null, flag: 'x' });
    expect(out.unknown).toEqual({ reason: 'no placement postcode', display: 'c', count: null, flag: 'c' });
  });

  it('rounds to the nearest 5 or 10, with k only for a non-zero that rounds to 0', () => {
    // Nearest 5: 7 → 5, 12 → 10, 13 → 15 (13/5 = 2.6 → 3), 0 stays 0.
    const five = discloseIndicator(
      countIndicator(
        [
          [{ s: 'A' }, 7],
          [{ s: 'B' }, 12],
          [{ s: 'C' }, 13],
          [{ s: 'D' }, 0],
        ],
        ['s'],
      ),
      { threshold: 5, minBase: 10, rounding: 5, percentDecimals: 0 },
    );
    expect(five.cells.map((c) => c.display)).toEqual(['5', '10', '15', '0']);
    // National style without primary suppression: 3 → 0 by rounding → k; 0 → 0; 83,634 → 83,630.
    const national = discloseIndicator(
      countIndicator(
        [
          [{ s: 'A' }, 3],
          [{ s: 'B' }, 0],
          [{ s: 'C' }, 83634],
        ],
        ['s'],
      ),
      { ...NATIONAL_DISCLOSURE, threshold: 0 },
    );
    expect(national.cells.map((c) => [c.display, c.value, c.flag])).toEqual([
      ['k', 0, 'k'],
      ['0', 0, undefined],
      ['83630', 83630, undefined],
    ]);
  });
});

describe('discloseIndicator: percentages, rates and medians', () => {
  it('suppresses a small base or numerator, marks no base z, tiny shares k', () => {
    const out = discloseIndicator(
      shareIndicator(
        [
          { key: { g: 'base-8' }, value: 75, numerator: 6, denominator: 8 },
          { key: { g: 'numerator-3' }, value: 7.5, numerator: 3, denominator: 40 },
          { key: { g: 'zero' }, value: 0, numerator: 0, denominator: 40 },
          { key: { g: 'no-base' }, value: null, numerator: 0, denominator: 0 },
          { key: { g: 'unknown' }, value: null, unknownReason: 'no postcode' },
          { key: { g: 'tiny' }, value: 0.4, numerator: 6, denominator: 1500 },
          { key: { g: 'fine' }, value: 22.6, numerator: 12, denominator: 53 },
        ],
        ['g'],
      ),
    );
    expect(out.cells.map((c) => c.display)).toEqual(['c', 'c', '0', 'z', 'x', 'k', '23']);
  });

  it('suppresses a percentage whose numerator would be recoverable from the others', () => {
    // % placed > 20 miles by setting, with the total: numerators 3 + 9 + 20 = 32 of 20 + 30 + 50 = 100.
    // Fostering's numerator 3 is c; residential's 9 (the smaller other) is hidden with it, or
    // 32 − 20 − 9 = 3 would give it back.
    const out = discloseIndicator(
      shareIndicator(
        [
          { key: {}, value: 32, numerator: 32, denominator: 100 },
          { key: { setting: 'fostering' }, value: 15, numerator: 3, denominator: 20 },
          { key: { setting: 'residential' }, value: 30, numerator: 9, denominator: 30 },
          { key: { setting: 'other' }, value: 40, numerator: 20, denominator: 50 },
        ],
        ['setting'],
      ),
    );
    expect(out.cells.map((c) => c.display)).toEqual(['32', 'c', 'c', '40']);
  });

  it('suppresses a median on fewer than 10 children or on an unstated base', () => {
    const out = discloseIndicator(
      shareIndicator(
        [
          { key: { c: 'fostering' }, value: 412.5, denominator: 9 },
          { key: { c: 'residential' }, value: 230.5, denominator: 12 },
          { key: { c: 'secure' }, value: 88 },
        ],
        ['c'],
        'days',
      ),
    );
    // 230.5 days rounds half away from zero to 231.
    expect(out.cells.map((c) => c.display)).toEqual(['c', '231', 'c']);
  });

  it('rates per 10,000 follow the count behind them', () => {
    const out = discloseIndicator(
      shareIndicator(
        [
          { key: { y: 'a' }, value: 1.2, numerator: 4, denominator: 33000 },
          { key: { y: 'b' }, value: 67.3, numerator: 222, denominator: 33000 },
        ],
        ['y'],
        'rate-per-10000',
      ),
    );
    expect(out.cells.map((c) => c.display)).toEqual(['c', '67']);
  });
});

describe('discloseAgainstPrevious', () => {
  it('keeps a cell suppressed in the previous edition suppressed, with a complement', () => {
    // Edition 1: 20 = A 3 + B 7 + C 10 → A, B hidden (A + B = 10 known).
    const cells = (a: number): [Record<string, string>, number][] => [
      [{}, 10 + 7 + a],
      [{ s: 'A' }, a],
      [{ s: 'B' }, 7],
      [{ s: 'C' }, 10],
    ];
    const first = discloseIndicator(countIndicator(cells(3), ['s']));
    // Edition 2 (revised: A is now 6, no longer 1–5). On its own it would publish every cell, and a
    // reader who assumed B unchanged would get edition 1's A = 10 − 7 = 3. Kept: A and B stay c.
    const alone = discloseIndicator(countIndicator(cells(6), ['s']));
    expect(displays(alone.cells)).toEqual({ '{}': '23', 's=A': '6', 's=B': '7', 's=C': '10' });
    const second = discloseAgainstPrevious(countIndicator(cells(6), ['s']), first);
    expect(displays(second.cells)).toEqual({ '{}': '23', 's=A': 'c', 's=B': 'c', 's=C': '10' });
  });

  it('ignores an edition of another year', () => {
    const first = discloseIndicator(countIndicator([[{ s: 'A' }, 3]], ['s'], 2024));
    const second = discloseAgainstPrevious(countIndicator([[{ s: 'A' }, 6]], ['s'], 2025), first);
    expect(second.cells[0]?.display).toBe('6');
  });
});
