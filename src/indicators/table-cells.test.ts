import { describe, expect, it } from 'vitest';
import {
  countOf,
  median,
  medianOf,
  percentOf,
  shareCells,
  type Tabulated,
  tableCells,
} from './table-cells.ts';

// Four children: a (F, 10-15), b (F, 16-17), c (M, 10-15), d (F, 10-15); value = miles (d unknown).
const rows: Tabulated<number | null>[] = [
  { childId: 'a', key: { sex: 'F', ageBand: '10-15' }, item: 3 },
  { childId: 'b', key: { sex: 'F', ageBand: '16-17' }, item: 25 },
  { childId: 'c', key: { sex: 'M', ageBand: '10-15' }, item: 8 },
  { childId: 'd', key: { sex: 'F', ageBand: '10-15' }, item: null },
];

describe('tableCells', () => {
  it('gives the body, both margins and the grand total, with empty listed categories as 0', () => {
    const cells = tableCells(
      rows,
      ['sex', 'ageBand'],
      { sex: ['F', 'M'], ageBand: ['10-15', '16-17'] },
      countOf,
    );
    expect(cells.map((c) => [c.key, c.value])).toEqual([
      [{ sex: 'F', ageBand: '10-15' }, 2],
      [{ sex: 'F', ageBand: '16-17' }, 1],
      [{ sex: 'M', ageBand: '10-15' }, 1],
      [{ sex: 'M', ageBand: '16-17' }, 0],
      [{ ageBand: '10-15' }, 3], // sex left out: the age band's total
      [{ ageBand: '16-17' }, 1],
      [{ sex: 'F' }, 3],
      [{ sex: 'M' }, 1],
      [{}, 4],
    ]);
    expect(cells[0]?.childIds).toEqual(['a', 'd']);
  });

  it('adds categories met in the data but not listed', () => {
    const cells = tableCells(rows, ['sex'], { sex: ['M'] }, countOf);
    expect(cells.map((c) => [c.key, c.value])).toEqual([
      [{ sex: 'M' }, 1],
      [{ sex: 'F' }, 3],
      [{}, 4],
    ]);
  });

  it('computes percentages with numerator and base; an empty base is unknown', () => {
    const far = percentOf<number | null>((miles) => (miles ?? 0) > 20);
    const cells = tableCells(rows, ['sex'], { sex: ['F', 'M', 'U'] }, far);
    // F: b of a, b, d = 1/3 = 33.3%; M: 0/1; U: no one.
    expect(cells.map((c) => [c.key, c.value, c.numerator, c.denominator])).toEqual([
      [{ sex: 'F' }, 33.3, 1, 3],
      [{ sex: 'M' }, 0, 0, 1],
      [{ sex: 'U' }, null, 0, 0],
      [{}, 25, 1, 4],
    ]);
  });

  it('takes medians over known values only', () => {
    const cells = tableCells(
      rows,
      ['sex'],
      { sex: ['F'] },
      medianOf<number | null>((m) => m, 'none known'),
    );
    // F: 3 and 25 known (d unknown) → 14; M (met in the data): 8; all: 3, 8, 25 → 8.
    expect(cells.map((c) => [c.value, c.denominator])).toEqual([
      [14, 2],
      [8, 1],
      [8, 3],
    ]);
    expect(median([])).toBeNull();
  });

  it('shares out one dimension', () => {
    expect(shareCells(rows, 'sex', ['F', 'M']).map((c) => [c.value, c.numerator, c.denominator])).toEqual([
      [75, 3, 4],
      [25, 1, 4],
    ]);
  });
});
