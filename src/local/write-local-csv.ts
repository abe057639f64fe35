import type { LocalDataKind } from './records.ts';
import { type LocalRecord, templateOf } from './templates/index.ts';
import { writeCell } from './write-cell.ts';

/**
 * Records of one kind as CSV with exactly the template's columns (header first, LF line ends), so that
 * `readLocalCsv(kind, write(records))` gives the same records back.
 *
 * ### Example
 * ```ts
 * writeLocalCsv('budget', [{ financialYear: 2025, category: 'fostering', amount: 1200000 }])
 * // "financial_year,category,amount\n2025,fostering,1200000\n"
 * ```
 */
export function writeLocalCsv<K extends LocalDataKind>(kind: K, records: readonly LocalRecord<K>[]): string {
  const columns = templateOf(kind).columns;
  const lines = [columns.map((c) => c.name).join(',')];
  for (const record of records) {
    const values = record as unknown as Record<string, unknown>;
    lines.push(columns.map((c) => writeCell(c, values[c.field])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The blank template a council downloads: the header and one example row (delete it before importing).
 */
export function localTemplateCsv(kind: LocalDataKind): string {
  const columns = templateOf(kind).columns;
  const example = columns.map((c) =>
    /[",]/.test(c.example) ? `"${c.example.replaceAll('"', '""')}"` : c.example,
  );
  return `${columns.map((c) => c.name).join(',')}\n${example.join(',')}\n`;
}
