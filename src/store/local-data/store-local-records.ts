import { createHash } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { formatIsoDate } from '../../dates/index.ts';
import { type LocalDataKind, type LocalRecord, templateOf } from '../../local/index.ts';
import type { Database } from '../database-schema.ts';
import { LOCAL_ROW_TABLES, type LocalDataTables } from './local-data-tables.ts';

/** Rows per INSERT statement (13 columns × 1,000 stays far below PostgreSQL's 65,535 parameters). */
const CHUNK = 1000;

export interface LocalFileInfo {
  name: string;
  bytes: Uint8Array;
}

export interface StoredLocalBatch {
  batchId: number;
  supersededBatchId?: number;
  rows: number;
  sha256: string;
}

/**
 * Stores records of one kind as a new active batch for a council, in ONE transaction: the previous active
 * batch of that kind is superseded (kept with its rows), the rows are inserted, and the audit event
 * `local-data.import` (file name, hash, counts: no personal data) is written. A failure rolls all back.
 */
export async function storeLocalRecords<K extends LocalDataKind>(
  db: Kysely<Database>,
  input: { council: string; kind: K; records: readonly LocalRecord<K>[]; file: LocalFileInfo; user: string },
): Promise<StoredLocalBatch> {
  const sha256 = createHash('sha256').update(input.file.bytes).digest('hex');
  return db
    .withTables<LocalDataTables>()
    .transaction()
    .execute(async (trx) => {
      // Two imports of the same kind for a council queue here, so only one can end up active.
      await sql`select pg_advisory_xact_lock(hashtext(${`local_data:${input.council}:${input.kind}`}))`.execute(
        trx,
      );
      await trx
        .insertInto('council')
        .values({ code: input.council })
        .onConflict((c) => c.doNothing())
        .execute();
      const previous = await trx
        .selectFrom('local_data_batch')
        .select('id')
        .where('council_code', '=', input.council)
        .where('kind', '=', input.kind)
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (previous)
        await trx
          .updateTable('local_data_batch')
          .set({ status: 'superseded', superseded_at: new Date() })
          .where('id', '=', previous.id)
          .execute();
      const batch = await trx
        .insertInto('local_data_batch')
        .values({
          council_code: input.council,
          kind: input.kind,
          file_name: input.file.name,
          sha256,
          bytes: input.file.bytes.length,
          row_count: input.records.length,
          status: 'active',
          superseded_by: null,
          superseded_at: null,
          imported_by: input.user,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (previous)
        await trx
          .updateTable('local_data_batch')
          .set({ superseded_by: batch.id })
          .where('id', '=', previous.id)
          .execute();
      await insertRows(trx, input.kind, batch.id, input.records);
      await trx
        .insertInto('audit_event')
        .values({
          actor: input.user,
          action: 'local-data.import',
          council_code: input.council,
          detail: JSON.stringify({
            batchId: batch.id,
            kind: input.kind,
            file: { name: input.file.name, sha256, bytes: input.file.bytes.length },
            rows: input.records.length,
            ...(previous ? { supersededBatchId: previous.id } : {}),
          }),
        })
        .execute();
      return {
        batchId: batch.id,
        ...(previous ? { supersededBatchId: previous.id } : {}),
        rows: input.records.length,
        sha256,
      };
    });
}

async function insertRows<K extends LocalDataKind>(
  trx: Transaction<Database & LocalDataTables>,
  kind: K,
  batchId: number,
  records: readonly LocalRecord<K>[],
): Promise<void> {
  const columns = templateOf(kind).columns;
  const names = sql.join([
    sql.ref('batch_id'),
    sql.ref('row_number'),
    ...columns.map((c) => sql.ref(c.name)),
  ]);
  for (let start = 0; start < records.length; start += CHUNK) {
    const values = records.slice(start, start + CHUNK).map((record, i) => {
      const fields = record as unknown as Record<string, unknown>;
      const cells = columns.map((c) => {
        const value = fields[c.field] ?? null;
        return c.type === 'date' && value !== null ? formatIsoDate(value as number) : value;
      });
      // row_number keeps the file's order (the record's position, not its CSV line).
      return sql`(${sql.join([batchId, start + i + 1, ...cells])})`;
    });
    await sql`insert into ${sql.table(LOCAL_ROW_TABLES[kind])} (${names}) values ${sql.join(values)}`.execute(
      trx,
    );
  }
}
