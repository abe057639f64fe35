import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

const run = promisify(execFile);
let t: TestDatabase;
let csv: string;

/** Runs the real `sufficiency` command against this file's test database. */
async function sufficiency(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/sufficiency.js', ...args], {
      env: { ...process.env, DATABASE_URL: t.url },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// A hand-written DfE table (2024 layout, synthetic figures): England's and the East Midlands' total looked
// after, Leicester's (number, and a suppressed percentage) and Nottingham's, then a row with a bad level and
// one whose number is not one. By hand: rows 2–5 give 5 figures (1 national, 1 regional, 3 council); the four
// numbers map to population.looked-after-at-31-march, the flagged percentage of the total maps to nothing.
const TABLE = `time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,cla_group,characteristic,number,percentage
2024,Reporting year,National,E92000001,England,,,,,,Total,Total children,83630,
2024,Reporting year,Regional,E92000001,England,E12000004,East Midlands,,,,Total,Total children,6210,
2024,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,856,Leicester,E06000016,Total,Total children,1390,c
2024,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,892,Nottingham,E06000018,Total,Total children,710,
2024,Reporting year,County,E92000001,England,,,,,,Total,Total children,100,
2024,Reporting year,National,E92000001,England,,,,,,Total,Total children,lots,
`;

beforeAll(async () => {
  t = await createTestDatabase();
  csv = join(await mkdtemp(join(tmpdir(), 'sufficiency-dfe-')), 'cla_2024.csv');
  await writeFile(csv, TABLE);
});
afterAll(() => t.close());

describe('sufficiency comparators', () => {
  it('imports a DfE table: values land, counts printed, every problem row listed', async () => {
    const result = await sufficiency('comparators', 'import', csv, '--source', 'DfE CLA 2024');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Imported 5 figures for 2024: 1 national, 1 regional, 3 council; 4 match one of our indicators.',
        '2 rows skipped:',
        '  DfE CLA 2024 row 6, geographic_level: unknown "County" (expected National, Regional or Local authority)',
        '  DfE CLA 2024 row 7, number: invalid "lots" (expected a number or c, k, z, x)',
        '',
      ].join('\n'),
    );
    const rows = await t.db
      .selectFrom('comparator')
      .select(['source', 'geographic_level', 'code', 'year', 'statistic', 'value', 'flag', 'indicator_id'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      row('national', 'E92000001', 'number', 83630),
      row('regional', 'E12000004', 'number', 6210),
      row('local-authority', 'E06000016', 'number', 1390),
      { ...row('local-authority', 'E06000016', 'percentage', null), flag: 'c', indicator_id: null },
      row('local-authority', 'E06000018', 'number', 710),
    ]);
  });

  it('chooses neighbours by ONS code or DfE number and shows them', async () => {
    expect((await sufficiency('comparators', 'neighbours', '--council', '856')).stdout).toBe(
      'Leicester (E06000016) has no statistical neighbours chosen.\n',
    );
    const set = await sufficiency('comparators', 'neighbours', '--council', '856', 'set', 'E06000018', '330');
    expect(set.stdout).toBe(
      'Statistical neighbours of Leicester (E06000016):\n  E06000018 Nottingham\n  E08000025 Birmingham\n',
    );
    expect((await sufficiency('comparators', 'neighbours', '--council', 'E06000016')).stdout).toBe(
      set.stdout,
    );
    const bad = await sufficiency('comparators', 'neighbours', '--council', '856', 'set', 'Narnia');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('neighbours: unknown council "Narnia"');
  });

  it('refuses a file with no figures, saying why', async () => {
    const empty = join(await mkdtemp(join(tmpdir(), 'sufficiency-dfe-')), 'notes.csv');
    await writeFile(empty, 'a,b\n1,2\n');
    const result = await sufficiency('comparators', 'import', empty);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('notes.csv: no figures imported');
    expect(result.stderr).toContain('notes.csv: missing column time_period, geographic_level');
  });
});

function row(level: string, code: string, statistic: string, value: number | null) {
  return {
    source: 'DfE CLA 2024',
    geographic_level: level,
    code,
    year: 2024,
    statistic,
    value,
    flag: null,
    indicator_id: 'population.looked-after-at-31-march',
  };
}
