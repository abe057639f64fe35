import { describe, expect, it } from 'vitest';
import type { EditionFigure } from './edition-figure.ts';
import { figureChanges } from './figure-changes.ts';

const fig = (
  key: string,
  table: string,
  display: string,
  extra: Partial<EditionFigure> = {},
): EditionFigure => {
  const value = /^-?[0-9.]+$/.test(display) ? Number(display) : null;
  const flag = value === null ? (display as EditionFigure['flag']) : undefined;
  return {
    key,
    label: key,
    table,
    kind: 'count',
    period: '2024/25',
    display,
    value,
    ...(flag ? { flag } : {}),
    ...extra,
  };
};

// A hand-built pair of editions. Placements at 31 March: 40 = fostering 28 + residential c + secure c
// (secure is 3, residential 9: residential is the complement hiding secure), then 43 = 31 + c + c.
// Starts (a table with nothing hidden) 20 → 23. A share 70% → 72%, a median 310.5 → 298 days.
// Age table with hidden cells: 10–15 18 → 26 (+8, above the threshold of 5, so shown).
const previous: EditionFigure[] = [
  fig('placements|total', 'placements', '40'),
  fig('placements|fostering', 'placements', '28'),
  fig('placements|residential', 'placements', 'c'),
  fig('placements|secure', 'placements', 'c'),
  fig('starts|total', 'starts', '20'),
  fig('mix|in-house-share', 'mix', '70', { kind: 'share' }),
  fig('durations|median', 'durations', '310.5', { kind: 'statistic' }),
  fig('age|10-15', 'age', '18'),
  fig('age|16+', 'age', 'c'),
  fig('missing|total', 'missing', '12'),
  fig('distance|unknown', 'distance', 'x'),
];
const current: EditionFigure[] = [
  fig('placements|total', 'placements', '43', { period: '2025/26' }),
  fig('placements|fostering', 'placements', '31', { period: '2025/26' }),
  fig('placements|residential', 'placements', 'c', { period: '2025/26' }),
  fig('placements|secure', 'placements', 'c', { period: '2025/26' }),
  fig('starts|total', 'starts', '23'),
  fig('mix|in-house-share', 'mix', '72', { kind: 'share' }),
  fig('durations|median', 'durations', '298', { kind: 'statistic' }),
  fig('age|10-15', 'age', '26'),
  fig('age|16+', 'age', 'c'),
  fig('uasc|total', 'uasc', '7'),
  fig('distance|unknown', 'distance', '14'),
];

describe('figureChanges on a hand-built pair of editions', () => {
  const changes = figureChanges(previous, current);
  const byKey = new Map(changes.map((c) => [c.key, c]));
  const change = (key: string) => byKey.get(key)?.change;

  it('withholds a change when either side is suppressed', () => {
    expect(change('placements|residential')).toBe('c');
    expect(change('placements|secure')).toBe('c');
    expect(change('age|16+')).toBe('c');
  });

  it('withholds a small change (1–5) in a table with a suppressed cell: +3 on 40 would pin the 3 to a hidden cell', () => {
    expect(byKey.get('placements|total')).toMatchObject({
      status: 'changed',
      previous: { display: '40', period: '2024/25' },
      current: { display: '43', period: '2025/26' },
      change: 'c',
      value: null,
    });
    expect(change('placements|fostering')).toBe('c'); // 28 → 31, +3
  });

  it('shows a small change where nothing is hidden, and a large one anywhere', () => {
    expect(byKey.get('starts|total')).toMatchObject({ change: '+3', value: 3 }); // 23 − 20
    expect(byKey.get('age|10-15')).toMatchObject({ change: '+8', value: 8 }); // 26 − 18, above 5
  });

  it('gives shares in percentage points and statistics in their unit, from the published figures', () => {
    expect(byKey.get('mix|in-house-share')).toMatchObject({ change: '+2', value: 2 }); // 72 − 70
    expect(byKey.get('durations|median')).toMatchObject({ change: '-12.5', value: -12.5 }); // 298 − 310.5
  });

  it('marks figures new and gone, and changes from an unavailable figure as x', () => {
    expect(byKey.get('uasc|total')).toMatchObject({ status: 'added', previous: null, change: 'z' });
    expect(byKey.get('missing|total')).toMatchObject({ status: 'removed', current: null, change: 'z' });
    expect(change('distance|unknown')).toBe('x');
  });

  it('never prints a number computed from a suppressed value', () => {
    for (const c of changes) {
      if (c.previous?.display === 'c' || c.current?.display === 'c') expect(c.value).toBeNull();
    }
    expect(changes).toHaveLength(12); // 11 current + 1 removed
  });

  it('counts an unchanged figure as unchanged', () => {
    const same = figureChanges([fig('a', 't', '9')], [fig('a', 't', '9')]);
    expect(same).toEqual([expect.objectContaining({ status: 'unchanged', change: '0', value: 0 })]);
  });
});
