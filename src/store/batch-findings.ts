import type { Kysely } from 'kysely';
import type { CollectionYear } from '../dates/index.ts';
import type { Finding, FindingSeverity } from '../findings/index.ts';
import type { Database } from './database-schema.ts';

export interface FindingFilters {
  /** One batch (any status). Without it, the council's active batches. */
  batchId?: number;
  councilCode?: string;
  collectionYear?: CollectionYear;
  severity?: FindingSeverity;
  code?: string;
  childId?: string;
  limit?: number;
  offset?: number;
}

export interface StoredFinding extends Finding {
  id: number;
  batchId: number;
}

/**
 * Stored findings in the order they were found. Filter by batch, or by council (and year) over the
 * active batches only, so a superseded import's findings do not come back.
 */
export async function batchFindings(db: Kysely<Database>, filters: FindingFilters): Promise<StoredFinding[]> {
  let query = db
    .selectFrom('finding')
    .innerJoin('import_batch', 'import_batch.id', 'finding.batch_id')
    .selectAll('finding');
  if (filters.batchId !== undefined) query = query.where('finding.batch_id', '=', filters.batchId);
  else query = query.where('import_batch.status', '=', 'active');
  if (filters.councilCode !== undefined)
    query = query.where('import_batch.council_code', '=', filters.councilCode);
  if (filters.collectionYear !== undefined)
    query = query.where('import_batch.collection_year', '=', filters.collectionYear);
  if (filters.severity !== undefined) query = query.where('finding.severity', '=', filters.severity);
  if (filters.code !== undefined) query = query.where('finding.code', '=', filters.code);
  if (filters.childId !== undefined) query = query.where('finding.child_id', '=', filters.childId);
  query = query.orderBy('finding.id');
  if (filters.limit !== undefined) query = query.limit(filters.limit);
  if (filters.offset !== undefined) query = query.offset(filters.offset);
  const rows = await query.execute();
  return rows.map((r) => {
    const finding: StoredFinding = {
      id: r.id,
      batchId: r.batch_id,
      severity: r.severity,
      code: r.code,
      message: r.message,
    };
    if (r.file !== null) finding.file = r.file;
    if (r.table_name !== null) finding.table = r.table_name;
    if (r.row_number !== null) finding.row = r.row_number;
    if (r.column_name !== null) finding.column = r.column_name;
    if (r.value !== null) finding.value = r.value;
    if (r.expected !== null) finding.expected = r.expected;
    if (r.child_id !== null) finding.childId = r.child_id;
    return finding;
  });
}
