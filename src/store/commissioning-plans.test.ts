import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { day } from '../dates/index.ts';
import { getPlanVersion, listPlanVersions, savePlanVersion } from './commissioning-plans.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const base = {
  councilCode: 'E06000016',
  origin: day(2026, 3, 31),
  inputs: { blockThreshold: 3 },
  createdBy: 'cora',
};

describe('commissioning plan versions', () => {
  it('numbers versions per council and keeps what was saved', async () => {
    const v1 = await savePlanVersion(t.db, { ...base, plan: { rows: [{ a: 1 }] }, note: 'first' });
    const v2 = await savePlanVersion(t.db, { ...base, plan: { rows: [{ a: 2 }] }, note: 'review' });
    const other = await savePlanVersion(t.db, { ...base, councilCode: 'E08000025', plan: {}, note: '' });
    expect([v1.version, v2.version, other.version]).toEqual([1, 2, 1]);
    const list = await listPlanVersions(t.db, 'E06000016');
    expect(list.map((v) => [v.version, v.note, v.createdBy, v.origin])).toEqual([
      [2, 'review', 'cora', day(2026, 3, 31)],
      [1, 'first', 'cora', day(2026, 3, 31)],
    ]);
    const read = await getPlanVersion(t.db, 'E06000016', 1);
    expect(read?.plan).toEqual({ rows: [{ a: 1 }] });
    expect(read?.inputs).toEqual({ blockThreshold: 3 });
    expect(await getPlanVersion(t.db, 'E06000016', 9)).toBeNull();
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('action', '=', 'plan.save')
      .execute();
    expect(audit).toHaveLength(3);
  });

  it('refuses to change or delete a saved version', async () => {
    await expect(
      sql`update commissioning_plan set note = 'changed' where version = 1`.execute(t.db),
    ).rejects.toThrow(/never changes: UPDATE refused/);
    await expect(sql`delete from commissioning_plan`.execute(t.db)).rejects.toThrow(/DELETE refused/);
    expect((await getPlanVersion(t.db, 'E06000016', 1))?.note).toBe('first');
  });

  it('gives concurrent saves distinct numbers', async () => {
    const saves = await Promise.all(
      [1, 2, 3].map((i) =>
        savePlanVersion(t.db, { ...base, councilCode: 'E06000001', plan: { i }, note: '' }),
      ),
    );
    expect(saves.map((s) => s.version).sort()).toEqual([1, 2, 3]);
  });
});
