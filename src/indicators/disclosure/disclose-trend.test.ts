import { describe, expect, it } from 'vitest';
import { discloseTrend } from './disclose-trend.ts';
import { countIndicator, displays } from './test-tables.ts';

const year = (collectionYear: number, a: number, b: number, c: number) =>
  countIndicator(
    [
      [{}, a + b + c],
      [{ s: 'A' }, a],
      [{ s: 'B' }, b],
      [{ s: 'C' }, c],
    ],
    ['s'],
    collectionYear,
  );

describe('discloseTrend', () => {
  it('without changes or period totals, each year is controlled on its own', () => {
    // 2024: 8, 12, 10 (30) all shown. 2025: A 3 is c; B 12 is the smaller other member → c.
    const trend = discloseTrend([year(2025, 3, 12, 20), year(2024, 8, 12, 10)]);
    expect(trend.years.map((y) => y.collectionYear)).toEqual([2024, 2025]);
    expect(displays(trend.years[0]?.cells ?? [])).toEqual({
      '{}': '30',
      's=A': '8',
      's=B': '12',
      's=C': '10',
    });
    expect(displays(trend.years[1]?.cells ?? [])).toEqual({
      '{}': '35',
      's=A': 'c',
      's=B': 'c',
      's=C': '20',
    });
    expect(trend.changes).toEqual([]);
  });

  it('with changes: hides the change of a suppressed cell, and a second change so the total change cannot give it', () => {
    // 2024: A 8, B 12, C 10 (30); 2025: A 3, B 12, C 20 (35). Changes: total +5, A −5, B 0, C +10.
    // A(2025) is c and B(2025) its complement. Showing A's change (−5) with A(2024) = 8 would give
    // A(2025) = 3, so A's change is hidden; the total's change +5 = ΔA + ΔB + ΔC with ΔC shown would then
    // give ΔA from ΔB, so B's change is hidden too. Published: total +5, C +10; ΔA + ΔB = −5 only.
    const trend = discloseTrend([year(2024, 8, 12, 10), year(2025, 3, 12, 20)], undefined, { changes: true });
    expect(displays(trend.years[0]?.cells ?? [])).toEqual({
      '{}': '30',
      's=A': '8',
      's=B': '12',
      's=C': '10',
    });
    expect(displays(trend.years[1]?.cells ?? [])).toEqual({
      '{}': '35',
      's=A': 'c',
      's=B': 'c',
      's=C': '20',
    });
    expect(trend.changes[0]?.collectionYear).toBe(2025);
    expect(displays(trend.changes[0]?.cells ?? [])).toEqual({
      '{}': '5',
      's=A': 'c',
      's=B': 'c',
      's=C': '10',
    });
  });

  it('with a period total: a cell hidden in one year is not given back by the sum over years', () => {
    // 2024: A 8, B 12, C 10; 2025: A 3, B 12, C 20. Sums: A 11, B 24, C 30, total 65. A(2025) and
    // B(2025) are hidden; A's sum 11 with A(2024) 8 shown would give A(2025) = 3, so A's sum is hidden,
    // and then the total's sum (65) less C's (30) would give A + B sums, so B's sum is hidden too.
    const trend = discloseTrend([year(2024, 8, 12, 10), year(2025, 3, 12, 20)], undefined, {
      periodTotal: true,
    });
    expect(displays(trend.periodTotal ?? [])).toEqual({ '{}': '65', 's=A': 'c', 's=B': 'c', 's=C': '30' });
  });

  it('refuses indicators of different ids', () => {
    const other = { ...year(2025, 1, 2, 3), id: 'profile.other' };
    expect(() => discloseTrend([year(2024, 8, 12, 10), other])).toThrow(TypeError);
  });
});
