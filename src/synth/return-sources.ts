import { bufferSource, type ReturnSource, type TableName, toCsv } from '../ssda903/index.ts';
import type { SyntheticReturn } from './types.ts';

/**
 * A synthetic return as the 903 CSV files a council would upload (one per table, in the year's code forms),
 * held in memory: what the demo loader and the tests import.
 */
export function returnSources(ret: SyntheticReturn): ReturnSource[] {
  const encoder = new TextEncoder();
  return Object.entries(ret.tables).map(([table, records]) =>
    bufferSource(
      `${table.toLowerCase()}.csv`,
      encoder.encode(toCsv(table as TableName, records ?? [], { collectionYear: ret.collectionYear })),
    ),
  );
}
