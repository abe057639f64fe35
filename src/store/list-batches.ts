import type { Kysely, Selectable } from 'kysely';
import type { CollectionYear, EpochDay } from '../dates/index.ts';
import type { TableName } from '../ssda903/tables.ts';
import type { BatchKind, BatchStatus, Database, ImportBatchTable } from './database-schema.ts';
import type { FileSummary } from './return-reader.ts';

/** One import batch as the rest of the product sees it. */
export interface ImportBatch {
  id: number;
  councilCode: string;
  collectionYear: CollectionYear;
  kind: BatchKind;
  asAt: EpochDay;
  status: BatchStatus;
  supersededBy: number | null;
  supersededAt: Date | null;
  restoredBy: string | null;
  restoredAt: Date | null;
  files: FileSummary[];
  rowCounts: Partial<Record<TableName, number>>;
  codeListsAssumed: boolean;
  allowPartial: boolean;
  importedBy: string;
  importedAt: Date;
  structuralFindings: number;
  contentFindings: number;
  rowsSetAside: number;
}

export function toImportBatch(row: Selectable<ImportBatchTable>): ImportBatch {
  return {
    id: row.id,
    councilCode: row.council_code,
    collectionYear: row.collection_year,
    kind: row.kind,
    asAt: row.as_at,
    status: row.status,
    supersededBy: row.superseded_by,
    supersededAt: row.superseded_at,
    restoredBy: row.restored_by,
    restoredAt: row.restored_at,
    files: row.files as FileSummary[],
    rowCounts: row.row_counts as Partial<Record<TableName, number>>,
    codeListsAssumed: row.code_lists_assumed,
    allowPartial: row.allow_partial,
    importedBy: row.imported_by,
    importedAt: row.imported_at,
    structuralFindings: row.structural_findings,
    contentFindings: row.content_findings,
    rowsSetAside: row.rows_set_aside,
  };
}

/**
 * Every batch (active and superseded), optionally for one council: by council, collection year, kind,
 * then oldest import first.
 */
export async function listBatches(db: Kysely<Database>, councilCode?: string): Promise<ImportBatch[]> {
  let query = db.selectFrom('import_batch').selectAll();
  if (councilCode !== undefined) query = query.where('council_code', '=', councilCode);
  const rows = await query
    .orderBy('council_code')
    .orderBy('collection_year')
    .orderBy('kind')
    .orderBy('id')
    .execute();
  return rows.map(toImportBatch);
}

/** Codes of the councils with at least one active batch, in code order. */
export async function councilsWithData(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('import_batch')
    .select('council_code')
    .distinct()
    .where('status', '=', 'active')
    .orderBy('council_code')
    .execute();
  return rows.map((r) => r.council_code);
}
