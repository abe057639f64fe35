import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import type { ComparatorFigure } from './comparator-figure.ts';
import { saveComparators, setStatisticalNeighbours, statisticalNeighbours } from './comparator-store.ts';
import { comparatorsFor } from './comparators-for.ts';
import { parseDfeCsv } from './dfe-csv.ts';
import { englandFigures } from './england-figures.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

// Synthetic figures for the 10–15 share of children looked after at 31 March 2024: England 39 (as if
// DfE revised the shipped 38), the region 41, our council 35, neighbours A 40, B c (suppressed), C 44,
// and a council that is not a neighbour (99, must not appear).
const row = (level: string, code: string, name: string, percentage: string) =>
  `2024,Reporting year,${level},E92000001,England,${level === 'National' ? '' : 'E12000004'},${level === 'National' ? '' : 'East Midlands'},,${level === 'Local authority' ? name : ''},${level === 'Local authority' ? code : ''},Age group,10 to 15 years,,${percentage}`;
const CSV = [
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,cla_group,characteristic,number,percentage',
  row('National', '', '', '39'),
  row('Regional', 'E12000004', '', '41'),
  row('Local authority', 'E06000099', 'Testshire', '35'),
  row('Local authority', 'E06000001', 'Neighbour A', '40'),
  row('Local authority', 'E06000002', 'Neighbour B', 'c'),
  row('Local authority', 'E06000003', 'Neighbour C', '44'),
  row('Local authority', 'E06000050', 'Elsewhere', '99'),
].join('\n');

describe('comparators in the store', () => {
  it('stores a DfE table, replaces figures on re-import, and answers for England, region and neighbours', async () => {
    const { figures, problems } = parseDfeCsv(CSV, 'cla_2024.csv');
    expect(problems).toEqual([]);
    expect(await saveComparators(t.db, figures, 'analyst')).toEqual({ saved: 7 });
    // Re-import: same figures, one revised (C 44 → 43): still 7 rows.
    await saveComparators(
      t.db,
      figures.map((f) => (f.code === 'E06000003' ? { ...f, value: 43 } : f)),
      'analyst',
    );
    const count = await t.db
      .selectFrom('comparator')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(7);

    const neighbours = await setStatisticalNeighbours(
      t.db,
      'E06000099',
      ['E06000001', 'E06000002', 'E06000001', 'E06000099', 'E06000003'],
      'admin',
    );
    // Duplicates and the council itself are dropped.
    expect(neighbours).toEqual(['E06000001', 'E06000002', 'E06000003']);
    expect(await statisticalNeighbours(t.db, 'E06000099')).toEqual(neighbours);

    const points = await comparatorsFor(t.db, { councilCode: 'E06000099', region: 'E12000004', neighbours });
    const tenToFifteen = points.find(
      (p) =>
        p.indicatorId === 'profile.age-band-share-at-31-march' &&
        p.year === 2024 &&
        p.cell.ageBand === '10-15',
    );
    expect(tenToFifteen).toMatchObject({
      statistic: 'percentage',
      england: { code: 'E92000001', value: 39, source: 'cla_2024.csv' }, // imported beats shipped 38
      region: { code: 'E12000004', name: 'East Midlands', value: 41 },
      council: { code: 'E06000099', value: 35 },
    });
    expect(tenToFifteen?.neighbours.map((n) => [n.code, n.value, n.flag])).toEqual([
      ['E06000001', 40, undefined],
      ['E06000002', null, 'c'],
      ['E06000003', 43, undefined],
    ]);
    // Mean of the neighbours with numbers: (40 + 43) / 2 = 41.5; B's c is left out, not taken as 0.
    expect(tenToFifteen?.neighbourMean).toBe(41.5);

    // Shipped England figures still answer where nothing was imported.
    const rate = points.find((p) => p.indicatorId === 'population.rate-per-10000' && p.year === 2025);
    expect(rate?.england?.value).toBe(67);
    expect(rate?.neighbours).toEqual([]);
  });

  it('keeps the shipped England table as the fallback', async () => {
    const shipped: ComparatorFigure[] = englandFigures();
    const points = await comparatorsFor(t.db, { councilCode: 'E06000098', neighbours: [] }, shipped);
    const looked = points.find(
      (p) => p.indicatorId === 'population.looked-after-at-31-march' && p.year === 2023,
    );
    expect(looked?.england?.value).toBe(83840);
    expect(looked?.region).toBeUndefined();
  });
});
