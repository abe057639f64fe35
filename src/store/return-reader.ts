/**
 * The reader's contract (src/ssda903), as the store uses it. Kept here only until `src/ssda903/index.ts`
 * exports it; then these become re-exports.
 */
import type { Finding } from '../findings/index.ts';
import type { TableRecord } from '../ssda903/records.ts';
import type { TableName } from '../ssda903/tables.ts';

export interface ReturnSource {
  name: string;
  size: number;
  open(): AsyncIterable<Uint8Array>;
}
export interface AcceptedRow {
  table: TableName;
  file: string;
  rowNumber: number;
  record: TableRecord;
}
export interface SetAsideRow {
  file: string;
  rowNumber: number;
  table: TableName | null;
  raw: string;
  findings: Finding[];
}
export interface ReturnSink {
  accept(row: AcceptedRow): void | Promise<void>;
  setAside(row: SetAsideRow): void | Promise<void>;
}
export interface ReadOptions {
  collectionYear: number;
  onProgress?: (p: { file: string; bytesRead: number; totalBytes: number }) => void;
}
export interface FileSummary {
  name: string;
  sha256: string;
  bytes: number;
  format: 'csv' | 'xml';
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' | null;
  tables: TableName[];
  rows: number;
  rowsSetAside: number;
}
export interface ReadResult {
  files: FileSummary[];
  findings: Finding[];
  structuralProblems: number;
  codeListsAssumed: boolean;
  rowCounts: Partial<Record<TableName, number>>;
}
export type ReadReturn = (
  sources: ReturnSource[],
  options: ReadOptions,
  sink: ReturnSink,
) => Promise<ReadResult>;
