import { describe, expect, it } from 'vitest';
import { byId, cell, child, ep, period, values } from './counts-fixtures.ts';
import { profileIndicators } from './profile.ts';

// Collection year 2025: 1 April 2024 – 31 March 2025.
const timelines = [
  // p1: girl, White British, 14 on 31 March (10–15), care order, abuse or neglect, in care since 2023.
  child('p1', [period([ep('01/01/2023', null)])]),
  // p2: boy, White and Black African; 15 when he started on 1 Sept 2024 (10–15), 16 on 10 March 2025 (16–17).
  child('p2', [period([ep('01/09/2024', null, { ls: 'V2', cin: 'N4' })])], {
    sex: 'M',
    ethnicity: 'MWBA',
    dob: '10/03/2009',
  }),
  // p3: boy, Black African, UASC (status ceases 1 Jan 2026, after 31 March); started at 16, 17 on 31 March.
  child('p3', [period([ep('01/05/2024', null, { ls: 'V2', cin: 'N8' })])], {
    sex: 'M',
    ethnicity: 'BAFR',
    dob: '01/01/2008',
    uascCeased: '01/01/2026',
  }),
  // p4: girl, ethnicity blank; former UASC (ceased 1 Feb 2025, before 31 March); 18 on 1 Feb 2025 → 18+.
  child('p4', [period([ep('01/01/2020', null, { ls: 'V2', cin: 'N8' })])], {
    ethnicity: null,
    dob: '01/02/2007',
    uascCeased: '01/02/2025',
  }),
  // p5: sex unknown (U), Indian; born 1 Dec 2024, started 5 Dec on an interim order (C1), full order from
  //     1 Feb 2025 (RNE L) → starter C1, at 31 March C2; under 1 both times; category N2.
  child(
    'p5',
    [
      period([
        ep('05/12/2024', '01/02/2025', { ls: 'C1', cin: 'N2' }),
        ep('01/02/2025', null, { rne: 'L', cin: 'N2' }),
      ]),
    ],
    {
      sex: 'U',
      ethnicity: 'AIND',
      dob: '01/12/2024',
    },
  ),
  // p6: short breaks (V3) open at 31 March → in neither table.
  child('p6', [period([ep('30/03/2025', null, { ls: 'V3', cin: 'N2' })])]),
  // p7: boy, White British, started 1 June 2024 aged 8 (5–9), home 1 Aug 2024 → starter only.
  child('p7', [period([ep('01/06/2024', '01/08/2024', { ls: 'V2', cin: 'N5', rec: 'E4A' })])], {
    sex: 'M',
    dob: '15/06/2015',
  }),
];

describe('profileIndicators (2024/25)', () => {
  const result = profileIndicators({
    timelines,
    councilCode: 'E06000001',
    collectionYear: 2025,
    localDisability: new Map([
      ['p1', true],
      ['p5', false],
    ]),
  });
  const at = (name: string) => values(byId(result, `profile.${name}-at-31-march`).cells);
  const starters = (name: string) => values(byId(result, `profile.${name}-of-starters`).cells);

  it('breaks the 5 children at 31 March (p1–p5) down by age on 31 March', () => {
    expect(at('age-band')).toEqual({
      'ageBand=<1': 1, // p5
      'ageBand=1-4': 0,
      'ageBand=5-9': 0,
      'ageBand=10-15': 1, // p1
      'ageBand=16-17': 2, // p2 (birthday in the year), p3
      'ageBand=18+': 1, // p4
      '': 5,
    });
  });

  it('by sex (U kept as its own category), ethnicity group, category of need, legal status, UASC', () => {
    expect(at('sex')).toEqual({ 'sex=F': 2, 'sex=M': 2, 'sex=U': 1, '': 5 });
    expect(at('ethnicity-group')).toEqual({
      'ethnicityGroup=white': 1,
      'ethnicityGroup=mixed': 1,
      'ethnicityGroup=asian': 1,
      'ethnicityGroup=black': 1,
      'ethnicityGroup=other': 0,
      'ethnicityGroup=refused-or-not-obtained': 1, // p4, blank
      '': 5,
    });
    const need = at('category-of-need');
    expect([
      need['categoryOfNeed=N1'],
      need['categoryOfNeed=N2'],
      need['categoryOfNeed=N4'],
      need['categoryOfNeed=N8'],
    ]).toEqual([1, 1, 1, 2]);
    expect(need['']).toBe(5);
    const legal = at('legal-status');
    expect([legal['legalStatus=C2'], legal['legalStatus=V2'], legal['legalStatus=C1']]).toEqual([2, 3, 0]);
    // p3 is UASC on 31 March; p4's status ceased on 1 Feb.
    expect(at('uasc')).toEqual({ 'uasc=uasc': 1, 'uasc=not-uasc': 4, '': 5 });
  });

  it('names N2 as a category of need, not as disability, and shows local disability data separately', () => {
    const need = byId(result, 'profile.category-of-need-at-31-march');
    expect(need.labels?.categoryOfNeed?.N2).toBe("Child's disability (category of need N2)");
    expect(at('disability')).toEqual({
      'disability=disabled': 1,
      'disability=not-disabled': 1,
      'disability=not-recorded': 3,
      '': 5,
    });
    const withoutLocal = profileIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 });
    expect(withoutLocal.some((i) => i.id.startsWith('profile.disability'))).toBe(false);
  });

  it('gives shares of the 31 March total with numerator and base', () => {
    // F 2/5 = 40%, M 2/5 = 40%, U 1/5 = 20%.
    expect(cell(byId(result, 'profile.sex-share-at-31-march').cells, { sex: 'M' })).toMatchObject({
      value: 40,
      numerator: 2,
      denominator: 5,
    });
    expect(values(byId(result, 'profile.sex-share-at-31-march').cells)).toEqual({
      'sex=F': 40,
      'sex=M': 40,
      'sex=U': 20,
    });
  });

  it('profiles the 4 starters (p2, p3, p5, p7) on the day they started', () => {
    expect(starters('age-band')).toEqual({
      'ageBand=<1': 1, // p5
      'ageBand=1-4': 0,
      'ageBand=5-9': 1, // p7
      'ageBand=10-15': 1, // p2, 15 when he started
      'ageBand=16-17': 1, // p3
      'ageBand=18+': 0,
      '': 4,
    });
    const legal = starters('legal-status');
    expect([legal['legalStatus=V2'], legal['legalStatus=C1'], legal['']]).toEqual([3, 1, 4]);
    expect(starters('uasc')).toEqual({ 'uasc=uasc': 1, 'uasc=not-uasc': 3, '': 4 });
    expect(cell(byId(result, 'profile.uasc-of-starters').cells, { uasc: 'uasc' }).childIds).toEqual(['p3']);
  });
});
