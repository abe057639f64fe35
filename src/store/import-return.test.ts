import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { fakeReader, rowsOf, textSource } from '../../test/store/fake-reader.ts';
import { day } from '../dates/index.ts';
import type { Finding } from '../findings/index.ts';
import type { Database } from './database-schema.ts';
import { importReturn } from './import-return.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const TABLES = [
  'council',
  'import_batch',
  'episode',
  'child_header',
  'uasc',
  'missing_spell',
  'return_row',
  'finding',
  'set_aside_row',
  'audit_event',
] as const satisfies readonly (keyof Database)[];

async function countRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.db);
    counts[table] = row.rows[0]?.n ?? -1;
  }
  return counts;
}

// A tiny return: two children, three episodes, one UASC row, one missing spell, one review.
const header = (childId: string, sex: string, dob: number) => ({
  childId,
  sex,
  dob,
  ethnicity: 'WBRI',
  upn: null,
  motherStatus: null,
  motherChildDob: null,
});
const episode = (childId: string, start: number, end: number | null, rne: string, place: string) => ({
  childId,
  start,
  reasonNewEpisode: rne,
  legalStatus: 'C2',
  categoryOfNeed: 'N1',
  placementType: place,
  provider: 'PR1',
  end,
  reasonEnded: end === null ? null : 'X1',
  reasonPlaceChange: null,
  homePostcode: 'LE1 1AA',
  placementPostcode: 'LE2 2BB',
  urn: null,
});
const smallReturn = () => [
  ...rowsOf('Header', 'header.csv', [
    header('C1', 'M', day(2012, 5, 1)),
    header('C2', 'F', day(2009, 1, 31)),
  ]),
  ...rowsOf('Episodes', 'episodes.csv', [
    episode('C1', day(2024, 6, 1), day(2024, 9, 1), 'S', 'U4'),
    episode('C1', day(2024, 9, 1), null, 'P', 'K2'),
    episode('C2', day(2024, 4, 10), null, 'S', 'U1'),
  ]),
  ...rowsOf('UASC', 'uasc.csv', [{ childId: 'C2', sex: 'F', dob: day(2009, 1, 31), uascCeased: null }]),
  ...rowsOf('Missing', 'missing.csv', [
    { childId: 'C1', dob: day(2012, 5, 1), kind: 'M', start: day(2024, 10, 3), end: day(2024, 10, 4) },
  ]),
  ...rowsOf('Reviews', 'reviews.csv', [
    { childId: 'C1', dob: day(2012, 5, 1), reviewDate: day(2024, 7, 1), participation: 'PN1' },
  ]),
];
const files = ['header.csv', 'episodes.csv', 'uasc.csv', 'missing.csv', 'reviews.csv'];
const sources = () => files.map((name) => textSource(name, `${name} content`));
const contentFinding: Finding = {
  severity: 'content',
  code: 'invalid-code',
  file: 'episodes.csv',
  table: 'Episodes',
  row: 3,
  column: 'PLACE',
  value: 'K2',
  expected: 'a placement code',
  childId: 'C1',
  message: 'episodes.csv row 3, PLACE: invalid code "K2" (expected a placement code)',
};

describe('importReturn', () => {
  it('stores the rows, the batch with SHA-256s and counts, findings and an audit event', async () => {
    const progress: string[] = [];
    const result = await importReturn(t.db, {
      sources: sources(),
      councilCode: 'E06000016',
      collectionYear: 2025,
      importedBy: 'ana',
      read: fakeReader({ rows: smallReturn(), findings: [contentFinding] }),
      onProgress: (p) => progress.push(p.phase),
    });
    expect(result.status).toBe('imported');
    expect(result.rowCounts).toEqual({ Header: 2, Episodes: 3, UASC: 1, Missing: 1, Reviews: 1 });
    expect(progress).toContain('reading');
    expect(progress.at(-1)).toBe('writing');

    const batch = await t.db
      .selectFrom('import_batch')
      .selectAll()
      .where('id', '=', result.batchId ?? -1)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      council_code: 'E06000016',
      collection_year: 2025,
      kind: 'return',
      as_at: day(2025, 3, 31), // read back as an epoch day
      status: 'active',
      superseded_by: null,
      imported_by: 'ana',
      structural_findings: 0,
      content_findings: 1,
      rows_set_aside: 0,
      row_counts: { Header: 2, Episodes: 3, UASC: 1, Missing: 1, Reviews: 1 },
    });
    // sha256("episodes.csv content"), worked out with `printf 'episodes.csv content' | sha256sum`.
    const episodesFile = (batch.files as { name: string; sha256: string; bytes: number }[]).find(
      (f) => f.name === 'episodes.csv',
    );
    expect(episodesFile).toMatchObject({
      sha256: 'd1c98a2ff3205779c9ef8574a54fec22f62be35fd649ba6837f0b57cd43e1085',
      bytes: 20,
    });

    const episodes = await t.db.selectFrom('episode').selectAll().orderBy('row_number').execute();
    expect(
      episodes.map((e) => [e.row_number, e.child_id, e.start_date, e.end_date, e.placement_type]),
    ).toEqual([
      [2, 'C1', day(2024, 6, 1), day(2024, 9, 1), 'U4'],
      [3, 'C1', day(2024, 9, 1), null, 'K2'],
      [4, 'C2', day(2024, 4, 10), null, 'U1'],
    ]);
    expect(episodes[0]).toMatchObject({ legal_status: 'C2', home_postcode: 'LE1 1AA', urn: null });
    const headers = await t.db
      .selectFrom('child_header')
      .select(['child_id', 'sex', 'dob'])
      .orderBy('row_number')
      .execute();
    expect(headers).toEqual([
      { child_id: 'C1', sex: 'M', dob: day(2012, 5, 1) },
      { child_id: 'C2', sex: 'F', dob: day(2009, 1, 31) },
    ]);
    const missing = await t.db.selectFrom('missing_spell').selectAll().executeTakeFirstOrThrow();
    expect(missing).toMatchObject({
      child_id: 'C1',
      kind: 'M',
      start_date: day(2024, 10, 3),
      end_date: day(2024, 10, 4),
    });
    const uasc = await t.db.selectFrom('uasc').selectAll().executeTakeFirstOrThrow();
    expect(uasc).toMatchObject({ child_id: 'C2', uasc_ceased: null, dob: day(2009, 1, 31) });
    const reviews = await t.db.selectFrom('return_row').selectAll().execute();
    expect(reviews).toEqual([
      {
        batch_id: result.batchId,
        table_name: 'Reviews',
        row_number: 2,
        child_id: 'C1',
        values: { childId: 'C1', dob: day(2012, 5, 1), reviewDate: day(2024, 7, 1), participation: 'PN1' },
      },
    ]);
    const findings = await t.db.selectFrom('finding').selectAll().execute();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'content',
      code: 'invalid-code',
      row_number: 3,
      column_name: 'PLACE',
      child_id: 'C1',
    });
    const audit = await t.db.selectFrom('audit_event').selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'ana', action: 'import', council_code: 'E06000016' });
    expect(audit[0]?.detail).toMatchObject({
      batchId: result.batchId,
      collectionYear: 2025,
      kind: 'return',
      asAt: '2025-03-31',
    });
  });

  it('rejects a strict import with structural problems and leaves the database unchanged', async () => {
    const before = await countRows();
    const structural: Finding = {
      severity: 'structural',
      code: 'invalid-date',
      file: 'episodes.csv',
      table: 'Episodes',
      row: 5,
      column: 'DECOM',
      value: '31/02/2024',
      expected: 'dd/mm/yyyy',
      message: 'episodes.csv row 5, DECOM: invalid date "31/02/2024" (expected dd/mm/yyyy)',
    };
    const result = await importReturn(t.db, {
      sources: sources(),
      councilCode: 'E06000016',
      collectionYear: 2025,
      importedBy: 'ana',
      read: fakeReader({
        rows: smallReturn(),
        setAside: [
          {
            file: 'episodes.csv',
            rowNumber: 5,
            table: 'Episodes',
            raw: 'C3,31/02/2024,S',
            findings: [structural],
          },
        ],
        findings: [structural, contentFinding],
        structuralProblems: 1,
      }),
    });
    expect(result.status).toBe('rejected');
    expect(result.batchId).toBeUndefined();
    expect(result.findings).toContainEqual(structural);
    expect(await countRows()).toEqual(before);
    // The earlier batch is still the active one.
    const active = await t.db
      .selectFrom('import_batch')
      .select('id')
      .where('status', '=', 'active')
      .execute();
    expect(active).toHaveLength(1);
  });

  it('rejects an in-year extract without an as-at date before touching the database', async () => {
    const before = await countRows();
    const result = await importReturn(t.db, {
      sources: sources(),
      councilCode: 'E06000016',
      collectionYear: 2025,
      kind: 'in-year',
      importedBy: 'ana',
      read: fakeReader({ rows: smallReturn() }),
    });
    expect(result.status).toBe('rejected');
    expect(result.findings.map((f) => f.code)).toEqual(['missing-as-at']);
    expect(result.findings[0]?.message).toBe(
      'an in-year extract needs its as-at date (expected a date from 01/04/2024 to 31/03/2025)',
    );
    expect(await countRows()).toEqual(before);
  });

  it('with allowPartial keeps the good rows and sets aside the bad ones with their findings', async () => {
    const bad: Finding = {
      severity: 'structural',
      code: 'missing-value',
      file: 'episodes.csv',
      table: 'Episodes',
      row: 5,
      column: 'DECOM',
      value: '',
      expected: 'a date',
      message: 'episodes.csv row 5, DECOM: missing value "" (expected a date)',
    };
    const result = await importReturn(t.db, {
      sources: sources(),
      councilCode: 'E08000025',
      collectionYear: 2025,
      importedBy: 'ben',
      allowPartial: true,
      read: fakeReader({
        rows: smallReturn(),
        setAside: [
          { file: 'episodes.csv', rowNumber: 5, table: 'Episodes', raw: 'C3,,S\tx', findings: [bad] },
        ],
        findings: [bad, contentFinding],
        structuralProblems: 1,
      }),
    });
    expect(result.status).toBe('imported');
    const id = result.batchId ?? -1;
    const episodes = await t.db.selectFrom('episode').select('child_id').where('batch_id', '=', id).execute();
    expect(episodes).toHaveLength(3);
    const setAside = await t.db.selectFrom('set_aside_row').selectAll().where('batch_id', '=', id).execute();
    expect(setAside).toEqual([
      {
        batch_id: id,
        file: 'episodes.csv',
        row_number: 5,
        table_name: 'Episodes',
        raw: 'C3,,S\tx',
        findings: [bad],
      },
    ]);
    const batch = await t.db
      .selectFrom('import_batch')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      allow_partial: true,
      structural_findings: 1,
      content_findings: 1,
      rows_set_aside: 1,
    });
    const stored = await t.db
      .selectFrom('finding')
      .select(['severity', 'code'])
      .where('batch_id', '=', id)
      .orderBy('id')
      .execute();
    expect(stored).toEqual([
      { severity: 'structural', code: 'missing-value' },
      { severity: 'content', code: 'invalid-code' },
    ]);
  });
});
