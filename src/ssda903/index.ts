/**
 * The SSDA903 return: its tables, code lists by collection year, reading (CSV and XML) with validation,
 * and writing tables back as 903 CSV.
 */
export * from './code-lists.ts';
export type { FileSummary, ReadOptions, ReadResult, TextEncodingName } from './read-result.ts';
export { readReturn } from './read-return.ts';
export type * from './records.ts';
export type { AcceptedRow, ReturnSink, SetAsideRow } from './return-sink.ts';
export { bufferSource, fileSource, type ReturnSource } from './return-source.ts';
export * from './tables.ts';
export { csvLines, toCsv, type WriteCsvOptions } from './write-csv.ts';
