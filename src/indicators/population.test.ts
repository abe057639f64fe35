import { describe, expect, it } from 'vitest';
import { buildTimelines } from '../care/index.ts';
import { episode, fullReturn, OPTIONS } from '../care/test-fixtures.ts';
import { byId, cell, child, ep, period, values } from './counts-fixtures.ts';
import { populationIndicators } from './population.ts';

// Collection year 2025: 1 April 2024 – 31 March 2025. Children born 15/06/2010 unless said.
const timelines = [
  // a: in care since 2023, still open → looked after at 31 March only.
  child('a', [period([ep('01/01/2023', null)])]),
  // b: started 1 June 2024, went home 31 March 2025 (E4A) → started, ceased (returned home), not at 31 March.
  child('b', [period([ep('01/06/2024', '31/03/2025', { rec: 'E4A' })])]),
  // c: short breaks only (V3), one still open at 31 March → counted nowhere.
  child('c', [
    period([ep('02/07/2024', '05/07/2024', { ls: 'V3', rec: 'E8' })]),
    period([ep('30/03/2025', null, { ls: 'V3' })]),
  ]),
  // d: left 1 May 2023, back 1 April 2024 (before the anniversary) → started, returned within 12 months, at 31 March.
  child('d', [period([ep('01/01/2022', '01/05/2023', { rec: 'E4A' })]), period([ep('01/04/2024', null)])]),
  // e: left 2021; back 10 Oct 2024 (after 12 months); left 1 March 2025 (E8, aged 14 → other); back 15 March 2025.
  //    Started once, ceased once (other), returned once at its first return (after 12 months), at 31 March.
  child('e', [
    period([ep('01/01/2020', '01/02/2021', { rec: 'E4B' })]),
    period([ep('10/10/2024', '01/03/2025', { rec: 'E8' })]),
    period([ep('15/03/2025', null)]),
  ]),
  // f: born 20/05/2006, turns 18 on 20 May 2024 and leaves that day with E8 → aged 18.
  child('f', [period([ep('01/01/2020', '20/05/2024', { rec: 'E8' })])], { dob: '20/05/2006' }),
  // g: special guardianship (E47) on 1 April 2024, the first day of the year → ceased in year.
  child('g', [period([ep('01/01/2023', '01/04/2024', { rec: 'E47' })])]),
  // h: short breaks from 1 March 2024, then a care order from 1 May 2024 (RNE L) → started 1 May 2024.
  child('h', [period([ep('01/03/2024', '01/05/2024', { ls: 'V3' }), ep('01/05/2024', null, { rne: 'L' })])]),
  // i: data stops on 1 October 2024 without a recorded end → unknown, not ceased.
  child('i', [period([ep('01/01/2023', '01/10/2024', { rec: null })], true)]),
  // j: started on 31 March 2025 → started and looked after at 31 March.
  child('j', [period([ep('31/03/2025', null)])]),
  // k: adopted in the year before → nothing this year.
  child('k', [period([ep('01/01/2022', '01/03/2024', { rec: 'E11' })])]),
  // l: adopted 15 December 2024 → ceased (adoption).
  child('l', [period([ep('01/01/2022', '15/12/2024', { rec: 'E11' })])]),
];

describe('populationIndicators (2024/25)', () => {
  const result = populationIndicators({
    timelines,
    councilCode: 'E06000001',
    collectionYear: 2025,
    population0to17: 2500,
  });

  it('counts children looked after at 31 March: a, d, e, h, j (not c on a short break, not i lost)', () => {
    const lookedAfter = cell(byId(result, 'population.looked-after-at-31-march').cells, {});
    expect(lookedAfter.value).toBe(5);
    expect(lookedAfter.childIds?.sort()).toEqual(['a', 'd', 'e', 'h', 'j']);
  });

  it('gives the rate per 10,000: 5 × 10,000 / 2,500 = 20', () => {
    expect(byId(result, 'population.rate-per-10000').cells).toEqual([
      { key: {}, value: 20, numerator: 5, denominator: 2500 },
    ]);
  });

  it('leaves the rate unknown, not zero, without a population', () => {
    const rate = byId(
      populationIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 }),
      'population.rate-per-10000',
    );
    expect(rate.cells[0]?.value).toBeNull();
    expect(rate.cells[0]?.unknownReason).toBe('set the 0–17 population in settings');
  });

  it('counts each starter once: b, d, e (twice in the year), h (short breaks turned to care), j', () => {
    const started = cell(byId(result, 'population.started-in-year').cells, {});
    expect(started.childIds?.sort()).toEqual(['b', 'd', 'e', 'h', 'j']);
  });

  it('groups the last cessation of each child by reason, lost-to-follow-up as unknown', () => {
    const ceased = byId(result, 'population.ceased-in-year');
    // b E4A → home; e E8 at 14 → other; f E8 at 18 → aged 18; g E47 → SGO; l E11 → adoption.
    expect(values(ceased.cells)).toEqual({
      'reasonGroup=returned-home': 1,
      'reasonGroup=adoption': 1,
      'reasonGroup=special-guardianship': 1,
      'reasonGroup=child-arrangements': 0,
      'reasonGroup=independent-living': 0,
      'reasonGroup=aged-18-or-staying-put': 1,
      'reasonGroup=other': 1,
      '': 5,
    });
    expect(cell(ceased.cells, { reasonGroup: 'aged-18-or-staying-put' }).childIds).toEqual(['f']);
    expect(ceased.unknown?.count).toBe(1);
  });

  it('counts returns to care within 12 months and after, the total being "ever"', () => {
    const returned = byId(result, 'population.returned-to-care');
    // d: 1 May 2023 → 1 April 2024, within a year. e: first return in the year is 10 Oct 2024, 3½ years after leaving.
    expect(values(returned.cells)).toEqual({
      'sinceLeaving=within-12-months': 1,
      'sinceLeaving=after-12-months': 1,
      '': 2,
    });
    expect(cell(returned.cells, { sinceLeaving: 'within-12-months' }).childIds).toEqual(['d']);
  });
});

describe('populationIndicators on timelines built from two returns', () => {
  // x: open at 31 March 2024 in the 2023/24 return; the 2024/25 return ends it on 1 June 2024 (home, E4A) and
  //    brings them back on 1 March 2025. y: placed 1 May 2023, adopted 10 October 2024 (E11).
  const timelines = buildTimelines(
    [
      fullReturn(2024, [episode('x', '01/02/2024', null), episode('y', '01/05/2023', null)]),
      fullReturn(2025, [
        episode('x', '01/02/2024', '01/06/2024', { reasonEnded: 'E4A' }),
        episode('x', '01/03/2025', null),
        episode('y', '01/05/2023', '10/10/2024', { reasonEnded: 'E11' }),
      ]),
    ],
    OPTIONS,
  );
  const year = (collectionYear: number) =>
    populationIndicators({ timelines, councilCode: 'E06000001', collectionYear });
  const total = (result: ReturnType<typeof year>, id: string) => cell(byId(result, id).cells, {}).value;

  it('2023/24: both started and both were looked after at 31 March 2024', () => {
    const y2024 = year(2024);
    expect(total(y2024, 'population.started-in-year')).toBe(2);
    expect(total(y2024, 'population.looked-after-at-31-march')).toBe(2);
    expect(total(y2024, 'population.ceased-in-year')).toBe(0);
  });

  it('2024/25: x ceased (home) and came back within 12 months; y adopted; only x at 31 March', () => {
    const y2025 = year(2025);
    expect(total(y2025, 'population.looked-after-at-31-march')).toBe(1);
    expect(cell(byId(y2025, 'population.started-in-year').cells, {}).childIds).toEqual(['x']);
    const ceased = values(byId(y2025, 'population.ceased-in-year').cells);
    expect([ceased['reasonGroup=returned-home'], ceased['reasonGroup=adoption'], ceased['']]).toEqual([
      1, 1, 2,
    ]);
    expect(values(byId(y2025, 'population.returned-to-care').cells)).toEqual({
      'sinceLeaving=within-12-months': 1,
      'sinceLeaving=after-12-months': 0,
      '': 1,
    });
  });
});
