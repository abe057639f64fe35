import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { LOCAL_DATA_KINDS, templateOf, writeLocalCsv } from '../../local/index.ts';
import { SMALL_LOCAL_DATA } from '../../local/test-fixtures.ts';
import { importLocalData, loadLocalData, localDataBatches } from './index.ts';
import { LOCAL_ROW_TABLES } from './local-data-tables.ts';

const COUNCIL = 'E06000016';
const encode = (text: string) => new TextEncoder().encode(text);

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('importLocalData / loadLocalData', () => {
  it('has one row table per kind whose columns are exactly the template columns', async () => {
    for (const kind of LOCAL_DATA_KINDS) {
      const result = await sql<{ column_name: string }>`
        select column_name from information_schema.columns
        where table_name = ${LOCAL_ROW_TABLES[kind]} order by ordinal_position`.execute(t.db);
      expect(result.rows.map((r) => r.column_name)).toEqual([
        'batch_id',
        'row_number',
        ...templateOf(kind).columns.map((c) => c.name),
      ]);
    }
  });

  it('imports every kind (kind detected from the header) and loads exactly what was written', async () => {
    for (const kind of LOCAL_DATA_KINDS) {
      const result = await importLocalData(t.db, {
        council: COUNCIL,
        fileName: `${kind}.csv`,
        bytes: encode(writeLocalCsv(kind, SMALL_LOCAL_DATA[kind])),
        user: 'ana',
      });
      expect(result).toMatchObject({ status: 'imported', kind, rows: SMALL_LOCAL_DATA[kind].length });
    }
    expect(await loadLocalData(t.db, COUNCIL)).toEqual(SMALL_LOCAL_DATA);
    // Another council has nothing.
    const empty = await loadLocalData(t.db, 'E08000025');
    expect(Object.values(empty).every((list) => list.length === 0)).toBe(true);
  });

  it('supersedes the previous active batch of the same kind, keeps it, and audits the import', async () => {
    const before = (await localDataBatches(t.db, COUNCIL)).find((b) => b.kind === 'budget');
    const csv = 'financial_year,category,amount\n2026,residential,900000\n';
    const result = await importLocalData(t.db, {
      council: COUNCIL,
      kind: 'budget',
      fileName: 'budget-2026.csv',
      bytes: encode(csv),
      user: 'ana',
    });
    expect(result).toMatchObject({ status: 'imported', supersededBatchId: before?.id, rows: 1 });
    const loaded = await loadLocalData(t.db, COUNCIL);
    expect(loaded.budget).toEqual([{ financialYear: 2026, category: 'residential', amount: 900000 }]);
    expect(loaded.providers).toEqual(SMALL_LOCAL_DATA.providers);
    const budgets = (await localDataBatches(t.db, COUNCIL)).filter((b) => b.kind === 'budget');
    expect(budgets.map((b) => [b.status, b.fileName, b.rows])).toEqual([
      ['active', 'budget-2026.csv', 1],
      ['superseded', 'budget.csv', 2],
    ]);
    expect(budgets[1]?.supersededBy).toBe(budgets[0]?.id);
    expect(budgets[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['actor', 'action', 'detail'])
      .where('action', '=', 'local-data.import')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor: 'ana',
      detail: { kind: 'budget', rows: 1, supersededBatchId: before?.id },
    });
  });

  it('writes nothing for a file with a finding: the active batch stays', async () => {
    const batchesBefore = await localDataBatches(t.db, COUNCIL);
    // Row 3: 31/02 does not exist, so the whole file is rejected, row 2 included.
    const csv =
      'child_id,accommodation_type,start_date,end_date,weekly_cost\nC1,independent,01/01/2024,,\nC2,independent,31/02/2024,,\n';
    const result = await importLocalData(t.db, {
      council: COUNCIL,
      fileName: 'leavers.csv',
      bytes: encode(csv),
      user: 'ana',
    });
    expect(result.status).toBe('rejected');
    if (result.status !== 'rejected') return;
    expect(result.findings.map((f) => [f.row, f.column, f.value, f.code])).toEqual([
      [3, 'start_date', '31/02/2024', 'invalid-date'],
    ]);
    expect(await localDataBatches(t.db, COUNCIL)).toEqual(batchesBefore);
    expect((await loadLocalData(t.db, COUNCIL)).careLeaverAccommodation).toEqual(
      SMALL_LOCAL_DATA.careLeaverAccommodation,
    );
  });

  it('rejects a file whose header matches no template, naming the kinds', async () => {
    const result = await importLocalData(t.db, {
      council: COUNCIL,
      fileName: 'notes.csv',
      bytes: encode('a,b\n1,2\n'),
      user: 'ana',
    });
    expect(result).toMatchObject({
      status: 'rejected',
      kind: null,
      findings: [{ code: 'unknown-kind', row: 1 }],
    });
  });
});
