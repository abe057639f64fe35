import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './database-schema.ts';

export type RestoreResult =
  | { status: 'restored'; batchId: number; supersededBatchId?: number }
  | { status: 'not-found' | 'not-superseded'; message: string };

/**
 * Makes a superseded batch active again; the batch active for the same council, year and kind (if
 * any) becomes superseded. Nothing is deleted. Writes a `restore` audit event.
 *
 * ### Example
 * ```ts
 * const result = await restoreBatch(db, 12, 'ana');
 * if (result.status !== 'restored') console.error(result.message);
 * ```
 */
export function restoreBatch(db: Kysely<Database>, batchId: number, by: string): Promise<RestoreResult> {
  return db.transaction().execute(async (tx) => {
    const batch = await tx
      .selectFrom('import_batch')
      .selectAll()
      .where('id', '=', batchId)
      .executeTakeFirst();
    if (!batch) return { status: 'not-found', message: `no import batch ${batchId}` };
    const key = `import_batch:${batch.council_code}:${batch.collection_year}:${batch.kind}`;
    await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(tx);
    // Re-read under the lock: an import or restore may have changed it meanwhile.
    const locked = await tx
      .selectFrom('import_batch')
      .select('status')
      .where('id', '=', batchId)
      .executeTakeFirstOrThrow();
    if (locked.status !== 'superseded') {
      return {
        status: 'not-superseded',
        message: `batch ${batchId} is ${locked.status}, not superseded: nothing to restore`,
      };
    }
    const current = await tx
      .updateTable('import_batch')
      .set({ status: 'superseded', superseded_by: batchId, superseded_at: sql`now()` })
      .where('council_code', '=', batch.council_code)
      .where('collection_year', '=', batch.collection_year)
      .where('kind', '=', batch.kind)
      .where('status', '=', 'active')
      .returning('id')
      .executeTakeFirst();
    await tx
      .updateTable('import_batch')
      .set({
        status: 'active',
        superseded_by: null,
        superseded_at: null,
        restored_by: by,
        restored_at: sql`now()`,
      })
      .where('id', '=', batchId)
      .execute();
    const detail = {
      batchId,
      collectionYear: batch.collection_year,
      kind: batch.kind,
      supersededBatchId: current?.id ?? null,
    };
    await tx
      .insertInto('audit_event')
      .values({
        actor: by,
        action: 'restore',
        council_code: batch.council_code,
        detail: JSON.stringify(detail),
      })
      .execute();
    return { status: 'restored', batchId, ...(current ? { supersededBatchId: current.id } : {}) };
  });
}
