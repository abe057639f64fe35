import type { Kysely } from 'kysely';
import {
  detectLocalKind,
  LOCAL_DATA_KINDS,
  type LocalDataKind,
  type LocalFinding,
  readLocalCsv,
  templateOf,
} from '../../local/index.ts';
import type { Database } from '../database-schema.ts';
import { storeLocalRecords } from './store-local-records.ts';

export interface ImportLocalDataInput {
  /** ONS council code. */
  council: string;
  /** The kind of data; detected from the header when left out. */
  kind?: LocalDataKind;
  fileName: string;
  bytes: Uint8Array;
  /** Who is importing (recorded on the batch and in the audit log). */
  user: string;
  maxBytes?: number;
}

export type ImportLocalDataResult =
  | { status: 'imported'; kind: LocalDataKind; batchId: number; rows: number; supersededBatchId?: number }
  | { status: 'rejected'; kind: LocalDataKind | null; findings: LocalFinding[] };

/**
 * Reads a local-data CSV and, when it has no findings, stores it as the council's new active batch of its
 * kind (one transaction; the previous batch is superseded and kept). With any finding nothing is written.
 *
 * ### Example
 * ```ts
 * const result = await importLocalData(db, { council: 'E06000016', fileName: 'carers.csv', bytes, user: 'ana' });
 * if (result.status === 'rejected') for (const f of result.findings) console.log(f.message);
 * ```
 */
export async function importLocalData(
  db: Kysely<Database>,
  input: ImportLocalDataInput,
): Promise<ImportLocalDataResult> {
  const kind = input.kind ?? detectLocalKind(input.bytes);
  if (kind === null)
    return {
      status: 'rejected',
      kind: null,
      findings: [
        {
          severity: 'structural',
          code: 'unknown-kind',
          file: input.fileName,
          row: 1,
          message: `${input.fileName} row 1: the header does not match any local-data template (expected the columns of one of ${LOCAL_DATA_KINDS.map((k) => templateOf(k).slug).join(', ')})`,
          expected: 'the header row of a local-data template',
          fix: 'Start from a blank template, or say which kind of data the file holds.',
        },
      ],
    };
  const read = readLocalCsv(kind, input.bytes, {
    fileName: input.fileName,
    ...(input.maxBytes !== undefined ? { maxBytes: input.maxBytes } : {}),
  });
  if (!read.ok) return { status: 'rejected', kind, findings: read.findings };
  const stored = await storeLocalRecords(db, {
    council: input.council,
    kind,
    records: read.records,
    file: { name: input.fileName, bytes: input.bytes },
    user: input.user,
  });
  return {
    status: 'imported',
    kind,
    batchId: stored.batchId,
    rows: stored.rows,
    ...(stored.supersededBatchId !== undefined ? { supersededBatchId: stored.supersededBatchId } : {}),
  };
}
