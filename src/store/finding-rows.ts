import type { Finding } from '../findings/index.ts';
import { copyLine, jsonCell, textCell } from './copy-text.ts';
import type { SetAsideRow } from './return-reader.ts';

export const FINDING_COPY =
  'copy finding (batch_id, severity, code, file, table_name, row_number, column_name, value, expected, child_id, message) from stdin';

export const SET_ASIDE_COPY =
  'copy set_aside_row (batch_id, file, row_number, table_name, raw, findings) from stdin';

/** One finding as a COPY line for the `finding` table. */
export function findingLine(batchId: number, f: Finding): string {
  return copyLine([
    String(batchId),
    textCell(f.severity),
    textCell(f.code),
    textCell(f.file),
    textCell(f.table),
    textCell(f.row),
    textCell(f.column),
    textCell(f.value),
    textCell(f.expected),
    textCell(f.childId),
    textCell(f.message),
  ]);
}

/** One set-aside row (kept under allow-partial) as a COPY line for `set_aside_row`. */
export function setAsideLine(batchId: number, row: SetAsideRow): string {
  return copyLine([
    String(batchId),
    textCell(row.file),
    String(row.rowNumber),
    textCell(row.table),
    textCell(row.raw),
    jsonCell(row.findings),
  ]);
}
