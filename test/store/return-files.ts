import { bufferSource, type ReturnSource, type TableName, toCsv } from '../../src/ssda903/index.ts';
import type { TableRecord } from '../../src/ssda903/records.ts';

/**
 * A return as 903 CSV files in memory, one per table (`episodes.csv`, …). `extraLines` appends raw
 * lines to a table's file, for rows the reader must refuse.
 */
export function csvSources(
  collectionYear: number,
  tables: Partial<Record<TableName, readonly object[]>>,
  extraLines: Partial<Record<TableName, string[]>> = {},
): ReturnSource[] {
  return Object.entries(tables).map(([table, records]) => {
    const name = table as TableName;
    const extra = (extraLines[name] ?? []).map((line) => `${line}\n`).join('');
    const text = toCsv(name, (records ?? []) as TableRecord[], { collectionYear }) + extra;
    return bufferSource(`${name.toLowerCase()}.csv`, new TextEncoder().encode(text));
  });
}
