import type { Finding } from '../findings/index.ts';
import type { TableName } from './tables.ts';

export interface ReadOptions {
  /** The year the collection ends: 2025 = 2024/25. */
  collectionYear: number;
  /** Called at most about 20 times a second per file, and once when each file is finished. */
  onProgress?: (p: { file: string; bytesRead: number; totalBytes: number }) => void;
}

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface FileSummary {
  name: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
  bytes: number;
  format: 'csv' | 'xml';
  /** Null when the file was refused before its encoding was known (UTF-16, binary) or is empty. */
  encoding: TextEncodingName | null;
  /** Tables found in the file (CSV: at most one; XML: those with at least one row). */
  tables: TableName[];
  /** Data rows accepted (sent to `sink.accept`). */
  rows: number;
  /** Data rows set aside (sent to `sink.setAside`). */
  rowsSetAside: number;
}

export interface ReadResult {
  files: FileSummary[];
  /** Structural and content findings, in file order, then the cross-return checks. Capped per code. */
  findings: Finding[];
  /** Count of all structural findings, including any beyond the cap on `findings`. */
  structuralProblems: number;
  /** True when the collection year is outside 2022/23 → 2026/27 and the nearest year's lists were used. */
  codeListsAssumed: boolean;
  /** Accepted rows per table. */
  rowCounts: Partial<Record<TableName, number>>;
}
