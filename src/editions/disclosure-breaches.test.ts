import { describe, expect, it } from 'vitest';
import { revealedAcrossEditions } from './disclosure-breaches.ts';
import type { EditionFigure } from './edition-figure.ts';

const base = { label: 'x', table: 't', kind: 'count' as const };

describe('revealedAcrossEditions', () => {
  it('finds a figure of the same period suppressed before and shown now, and nothing else', () => {
    const previous: EditionFigure[] = [
      { ...base, key: 'secure', period: '2024/25', display: 'c', value: null, flag: 'c' },
      { ...base, key: 'uasc', period: '2024/25', display: 'c', value: null, flag: 'c' },
      { ...base, key: 'total', period: '2024/25', display: '40', value: 40 },
    ];
    const current: EditionFigure[] = [
      // revised 2024/25 data now shows secure = 4: it was withheld, so this would reveal it
      { ...base, key: 'secure', period: '2024/25', display: '4', value: 4 },
      // a new year's figure for the same key is a different count: not a breach
      { ...base, key: 'uasc', period: '2025/26', display: '8', value: 8 },
      { ...base, key: 'total', period: '2024/25', display: '41', value: 41 },
    ];
    expect(revealedAcrossEditions(previous, current).map((f) => f.key)).toEqual(['secure']);
  });
});
