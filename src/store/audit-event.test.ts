import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { recordAuditEvent } from './audit-event.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('audit_event', () => {
  it('appends events and refuses UPDATE, DELETE and TRUNCATE', async () => {
    const id = await recordAuditEvent(t.db, {
      actor: 'ana',
      action: 'login',
      detail: { method: 'password' },
    });
    await expect(
      t.db.updateTable('audit_event').set({ actor: 'mallory' }).where('id', '=', id).execute(),
    ).rejects.toThrow('audit_event is append-only: UPDATE refused');
    await expect(t.db.deleteFrom('audit_event').execute()).rejects.toThrow(
      'audit_event is append-only: DELETE refused',
    );
    await expect(sql`truncate audit_event`.execute(t.db)).rejects.toThrow(
      'audit_event is append-only: TRUNCATE refused',
    );
    const rows = await t.db.selectFrom('audit_event').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id,
      actor: 'ana',
      action: 'login',
      council_code: null,
      detail: { method: 'password' },
    });
  });
});
