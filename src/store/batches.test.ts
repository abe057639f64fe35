import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvSources } from '../../test/store/return-files.ts';
import { oneChildTables } from '../../test/store/return-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { day } from '../dates/index.ts';
import { batchFindings } from './batch-findings.ts';
import { importReturn } from './import-return.ts';
import { councilsWithData, listBatches } from './list-batches.ts';
import { restoreBatch } from './restore-batch.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

function load(councilCode: string, collectionYear: number, childId: string, by = 'ana') {
  return importReturn(t.db, {
    // Placement code ZZ gives each import one content finding naming its child.
    sources: csvSources(collectionYear, oneChildTables(childId, day(collectionYear - 1, 6, 1), 'ZZ')),
    councilCode,
    collectionYear,
    importedBy: by,
  });
}

describe('import batches', () => {
  it('keeps two councils and several years side by side', async () => {
    const a = await load('E06000016', 2024, 'A24');
    const b = await load('E06000016', 2025, 'A25');
    const c = await load('E09000033', 2025, 'W25');
    expect([a.status, b.status, c.status]).toEqual(['imported', 'imported', 'imported']);
    expect(await councilsWithData(t.db)).toEqual(['E06000016', 'E09000033']);
    const leicester = await listBatches(t.db, 'E06000016');
    expect(leicester.map((x) => [x.id, x.collectionYear, x.status, x.asAt])).toEqual([
      [a.batchId, 2024, 'active', day(2024, 3, 31)],
      [b.batchId, 2025, 'active', day(2025, 3, 31)],
    ]);
    expect(leicester[0]?.files.map((f) => f.name)).toEqual(['header.csv', 'episodes.csv']);
    expect(leicester[0]?.rowCounts).toEqual({ Header: 1, Episodes: 1 });
    expect((await listBatches(t.db)).map((x) => x.councilCode)).toEqual([
      'E06000016',
      'E06000016',
      'E09000033',
    ]);
  });

  it('supersedes on re-import, restores on request, and deletes nothing', async () => {
    const first = (await listBatches(t.db, 'E06000016')).find((x) => x.collectionYear === 2025);
    const again = await load('E06000016', 2025, 'A25b', 'ben');
    expect(again.supersededBatchId).toBe(first?.id);
    let years2025 = (await listBatches(t.db, 'E06000016')).filter((x) => x.collectionYear === 2025);
    expect(years2025.map((x) => [x.id, x.status, x.supersededBy])).toEqual([
      [first?.id, 'superseded', again.batchId],
      [again.batchId, 'active', null],
    ]);
    // Findings by council come from active batches only: the re-import's, not the superseded one's.
    const active = await batchFindings(t.db, { councilCode: 'E06000016', collectionYear: 2025 });
    expect(active.map((f) => f.batchId)).toEqual([again.batchId]);
    const ofOld = await batchFindings(t.db, { batchId: first?.id ?? -1 });
    expect(ofOld.map((f) => [f.batchId, f.code, f.file, f.row, f.column, f.value])).toEqual([
      [first?.id, 'code-not-valid-for-year', 'episodes.csv', 2, 'PLACE', 'ZZ'],
    ]);

    const restored = await restoreBatch(t.db, first?.id ?? -1, 'cara');
    expect(restored).toEqual({ status: 'restored', batchId: first?.id, supersededBatchId: again.batchId });
    years2025 = (await listBatches(t.db, 'E06000016')).filter((x) => x.collectionYear === 2025);
    expect(years2025.map((x) => [x.id, x.status, x.supersededBy, x.restoredBy])).toEqual([
      [first?.id, 'active', null, 'cara'],
      [again.batchId, 'superseded', first?.id, null],
    ]);
    // Both batches keep their rows.
    const episodes = await t.db
      .selectFrom('episode')
      .select(['batch_id', 'child_id'])
      .where('batch_id', 'in', [first?.id ?? -1, again.batchId ?? -1])
      .orderBy('batch_id')
      .execute();
    expect(episodes).toEqual([
      { batch_id: first?.id, child_id: 'A25' },
      { batch_id: again.batchId, child_id: 'A25b' },
    ]);
    const audit = await t.db.selectFrom('audit_event').select(['actor', 'action']).orderBy('id').execute();
    expect(audit.map((e) => `${e.action}:${e.actor}`)).toEqual([
      'import:ana',
      'import:ana',
      'import:ana',
      'import:ben',
      'restore:cara',
    ]);
  });

  it('refuses to restore a batch that is not superseded or does not exist', async () => {
    const active = (await listBatches(t.db, 'E09000033'))[0];
    expect(await restoreBatch(t.db, active?.id ?? -1, 'cara')).toEqual({
      status: 'not-superseded',
      message: `batch ${active?.id} is active, not superseded: nothing to restore`,
    });
    expect(await restoreBatch(t.db, 9999, 'cara')).toEqual({
      status: 'not-found',
      message: 'no import batch 9999',
    });
  });
});
