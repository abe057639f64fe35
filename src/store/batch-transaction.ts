import type pg from 'pg';
import type { CollectionYear, EpochDay } from '../dates/index.ts';
import { formatIsoDate } from '../dates/index.ts';
import type { BatchKind } from './database-schema.ts';

export interface BatchKey {
  councilCode: string;
  collectionYear: CollectionYear;
  kind: BatchKind;
}

/**
 * Serialises work on one council + year + kind inside the caller's transaction (released at commit or
 * rollback), so two imports of the same return cannot both become active.
 */
export async function lockBatchKey(client: pg.ClientBase, key: BatchKey): Promise<void> {
  await client.query('select pg_advisory_xact_lock(hashtext($1))', [
    `import_batch:${key.councilCode}:${key.collectionYear}:${key.kind}`,
  ]);
}

/**
 * Opens a new active batch: records the council, supersedes the current active batch for the same
 * key (kept, with all its rows) and inserts the new one. Returns both ids.
 */
export async function openBatch(
  client: pg.ClientBase,
  key: BatchKey & { asAt: EpochDay; allowPartial: boolean; importedBy: string },
): Promise<{ batchId: number; supersededBatchId: number | undefined }> {
  await lockBatchKey(client, key);
  const superseded = await client.query<{ id: number }>(
    `with council_row as (insert into council (code) values ($1) on conflict (code) do nothing)
     update import_batch set status = 'superseded', superseded_at = now()
     where council_code = $1 and collection_year = $2 and kind = $3 and status = 'active'
     returning id`,
    [key.councilCode, key.collectionYear, key.kind],
  );
  const inserted = await client.query<{ id: number }>(
    `insert into import_batch (council_code, collection_year, kind, as_at, status, files, row_counts,
       code_lists_assumed, allow_partial, imported_by)
     values ($1, $2, $3, $4, 'active', '[]', '{}', false, $5, $6) returning id`,
    [
      key.councilCode,
      key.collectionYear,
      key.kind,
      formatIsoDate(key.asAt),
      key.allowPartial,
      key.importedBy,
    ],
  );
  const batchId = inserted.rows[0]?.id;
  if (batchId === undefined) throw new Error('insert into import_batch returned no id');
  return { batchId, supersededBatchId: superseded.rows[0]?.id };
}

export interface BatchSummary {
  batchId: number;
  supersededBatchId: number | undefined;
  councilCode: string;
  importedBy: string;
  files: unknown[];
  rowCounts: Record<string, number>;
  codeListsAssumed: boolean;
  structuralFindings: number;
  contentFindings: number;
  rowsSetAside: number;
  auditDetail: Record<string, unknown>;
}

/** Fills in the batch's summary, links the superseded batch to it and writes the audit event: one round trip. */
export async function closeBatch(client: pg.ClientBase, s: BatchSummary): Promise<void> {
  await client.query(
    `with superseded as (update import_batch set superseded_by = $1 where id = $2),
       audit as (insert into audit_event (actor, action, council_code, detail) values ($3, 'import', $4, $5))
     update import_batch set files = $6, row_counts = $7, code_lists_assumed = $8,
       structural_findings = $9, content_findings = $10, rows_set_aside = $11
     where id = $1`,
    [
      s.batchId,
      s.supersededBatchId ?? null,
      s.importedBy,
      s.councilCode,
      JSON.stringify(s.auditDetail),
      JSON.stringify(s.files),
      JSON.stringify(s.rowCounts),
      s.codeListsAssumed,
      s.structuralFindings,
      s.contentFindings,
      s.rowsSetAside,
    ],
  );
}
