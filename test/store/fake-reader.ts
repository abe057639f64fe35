import { createHash } from 'node:crypto';
import type { Finding } from '../../src/findings/index.ts';
import type { TableRecord } from '../../src/ssda903/records.ts';
import type { TableName } from '../../src/ssda903/tables.ts';
import type {
  AcceptedRow,
  FileSummary,
  ReadReturn,
  ReturnSource,
  SetAsideRow,
} from '../../src/store/return-reader.ts';

/** A file held in memory. */
export function textSource(name: string, text: string): ReturnSource {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    size: bytes.length,
    async *open() {
      yield bytes;
    },
  };
}

export interface FakeReturn {
  rows: AcceptedRow[];
  setAside?: SetAsideRow[];
  findings?: Finding[];
  structuralProblems?: number;
  codeListsAssumed?: boolean;
}

/**
 * A stand-in for the 903 reader: hashes the sources like the real one, then replays the scripted rows
 * into the sink and returns the scripted findings. Lets store tests control exactly what arrives.
 */
export function fakeReader(script: FakeReturn): ReadReturn {
  return async (sources, options, sink) => {
    const files: FileSummary[] = [];
    for (const source of sources) {
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of source.open()) {
        hash.update(chunk);
        bytes += chunk.length;
        options.onProgress?.({ file: source.name, bytesRead: bytes, totalBytes: source.size });
      }
      const mine = script.rows.filter((r) => r.file === source.name);
      const tables = [...new Set(mine.map((r) => r.table))];
      const rowsSetAside = (script.setAside ?? []).filter((r) => r.file === source.name).length;
      files.push({
        name: source.name,
        sha256: hash.digest('hex'),
        bytes,
        format: 'csv',
        encoding: 'utf-8',
        tables,
        rows: mine.length,
        rowsSetAside,
      });
    }
    const rowCounts: Partial<Record<TableName, number>> = {};
    for (const row of script.rows) {
      rowCounts[row.table] = (rowCounts[row.table] ?? 0) + 1;
      await sink.accept(row);
    }
    for (const row of script.setAside ?? []) await sink.setAside(row);
    return {
      files,
      findings: script.findings ?? [],
      structuralProblems: script.structuralProblems ?? 0,
      codeListsAssumed: script.codeListsAssumed ?? false,
      rowCounts,
    };
  };
}

/** Accepted rows for one table from one file, numbered from row 2 (row 1 is the header). */
export function rowsOf(table: TableName, file: string, records: TableRecord[]): AcceptedRow[] {
  return records.map((record, i) => ({ table, file, rowNumber: i + 2, record }));
}
