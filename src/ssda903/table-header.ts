import { TABLE_NAMES, TABLES, type TableName } from './tables.ts';

/** A header row that names a 903 table, and where each of the table's columns sits in the file's rows. */
export interface TableHeader {
  kind: 'table';
  table: TableName;
  /** For each column of the table spec, in spec order, its field index in the file's rows. */
  fieldIndex: number[];
  /** True when the columns are in the spec's order (field i is column i). */
  inOrder: boolean;
  /** Fields per row as the header has them, counting trailing empty header cells. */
  width: number;
  /** Fields per row without the trailing empty header cells (rows may have either width). */
  namedWidth: number;
}

/** A header row that names no table: the nearest table and how the columns differ from it. */
export interface UnknownHeader {
  kind: 'unknown';
  closest: TableName;
  missing: string[];
  unexpected: string[];
}

/**
 * Recognises a 903 table by its header row. Tolerated, because spreadsheets produce them and the meaning
 * is unambiguous: column names in any case, with surrounding spaces, in any order, and empty header cells
 * at the end (Excel's trailing comma). Not tolerated: a missing, extra, misspelt or repeated column.
 *
 * ### Example
 * ```ts
 * matchHeader(['child', 'DOB ', 'REVIEW', 'REVIEW_CODE']) // { kind: 'table', table: 'Reviews', … }
 * ```
 */
export function matchHeader(cells: readonly string[]): TableHeader | UnknownHeader {
  const names = cells.map((c) => c.trim().toUpperCase());
  let namedWidth = names.length;
  while (namedWidth > 0 && names[namedWidth - 1] === '') namedWidth--;
  const named = names.slice(0, namedWidth);
  const position = new Map<string, number>();
  named.forEach((name, i) => {
    if (!position.has(name)) position.set(name, i);
  });
  let best: UnknownHeader | null = null;
  let bestScore = -Infinity;
  for (const table of TABLE_NAMES) {
    const columns = TABLES[table].columns.map((c) => c.column);
    const missing = columns.filter((c) => !position.has(c));
    const unexpected = named.filter((name, i) => !columns.includes(name) || position.get(name) !== i);
    if (missing.length === 0 && unexpected.length === 0) {
      const fieldIndex = columns.map((c) => position.get(c) as number);
      const inOrder = fieldIndex.every((f, i) => f === i);
      return { kind: 'table', table, fieldIndex, inOrder, width: names.length, namedWidth };
    }
    const score = columns.length - missing.length - unexpected.length;
    if (score > bestScore) {
      bestScore = score;
      best = { kind: 'unknown', closest: table, missing, unexpected: unexpected.map((u) => u || '(blank)') };
    }
  }
  return best as UnknownHeader;
}
