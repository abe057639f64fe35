import { type Kysely, sql } from 'kysely';
import {
  LOCAL_DATA_KINDS,
  type LocalData,
  type LocalDataKind,
  type LocalRecord,
  templateOf,
} from '../../local/index.ts';
import type { Database } from '../database-schema.ts';
import { LOCAL_ROW_TABLES } from './local-data-tables.ts';

/**
 * A council's local data from its active batches only (one per kind), in file order. A kind never
 * imported is an empty list.
 *
 * ### Example
 * ```ts
 * const { fosterHouseholds, budget } = await loadLocalData(db, 'E06000016');
 * ```
 */
export async function loadLocalData(db: Kysely<Database>, council: string): Promise<LocalData> {
  const entries = await Promise.all(
    LOCAL_DATA_KINDS.map(async (kind) => [kind, await loadLocalRecords(db, council, kind)] as const),
  );
  return Object.fromEntries(entries) as unknown as LocalData;
}

/** The records of one kind from the council's active batch of that kind ([] when there is none). */
export async function loadLocalRecords<K extends LocalDataKind>(
  db: Kysely<Database>,
  council: string,
  kind: K,
): Promise<LocalRecord<K>[]> {
  const columns = templateOf(kind).columns;
  const selected = sql.join(columns.map((c) => sql.ref(`r.${c.name}`)));
  const result = await sql<Record<string, unknown>>`
    select ${selected} from ${sql.table(LOCAL_ROW_TABLES[kind])} r
    join local_data_batch b on b.id = r.batch_id
    where b.council_code = ${council} and b.kind = ${kind} and b.status = 'active'
    order by r.row_number`.execute(db);
  return result.rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const c of columns) record[c.field] = row[c.name] ?? null;
    return record as unknown as LocalRecord<K>;
  });
}
