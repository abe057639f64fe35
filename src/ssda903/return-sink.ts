import type { Finding } from '../findings/index.ts';
import type { TableRecord } from './records.ts';
import type { TableName } from './tables.ts';

/** A row that was read cleanly: its table, where it came from and its record keyed by domain field names. */
export interface AcceptedRow {
  table: TableName;
  file: string;
  /** Line in the file where the row starts (header row = 1); for XML, the line of the row's element. */
  rowNumber: number;
  record: TableRecord;
}

/** A row with structural problems: kept raw, with the findings that say why it could not be read. */
export interface SetAsideRow {
  file: string;
  rowNumber: number;
  /** Null when the table is not known (e.g. a row of a file whose header matched no table). */
  table: TableName | null;
  raw: string;
  findings: Finding[];
}

/** Where the reader sends rows. The reader awaits a call only when it returns a promise. */
export interface ReturnSink {
  accept(row: AcceptedRow): void | Promise<void>;
  /** Rows with structural problems; the caller decides whether to keep them or roll the import back. */
  setAside(row: SetAsideRow): void | Promise<void>;
}
