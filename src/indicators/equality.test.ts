import { describe, expect, it } from 'vitest';
import { byId, cell, child, ep, period, values } from './counts-fixtures.ts';
import { equalityIndicators } from './equality.ts';

// Collection year 2025 (1 April 2024 – 31 March 2025). Born 15/06/2010 (14 on 31 March, 10–15) unless said.
const out = { inArea: false, district: 'E07000002' };
const timelines = [
  // q1: girl, White, N1; external children's home 30 miles away, out of area; 1 placement.
  child('q1', [period([ep('01/01/2023', null, { place: 'K2', provider: 'PR4', miles: 30, ...out })])]),
  // q2: girl, White, N1; three foster placements in the year (moves 1 Aug, 1 Dec); 2 miles, in area.
  child('q2', [
    period([
      ep('01/05/2024', '01/08/2024', { miles: 2 }),
      ep('01/08/2024', '01/12/2024', { rne: 'P', place: 'U6', provider: 'PR4', miles: 2 }),
      ep('01/12/2024', null, { rne: 'P', miles: 2 }),
    ]),
  ]),
  // q3: boy, Black, 17, N8; residential care home until 1 June 2024 (open on 1 April, so it counts), then
  //     supported accommodation with no postcodes → 2 placements; area and distance unknown.
  child(
    'q3',
    [
      period([
        ep('01/01/2023', '01/06/2024', { place: 'R1', provider: 'PR4', cin: 'N8' }),
        ep('01/06/2024', null, {
          rne: 'P',
          place: 'K3',
          provider: 'PR4',
          cin: 'N8',
          miles: null,
          inArea: null,
          district: null,
        }),
      ]),
    ],
    { sex: 'M', ethnicity: 'BCRB', dob: '01/01/2008' },
  ),
  // q4: boy, White, 13, N6; secure children's home 10 miles away, in area.
  child('q4', [period([ep('01/01/2024', null, { place: 'K1', provider: 'PR4', cin: 'N6', miles: 10 })])], {
    sex: 'M',
    dob: '01/01/2012',
  }),
  // q5: boy, Mixed, 7 (5–9), N1; kinship carer 8 miles away since 2023.
  child('q5', [period([ep('01/01/2023', null, { place: 'U3', miles: 8 })])], {
    sex: 'M',
    ethnicity: 'MWBC',
    dob: '01/01/2018',
  }),
  // q6: on a short break (V3) at 31 March → not counted.
  child('q6', [period([ep('30/03/2025', null, { ls: 'V3', place: 'K2', miles: 40, ...out })])], {
    ethnicity: null,
  }),
  // q7: girl, White, N1; 2 placements, home on 1 June, back 1 Sept (re-entry), 2 more placements → 4; now an
  //     IFA carer 21 miles away out of area.
  child('q7', [
    period([ep('01/04/2024', '01/05/2024'), ep('01/05/2024', '01/06/2024', { rne: 'P', rec: 'E4A' })]),
    period([
      ep('01/09/2024', '01/11/2024'),
      ep('01/11/2024', null, { rne: 'P', provider: 'PR4', miles: 21, ...out }),
    ]),
  ]),
];

describe('equalityIndicators (31 March 2025)', () => {
  const result = equalityIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 });
  const get = (id: string) => byId(result, `equality.${id}`);

  it('out of area by sex, of those whose location is known (q3 unknown)', () => {
    const bySex = get('out-of-area-by-sex');
    // Known: q1 out, q2 in, q7 out (girls: 2 of 3 = 66.7%); q4 in, q5 in (boys: 0 of 2); all 2 of 5 = 40%.
    expect(cell(bySex.cells, { sex: 'F' })).toMatchObject({ value: 66.7, numerator: 2, denominator: 3 });
    expect(cell(bySex.cells, { sex: 'M' })).toMatchObject({ value: 0, numerator: 0, denominator: 2 });
    expect(cell(bySex.cells, {})).toMatchObject({ value: 40, numerator: 2, denominator: 5 });
    expect(bySex.unknown?.count).toBe(1);
  });

  it('residential (children’s homes, secure, other residential) by sex and age band', () => {
    // q1 (K2) and q4 (K1) of 6; q3 is now in supported accommodation, not residential.
    expect(values(get('residential-by-sex').cells)).toEqual({ 'sex=F': 33.3, 'sex=M': 33.3, '': 33.3 });
    const byAge = get('residential-by-age-band');
    // 10–15: q1, q2, q4, q7 → 2 of 4; 16–17: q3 → 0 of 1; 5–9: q5 → 0 of 1; under 1: no one → unknown.
    expect(cell(byAge.cells, { ageBand: '10-15' })).toMatchObject({
      value: 50,
      numerator: 2,
      denominator: 4,
    });
    expect(cell(byAge.cells, { ageBand: '16-17' }).value).toBe(0);
    expect(cell(byAge.cells, { ageBand: '<1' })).toMatchObject({ value: null, denominator: 0 });
  });

  it('three or more placements in the year by sex and ethnicity group', () => {
    // q2 has 3, q7 has 4 (over two periods); q3 has 2 (one open on 1 April).
    expect(values(get('three-plus-placements-by-sex').cells)).toEqual({
      'sex=F': 66.7,
      'sex=M': 0,
      '': 33.3,
    });
    const byEthnicity = get('three-plus-placements-by-ethnicity-group');
    expect(cell(byEthnicity.cells, { ethnicityGroup: 'white' })).toMatchObject({
      value: 50,
      numerator: 2,
      denominator: 4,
    });
    expect(cell(byEthnicity.cells, { ethnicityGroup: 'white' }).childIds?.sort()).toEqual(['q2', 'q7']);
    expect(cell(byEthnicity.cells, { ethnicityGroup: 'black' }).value).toBe(0);
  });

  it('median distance by sex and category of need, over known distances', () => {
    // Known: q1 30, q2 2, q4 10, q5 8, q7 21 → 2, 8, 10, 21, 30: median 10. Girls 2, 21, 30 → 21; boys 8, 10 → 9.
    const bySex = get('median-distance-by-sex');
    expect(values(bySex.cells)).toEqual({ 'sex=F': 21, 'sex=M': 9, '': 10 });
    expect(cell(bySex.cells, {}).denominator).toBe(5);
    // N1: q1 30, q2 2, q5 8, q7 21 → (8 + 21) / 2 = 14.5; N8: q3 unknown only → null.
    const byNeed = get('median-distance-by-category-of-need');
    expect(cell(byNeed.cells, { categoryOfNeed: 'N1' }).value).toBe(14.5);
    expect(cell(byNeed.cells, { categoryOfNeed: 'N8' })).toMatchObject({ value: null, denominator: 0 });
  });

  it('gives 16 indicators: 4 measures × sex, ethnicity group, age band, category of need', () => {
    expect(result.map((i) => i.id)).toHaveLength(16);
    expect(result.every((i) => i.theme === 'equality')).toBe(true);
  });
});
