import { describe, expect, it } from 'vitest';
import { parseDfeCsv } from './dfe-csv.ts';
import { englandFigure, englandFigures, parseEnglandCsv } from './england-figures.ts';

// A hand-written extract in DfE's 2024 layout (synthetic council figures): a national row, a regional
// row, two council rows with suppressed and "rounds to 0" cells, a bad level and an unreadable number.
const LAYOUT_2024 = `time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,cla_group,characteristic,number,percentage
2024,Reporting year,National,E92000001,England,,,,,,Age group,10 to 15 years,"31,700",38
2024,Reporting year,Regional,E92000001,England,E12000004,East Midlands,,,,Age group,10 to 15 years,1890,39
2024,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,892,Testshire,E06000099,Age group,Under 1 year,c,c
2024,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,892,Testshire,E06000099,Gender,Male,212,low
2024,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,892,Testshire,E06000099,Placement type,Other placements,z,x
2024,Reporting year,County,E92000001,England,,,,,,Age group,Total,100,100
2024,Reporting year,National,E92000001,England,,,,,,Age group,Total,lots,100
`;

// The 2025 layout: characteristic/breakdown and children_count/children_percent, two-year period label.
const LAYOUT_2025 = `time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,characteristic,breakdown,children_count,children_percent
202425,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,892,Testshire,E06000099,Category of need,Abuse or neglect,301,64
`;

describe('parseDfeCsv', () => {
  it('reads national, regional and council rows, with c/k/z/x flags and mapped indicators', () => {
    const { figures, problems } = parseDfeCsv(LAYOUT_2024, 'cla_characteristics_2024.csv');
    expect(figures[0]).toEqual({
      source: 'cla_characteristics_2024.csv',
      level: 'national',
      code: 'E92000001',
      name: 'England',
      year: 2024,
      measure: 'Age group',
      characteristic: '10 to 15 years',
      statistic: 'number',
      value: 31700, // "31,700" with its thousands separator
      indicatorId: 'profile.age-band-at-31-march',
      cell: { ageBand: '10-15' },
    });
    // The percentage maps to our share indicator, the number to our count indicator.
    expect(figures[1]).toMatchObject({
      statistic: 'percentage',
      value: 38,
      indicatorId: 'profile.age-band-share-at-31-march',
      cell: { ageBand: '10-15' },
    });
    expect(figures[2]).toMatchObject({
      level: 'regional',
      code: 'E12000004',
      name: 'East Midlands',
      value: 1890,
    });
    // Under 1: both suppressed; male percentage "low" → k (0); placement type: z and x, not mapped.
    const council = figures.filter((f) => f.level === 'local-authority');
    expect(council.map((f) => [f.characteristic, f.statistic, f.value, f.flag])).toEqual([
      ['Under 1 year', 'number', null, 'c'],
      ['Under 1 year', 'percentage', null, 'c'],
      ['Male', 'number', 212, undefined],
      ['Male', 'percentage', 0, 'k'],
      ['Other placements', 'number', null, 'z'],
      ['Other placements', 'percentage', null, 'x'],
    ]);
    expect(council[0]).toMatchObject({ code: 'E06000099', name: 'Testshire', cell: { ageBand: '<1' } });
    expect(council[2]).toMatchObject({ indicatorId: 'profile.sex-at-31-march', cell: { sex: 'M' } });
    expect(council[4]?.indicatorId).toBeUndefined();
    expect(problems).toEqual([
      'cla_characteristics_2024.csv row 7, geographic_level: unknown "County" (expected National, Regional or Local authority)',
      'cla_characteristics_2024.csv row 8, number: invalid "lots" (expected a number or c, k, z, x)',
    ]);
    // Row 8's percentage is still read.
    expect(figures.at(-1)).toMatchObject({ characteristic: 'Total', statistic: 'percentage', value: 100 });
  });

  it('reads the 2025 layout and a two-year period label (202425 → 2025)', () => {
    const { figures, problems } = parseDfeCsv(LAYOUT_2025, 'cla_2025.csv');
    expect(problems).toEqual([]);
    expect(
      figures.map((f) => [f.year, f.measure, f.characteristic, f.statistic, f.value, f.indicatorId]),
    ).toEqual([
      [2025, 'Category of need', 'Abuse or neglect', 'number', 301, 'profile.category-of-need-at-31-march'],
      [
        2025,
        'Category of need',
        'Abuse or neglect',
        'percentage',
        64,
        'profile.category-of-need-share-at-31-march',
      ],
    ]);
    expect(figures[0]?.cell).toEqual({ categoryOfNeed: 'N1' });
  });

  it('refuses a file that is not a DfE table, naming the missing columns', () => {
    expect(parseDfeCsv('a,b\n1,2', 'carers.csv')).toEqual({
      figures: [],
      problems: [
        'carers.csv: missing column time_period, geographic_level, number or children_count (expected a DfE CSV table)',
      ],
    });
  });
});

describe('England figures', () => {
  it('the shipped table parses cleanly and answers lookups by indicator, year and cell', () => {
    const figures = englandFigures();
    // 33 rows less the FOI's children's homes and unregulated shares and 49% of children's homes > 20 miles,
    // which match no cell of ours (test/comparators-england-ids.test.ts).
    expect(figures.length).toBe(30);
    // sector.md: 81,770 looked after at 31 March 2025; rate 70 in 2024; 57% male in 2024; 22% > 20 miles.
    expect(englandFigure(figures, 'population.looked-after-at-31-march', 2025)?.value).toBe(81770);
    expect(englandFigure(figures, 'population.rate-per-10000', 2024)).toMatchObject({
      value: 70,
      statistic: 'rate',
    });
    expect(englandFigure(figures, 'profile.sex-share-at-31-march', 2024, { sex: 'M' })?.value).toBe(57);
    expect(englandFigure(figures, 'uasc.looked-after-at-31-march', 2025, { uasc: 'uasc' })?.value).toBe(6540);
    expect(englandFigure(figures, 'location.over-20-miles-share-at-31-march', 2024)?.value).toBe(22);
    expect(
      englandFigure(figures, 'placements.by-category-share-at-31-march', 2025, { category: 'fostering-ifa' }),
    ).toMatchObject({
      value: 24.8,
      source: 'FOI of 150 councils, September 2024 (not DfE)',
    });
    // Not published: no figure, rather than a zero.
    expect(englandFigure(figures, 'population.started-in-year', 2025)).toBeUndefined();
    expect(englandFigure(figures, 'population.started-in-year', 2024)?.value).toBe(33050);
  });

  it('reports rows it cannot read', () => {
    const text =
      'indicator_id,cell,year,statistic,value,source\nx.y,,20x4,number,1,s\nx.y,,2024,count,1,s\nx.y,,2024,number,,s';
    expect(parseEnglandCsv(text).problems).toEqual([
      'england.csv row 2, year: invalid "20x4" (expected yyyy)',
      'england.csv row 3, statistic: invalid "count" (expected number, percentage or rate)',
      'england.csv row 4, value: invalid "" (expected a number)',
    ]);
  });
});
