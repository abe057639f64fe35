import { formatUkDate } from '../dates/index.ts';
import type { TableRecord } from './records.ts';
import { headerRow, TABLES, type TableName } from './tables.ts';

export interface WriteCsvOptions {
  /** Decides the SEX form: 1/2 up to 2023/24 (2024), M/F/U from 2024/25 (2025). */
  collectionYear: number;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const OLD_SEX: Record<string, string> = { M: '1', F: '2' };

/**
 * The lines of a table as a 903 CSV, header first, each ending in LF (not CRLF: every reader we target,
 * ours included, reads both, and LF keeps generated fixtures diff-friendly). Dates are dd/mm/yyyy, blanks
 * empty, and a value is quoted (RFC 4180) only when it holds a comma, quote, line break or edge space.
 * A generator, so a synthetic council's million episodes can be streamed to a file.
 */
export function* csvLines(
  table: TableName,
  records: Iterable<TableRecord>,
  options: WriteCsvOptions,
): Generator<string> {
  const columns = TABLES[table].columns;
  yield `${headerRow(table).join(',')}\n`;
  const newSex = options.collectionYear >= 2025;
  for (const record of records) {
    const cells = columns.map((spec) => {
      const value = record[spec.field];
      if (value === null || value === undefined) return '';
      if (spec.kind === 'date' && typeof value === 'number') return formatUkDate(value);
      if (spec.codeList === 'sex' && !newSex) return OLD_SEX[String(value)] ?? String(value);
      return quote(String(value));
    });
    yield `${cells.join(',')}\n`;
  }
}

/**
 * A table as one 903 CSV string (see {@link csvLines}).
 *
 * ### Example
 * ```ts
 * toCsv('Reviews', [{ childId: 'C1', dob: 13999, reviewDate: 19800, participation: 'PN1' }], { collectionYear: 2025 })
 * // "CHILD,DOB,REVIEW,REVIEW_CODE\nC1,30/04/2008,18/03/2024,PN1\n"
 * ```
 */
export function toCsv(table: TableName, records: Iterable<TableRecord>, options: WriteCsvOptions): string {
  return [...csvLines(table, records, options)].join('');
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
