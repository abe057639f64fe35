import type { Kysely } from 'kysely';
import type pg from 'pg';
import { type CollectionYear, censusDate, type EpochDay, formatIsoDate } from '../dates/index.ts';
import type { Finding } from '../findings/index.ts';
import { readReturn, type TableName } from '../ssda903/index.ts';
import { closeBatch, openBatch } from './batch-transaction.ts';
import { CopyWriter } from './copy-writer.ts';
import type { BatchKind, Database } from './database-schema.ts';
import { FINDING_COPY, findingLine, SET_ASIDE_COPY, setAsideLine } from './finding-rows.ts';
import { importOptionProblems } from './import-options.ts';
import { poolOf } from './open-database.ts';
import type { FileSummary, ReadResult, ReadReturn, ReturnSink, ReturnSource } from './return-reader.ts';
import { ROW_TARGETS } from './row-targets.ts';

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
}

export interface ImportOptions {
  sources: ReturnSource[];
  /** ONS code, e.g. E06000016. */
  councilCode: string;
  collectionYear: CollectionYear;
  kind?: BatchKind;
  /** The extract's as-at date; required for in-year extracts, 31 March for a full return. */
  asAt?: EpochDay;
  /** Import the readable rows and set aside rows with structural problems, instead of rejecting. */
  allowPartial?: boolean;
  importedBy: string;
  onProgress?: (p: ImportProgress) => void;
  /** The 903 reader; the real one (src/ssda903) unless a test passes its own. */
  read?: ReadReturn;
}

export interface ImportResult {
  status: 'imported' | 'rejected';
  batchId?: number;
  findings: Finding[];
  files: FileSummary[];
  rowCounts: Partial<Record<TableName, number>>;
  supersededBatchId?: number;
}

/**
 * Reads a return and stores it as a new import batch, in ONE transaction: rows stream into COPY while
 * the files are read. With structural problems and no `allowPartial` the transaction is rolled back and
 * the result is `rejected` with every finding: nothing is written, not even a batch row. A batch for the
 * same council, year and kind that was active becomes superseded (kept with all its rows).
 *
 * ### Example
 * ```ts
 * const result = await importReturn(db, { sources, councilCode: 'E06000016', collectionYear: 2025, importedBy: 'ana' });
 * if (result.status === 'rejected') for (const f of result.findings) console.log(f.message);
 * ```
 */
export async function importReturn(db: Kysely<Database>, options: ImportOptions): Promise<ImportResult> {
  const kind = options.kind ?? 'return';
  const asAt = options.asAt ?? (kind === 'return' ? censusDate(options.collectionYear) : undefined);
  const problems = importOptionProblems({ ...options, kind, asAt });
  if (problems.length > 0 || asAt === undefined)
    return { status: 'rejected', findings: problems, files: [], rowCounts: {} };
  const read = options.read ?? readReturn;

  const client = await poolOf(db).connect();
  let healthy = true;
  try {
    await client.query('begin');
    const outcome = await importInTransaction(client, read, { ...options, kind, asAt });
    await client.query(outcome.status === 'imported' ? 'commit' : 'rollback');
    return outcome;
  } catch (error) {
    // Drop the connection rather than reuse it mid-COPY or mid-transaction: the server rolls back.
    healthy = false;
    throw error;
  } finally {
    client.release(!healthy);
  }
}

type ResolvedOptions = ImportOptions & { kind: BatchKind; asAt: EpochDay };

async function importInTransaction(
  client: pg.PoolClient,
  read: ReadReturn,
  o: ResolvedOptions,
): Promise<ImportResult> {
  const allowPartial = o.allowPartial ?? false;
  const progress = o.onProgress ?? (() => {});
  const { batchId, supersededBatchId } = await openBatch(client, { ...o, allowPartial });
  const writer = new CopyWriter(client);
  let setAside = 0;

  const sink: ReturnSink = {
    accept(row) {
      // A strict import that has set a row aside is already rejected: stop copying.
      if (setAside > 0 && !allowPartial) return;
      const target = ROW_TARGETS[row.table];
      return writer.add(target.table, target.copySql, target.encode(batchId, row.rowNumber, row.record));
    },
    setAside(row) {
      setAside++;
      if (allowPartial) return writer.add('set_aside_row', SET_ASIDE_COPY, setAsideLine(batchId, row));
    },
  };
  const result = await read(
    o.sources,
    { collectionYear: o.collectionYear, onProgress: readingProgress(o.sources, progress) },
    sink,
  );

  progress({ phase: 'checking', done: 0, total: 1 });
  const rejected = !allowPartial && (result.structuralProblems > 0 || setAside > 0);
  progress({ phase: 'checking', done: 1, total: 1 });
  if (rejected) {
    await writer.abandon();
    return {
      status: 'rejected',
      findings: result.findings,
      files: result.files,
      rowCounts: result.rowCounts,
    };
  }

  for (const finding of result.findings) writer.add('finding', FINDING_COPY, findingLine(batchId, finding));
  await writer.finish((sent) => progress({ phase: 'writing', done: sent, total: writer.linesAdded }));
  await closeBatch(client, batchSummary(o, batchId, supersededBatchId, result, setAside));
  progress({ phase: 'writing', done: writer.linesAdded, total: writer.linesAdded });
  return {
    status: 'imported',
    batchId,
    findings: result.findings,
    files: result.files,
    rowCounts: result.rowCounts,
    ...(supersededBatchId !== undefined ? { supersededBatchId } : {}),
  };
}

function batchSummary(
  o: ResolvedOptions,
  batchId: number,
  supersededBatchId: number | undefined,
  result: ReadResult,
  rowsSetAside: number,
) {
  // The reader caps findings per code; structuralProblems is the true count.
  const structuralFindings = result.structuralProblems;
  const contentFindings = result.findings.filter((f) => f.severity === 'content').length;
  const rowCounts = result.rowCounts as Record<string, number>;
  return {
    batchId,
    supersededBatchId,
    councilCode: o.councilCode,
    importedBy: o.importedBy,
    files: result.files,
    rowCounts,
    codeListsAssumed: result.codeListsAssumed,
    structuralFindings,
    contentFindings,
    rowsSetAside,
    // Audit detail carries no personal data: file names, hashes and counts only.
    auditDetail: {
      batchId,
      collectionYear: o.collectionYear,
      kind: o.kind,
      asAt: formatIsoDate(o.asAt),
      files: result.files.map((f) => ({ name: f.name, sha256: f.sha256 })),
      rowCounts,
      structuralFindings,
      contentFindings,
      rowsSetAside,
      ...(supersededBatchId !== undefined ? { supersededBatchId } : {}),
    },
  };
}

/** Turns the reader's per-file byte counts into one reading bar over all files. */
function readingProgress(sources: ReturnSource[], progress: (p: ImportProgress) => void) {
  const total = sources.reduce((sum, s) => sum + s.size, 0);
  const perFile = new Map<string, number>();
  let done = 0;
  return (p: { file: string; bytesRead: number }) => {
    done += p.bytesRead - (perFile.get(p.file) ?? 0);
    perFile.set(p.file, p.bytesRead);
    progress({ phase: 'reading', done, total });
  };
}
