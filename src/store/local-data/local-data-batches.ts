import type { Kysely } from 'kysely';
import type { LocalDataKind } from '../../local/index.ts';
import type { Database } from '../database-schema.ts';
import { localDb } from './local-data-tables.ts';

/** One imported local-data file, as screens and commands list it. */
export interface LocalDataBatch {
  id: number;
  councilCode: string;
  kind: LocalDataKind;
  fileName: string;
  sha256: string;
  bytes: number;
  rows: number;
  status: 'active' | 'superseded';
  supersededBy: number | null;
  supersededAt: Date | null;
  importedBy: string;
  importedAt: Date;
}

/** Every local-data batch of a council, newest first (active and superseded). */
export async function localDataBatches(db: Kysely<Database>, council: string): Promise<LocalDataBatch[]> {
  const rows = await localDb(db)
    .selectFrom('local_data_batch')
    .selectAll()
    .where('council_code', '=', council)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    councilCode: r.council_code,
    kind: r.kind,
    fileName: r.file_name,
    sha256: r.sha256,
    bytes: r.bytes,
    rows: r.row_count,
    status: r.status,
    supersededBy: r.superseded_by,
    supersededAt: r.superseded_at,
    importedBy: r.imported_by,
    importedAt: r.imported_at,
  }));
}
