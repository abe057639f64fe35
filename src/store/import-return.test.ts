import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { day } from '../dates/index.ts';
import type { Finding } from '../findings/index.ts';
import { bufferSource, type FileSummary, type ReturnSource } from '../ssda903/index.ts';
import type { Database } from './database-schema.ts';
import { importReturn } from './import-return.ts';
import type { ReadReturn } from './return-reader.ts';

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

// A tiny return written by hand: two children, three episodes (C2's placement code ZZ is not a real
// code: one content finding), one UASC row, one missing spell, one review.
const EPISODES_CSV = `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
C1,01/06/2024,S,C2,N1,U4,PR1,01/09/2024,X1,,LE1 1AA,LE2 2BB,
C1,01/09/2024,P,C2,N1,K2,PR1,,,CARPL,LE1 1AA,LE2 2BB,
C2,10/04/2024,S,C2,N1,ZZ,PR1,,,,LE1 1AA,LE2 2BB,
`;
const FILES: Record<string, string> = {
  'header.csv': 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,M,01/05/2012,WBRI,,,\nC2,F,31/01/2009,WBRI,,,\n',
  'episodes.csv': EPISODES_CSV,
  'uasc.csv': 'CHILD,SEX,DOB,DUC\nC2,F,31/01/2009,\n',
  'missing.csv': 'CHILD,DOB,MISSING,MIS_START,MIS_END\nC1,01/05/2012,M,03/10/2024,04/10/2024\n',
  'reviews.csv': 'CHILD,DOB,REVIEW,REVIEW_CODE\nC1,01/05/2012,01/07/2024,PN1\n',
};
/** The files, with `extra` lines appended to episodes.csv. */
function sources(extra = ''): ReturnSource[] {
  return Object.entries(FILES).map(([name, text]) =>
    bufferSource(name, new TextEncoder().encode(name === 'episodes.csv' ? text + extra : text)),
  );
}
// Row 5 of episodes.csv: 31 February does not exist, a structural problem.
const BAD_EPISODE = 'C3,31/02/2024,S,C2,N1,U4,PR1,,,,,,\n';

describe('importReturn', () => {
  it('stores the rows, the batch with SHA-256s and counts, findings and an audit event', async () => {
    const progress: string[] = [];
    const result = await importReturn(t.db, {
      sources: sources(),
      councilCode: 'E06000016',
      collectionYear: 2025,
      importedBy: 'ana',
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
    // Worked out with `printf '<EPISODES_CSV>' | sha256sum` and `| wc -c`.
    const episodesFile = (batch.files as FileSummary[]).find((f) => f.name === 'episodes.csv');
    expect(episodesFile).toMatchObject({
      sha256: '98eb31c1105e1e1ebe4d3934107934e0e266f77cd477acc13cbdf2309cbbcd96',
      bytes: 258,
      rows: 3,
    });

    const episodes = await t.db.selectFrom('episode').selectAll().orderBy('row_number').execute();
    expect(
      episodes.map((e) => [e.row_number, e.child_id, e.start_date, e.end_date, e.placement_type]),
    ).toEqual([
      [2, 'C1', day(2024, 6, 1), day(2024, 9, 1), 'U4'],
      [3, 'C1', day(2024, 9, 1), null, 'K2'],
      [4, 'C2', day(2024, 4, 10), null, 'ZZ'],
    ]);
    expect(episodes[1]).toMatchObject({
      legal_status: 'C2',
      reason_place_change: 'CARPL',
      home_postcode: 'LE1 1AA',
      urn: null,
    });
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
    expect(uasc).toMatchObject({ child_id: 'C2', sex: 'F', dob: day(2009, 1, 31), uasc_ceased: null });
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
    expect(findings.map((f) => [f.severity, f.code, f.file, f.row_number, f.column_name, f.value])).toEqual([
      ['content', 'code-not-valid-for-year', 'episodes.csv', 4, 'PLACE', 'ZZ'],
    ]);
    expect(findings[0]?.message).toBe(result.findings[0]?.message);
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
    const result = await importReturn(t.db, {
      sources: sources(BAD_EPISODE),
      councilCode: 'E06000016',
      collectionYear: 2025,
      importedBy: 'ana',
    });
    expect(result.status).toBe('rejected');
    expect(result.batchId).toBeUndefined();
    expect(
      result.findings
        .filter((f) => f.severity === 'structural')
        .map((f) => [f.code, f.row, f.column, f.value]),
    ).toEqual([['invalid-date', 5, 'DECOM', '31/02/2024']]);
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
    });
    expect(result.status).toBe('rejected');
    expect(result.findings.map((f) => f.code)).toEqual(['missing-as-at']);
    expect(result.findings[0]?.message).toBe(
      'an in-year extract needs its as-at date (expected a date from 01/04/2024 to 31/03/2025)',
    );
    expect(await countRows()).toEqual(before);
  });

  it('with allowPartial keeps the good rows and sets aside the bad ones with their findings', async () => {
    const result = await importReturn(t.db, {
      sources: sources(BAD_EPISODE),
      councilCode: 'E08000025',
      collectionYear: 2025,
      importedBy: 'ben',
      allowPartial: true,
    });
    expect(result.status).toBe('imported');
    const id = result.batchId ?? -1;
    const episodes = await t.db.selectFrom('episode').select('child_id').where('batch_id', '=', id).execute();
    expect(episodes.map((e) => e.child_id)).toEqual(['C1', 'C1', 'C2']);
    const setAside = await t.db.selectFrom('set_aside_row').selectAll().where('batch_id', '=', id).execute();
    expect(setAside).toHaveLength(1);
    expect(setAside[0]).toMatchObject({
      file: 'episodes.csv',
      row_number: 5,
      table_name: 'Episodes',
      raw: 'C3,31/02/2024,S,C2,N1,U4,PR1,,,,,,',
    });
    expect(((setAside[0]?.findings ?? []) as Finding[]).map((f) => f.code)).toEqual(['invalid-date']);
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
      .select(['severity', 'code', 'row_number'])
      .where('batch_id', '=', id)
      .orderBy('id')
      .execute();
    expect(stored).toEqual([
      { severity: 'content', code: 'code-not-valid-for-year', row_number: 4 },
      { severity: 'structural', code: 'invalid-date', row_number: 5 },
    ]);
  });

  it('serialises two imports of the same return: one active, the other superseded', async () => {
    const [a, b] = await Promise.all(
      ['ana', 'ben'].map((by) =>
        importReturn(t.db, {
          sources: sources(),
          councilCode: 'E09000001',
          collectionYear: 2025,
          importedBy: by,
        }),
      ),
    );
    const batches = await t.db
      .selectFrom('import_batch')
      .select(['id', 'status', 'superseded_by'])
      .where('council_code', '=', 'E09000001')
      .orderBy('id')
      .execute();
    expect(batches).toEqual([
      { id: batches[0]?.id, status: 'superseded', superseded_by: batches[1]?.id },
      { id: batches[1]?.id, status: 'active', superseded_by: null },
    ]);
    expect([a?.batchId, b?.batchId].sort()).toEqual(batches.map((x) => x.id).sort());
  });

  it('rolls everything back when the reader fails part-way, and the pool stays usable', async () => {
    const before = await countRows();
    const failing: ReadReturn = async (_sources, _options, sink) => {
      await sink.accept({
        table: 'Reviews',
        file: 'reviews.csv',
        rowNumber: 2,
        record: { childId: 'X', dob: 0 },
      });
      throw new Error('disk went away');
    };
    await expect(
      importReturn(t.db, {
        sources: sources(),
        councilCode: 'E06000016',
        collectionYear: 2025,
        importedBy: 'ana',
        read: failing,
      }),
    ).rejects.toThrow('disk went away');
    expect(await countRows()).toEqual(before);
  });
});
