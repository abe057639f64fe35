import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import {
  bandPopulationOn,
  councilPopulation,
  populationEntryFactor,
  readPopulationProjection,
} from './population-projection.ts';

/**
 * A made-up projections file in the ONS layout: two districts (E07000001, E07000002), persons by single
 * year of age, mid-years 2025–2027. District 1 has 100 children of every age in 2025, growing 10 a year
 * per age; district 2 has 50 of every age throughout. Ages 18+ and "All ages" rows are ignored.
 */
function csv(): string {
  const lines = ['AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP,2025,2026,2027'];
  for (let age = 0; age <= 19; age++) {
    lines.push(`E07000001,One,Population,persons,${age},100,110,120`);
    lines.push(`E07000002,Two,Population,persons,${age},50,50,50`);
  }
  lines.push('E07000001,One,Population,persons,All ages,9999,9999,9999');
  lines.push('E07000001,One,Population,persons,90 and over,1,1,1');
  return lines.join('\n');
}

describe('readPopulationProjection', () => {
  it('reads persons aged 0–17 by area and mid-year', () => {
    const read = readPopulationProjection(csv());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect([...read.areas.keys()]).toEqual(['E07000001', 'E07000002']);
    expect(read.areas.get('E07000001')?.years).toEqual([2025, 2026, 2027]);
    expect(read.areas.get('E07000001')?.byYear[2026]).toEqual(new Array(18).fill(110));
  });

  it('sums a county from its districts, and says what is wrong with a bad file', () => {
    const read = readPopulationProjection(csv());
    if (!read.ok) throw new Error('expected a good file');
    const county = councilPopulation(read.areas, 'E10000099', ['E07000001', 'E07000002']);
    expect(county?.byYear[2027]?.[5]).toBe(170);
    expect(councilPopulation(read.areas, 'E10000098', ['E07000009'])).toBeNull();
    expect(readPopulationProjection('AREA_CODE,SEX,2025\nE1,persons,3')).toEqual({
      ok: false,
      problems: [
        {
          row: 1,
          column: 'AGE_GROUP',
          value: null,
          message:
            'Column AGE_GROUP is missing: expected the ONS layout (AREA_CODE, …, AGE_GROUP, 2022, 2023, …).',
        },
      ],
    });
    const bad = readPopulationProjection('AREA_CODE,AGE_GROUP,2025\nE1,3,lots');
    expect(bad).toEqual({
      ok: false,
      problems: [
        { row: 2, column: '2025', value: 'lots', message: 'Expected a number of persons (0 or more).' },
      ],
    });
  });
});

describe('population as an exposure for entries', () => {
  const read = readPopulationProjection(csv());
  if (!read.ok) throw new Error('expected a good file');
  const district = read.areas.get('E07000001');
  if (!district) throw new Error('expected the district');

  it('interpolates between mid-years and holds the ends flat', () => {
    // Band 1–4 (four ages): 400 at mid-2025, 440 at mid-2026; half-way (1 January 2026) ≈ 420.
    expect(bandPopulationOn(district, '1-4', day(2025, 7, 1))).toBeCloseTo(400, 6);
    expect(bandPopulationOn(district, '1-4', day(2026, 1, 1))).toBeCloseTo(420, 0);
    expect(bandPopulationOn(district, '1-4', day(2030, 1, 1))).toBe(480);
    expect(bandPopulationOn(district, '1-4', day(2020, 1, 1))).toBe(400);
  });

  it('scales entries by the band’s population against the reference period’s', () => {
    // Reference period mid-2025 only (held at 400 before it): a factor at mid-2027 of 480/400 = 1.2.
    const factor = populationEntryFactor(district, day(2025, 1, 1), day(2025, 7, 1));
    expect(factor('1-4', day(2027, 7, 1))).toBeCloseTo(1.2, 6);
    expect(factor('<1', day(2027, 7, 1))).toBeCloseTo(1.2, 6);
  });
});
