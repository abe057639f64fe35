import { describe, expect, it } from 'vitest';
import { discloseIndicator } from '../../indicators/disclosure/index.ts';
import type { Indicator } from '../../indicators/index.ts';
import { publicIndicatorsCsv, publicIndicatorsText } from './indicators.ts';

/** Looked after at 31 March by sex: girls 3 (G1–G3), boys 20, total 23 — and the girls' share 3 of 23. */
const bySex: Indicator = {
  id: 'profile.sex-at-31-march',
  theme: 'profile',
  title: 'Children looked after at 31 March by sex',
  definition: 'Children looked after at 31 March, by sex.',
  unit: 'children',
  collectionYear: 2025,
  dimensions: ['sex'],
  labels: { sex: { F: 'Female', M: 'Male' } },
  cells: [
    { key: { sex: 'F' }, value: 3, childIds: ['G1', 'G2', 'G3'] },
    { key: { sex: 'M' }, value: 20, childIds: Array.from({ length: 20 }, (_, i) => `B${i + 1}`) },
    { key: {}, value: 23 },
  ],
};
const share: Indicator = {
  ...bySex,
  id: 'profile.sex-share-at-31-march',
  title: 'Share of children looked after at 31 March by sex',
  unit: 'percent',
  cells: [
    { key: { sex: 'F' }, value: (3 / 23) * 100, numerator: 3, denominator: 23 },
    { key: { sex: 'M' }, value: (20 / 23) * 100, numerator: 20, denominator: 23 },
  ],
};

describe('sufficiency indicators --public', () => {
  const published = [discloseIndicator(bySex), discloseIndicator(share)];

  it('prints c for the 3 and for one complement, so 23 − 20 cannot give it, and never a child id', () => {
    const text = publicIndicatorsText(published, 'Leicester (E06000016)', 2025);
    const lines = text.split('\n');
    // The counts table only (the shares table follows it).
    const counts = lines.slice(
      0,
      lines.findIndex((l) => l.startsWith('Share of')),
    );
    expect(lines[0]).toBe('Sufficiency indicators as published: Leicester (E06000016), 2024/25');
    expect(lines).toContain('  sex=Female: c');
    // Exactly one of "Male 20" and "total 23" is shown: both shown would reveal Female = 3.
    const shown = ['  sex=Male: 20 children', '  total: 23 children'].filter((l) => counts.includes(l));
    expect(shown).toHaveLength(1);
    expect(counts.filter((l) => l === '  sex=Male: c' || l === '  total: c')).toHaveLength(1);
    expect(text).toContain('Share of children looked after at 31 March by sex\n  sex=Female: c\n');
    for (const id of ['G1', 'B1']) expect(text).not.toContain(id);
    expect(text).not.toMatch(/\bof 23\b/);
  });

  // The shares of one whole sum to 100%: showing the boys' 87% of 23 would give the girls' 13% = 3 back.
  it('suppresses the complement of a suppressed share too (shares of one whole sum to 100%)', () => {
    const text = publicIndicatorsText(published, 'Leicester (E06000016)', 2025);
    expect(text).toContain(
      'Share of children looked after at 31 March by sex\n  sex=Female: c\n  sex=Male: c\n',
    );
  });

  it('writes one CSV row per published cell with its mark', () => {
    const csv = publicIndicatorsCsv(published).split('\n');
    expect(csv[0]).toBe('theme,id,title,collectionYear,unit,cell,value,flag,england');
    expect(csv[1]).toBe(
      'profile,profile.sex-at-31-march,Children looked after at 31 March by sex,2025,children,sex=F,,c,',
    );
  });
});
