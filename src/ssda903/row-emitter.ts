import { collectionYearLabel } from '../dates/index.ts';
import { type Finding, findingMessage } from '../findings/index.ts';
import { type RecordReader, type RowPlace, recordReader } from './build-record.ts';
import type { FindingCollector } from './finding-collector.ts';
import type { FileSummary } from './read-result.ts';
import type { Episode } from './records.ts';
import type { ReturnChecks } from './return-checks.ts';
import type { ReturnSink } from './return-sink.ts';
import { TABLES, type TableName } from './tables.ts';

/** What every file reader shares: the year, the sink, the findings and the checks across the return. */
export interface ReadContext {
  year: number;
  sink: ReturnSink;
  findings: FindingCollector;
  checks: ReturnChecks;
  rowCounts: Partial<Record<TableName, number>>;
}

/**
 * Sends one file's rows on: builds each record, records its findings, feeds the checks across the
 * return, and hands the row to the sink (accepted, or set aside when it has a structural problem).
 * Returns the sink's promise only when the sink returned one, so a synchronous sink costs no awaits.
 */
export class RowEmitter {
  private readonly readers: Partial<Record<TableName, RecordReader>> = {};

  constructor(
    readonly ctx: ReadContext,
    readonly summary: FileSummary,
  ) {}

  get file(): string {
    return this.summary.name;
  }

  /** A row whose cells are in the table spec's column order. */
  row(
    table: TableName,
    cells: readonly (string | undefined)[],
    place: RowPlace,
    raw: string,
  ): void | Promise<void> {
    this.readers[table] ??= recordReader(table, this.ctx.year);
    const reader = this.readers[table];
    const { record, structural, content } = reader.read(cells, place);
    if (content) for (const f of content) this.ctx.findings.add(f);
    if (structural) return this.setAside(table, place.row, raw, structural);
    this.track(table, record, place.row);
    this.summary.rows++;
    this.ctx.rowCounts[table] = (this.ctx.rowCounts[table] ?? 0) + 1;
    return this.ctx.sink.accept({ table, file: this.file, rowNumber: place.row, record });
  }

  /** A row that cannot be used as it stands. */
  setAside(table: TableName | null, row: number, raw: string, findings: Finding[]): void | Promise<void> {
    for (const f of findings) this.ctx.findings.add(f);
    this.summary.rowsSetAside++;
    return this.ctx.sink.setAside({ file: this.file, rowNumber: row, table, raw, findings });
  }

  /** A structural problem with the whole file, or a line of it, that is not one row's record. */
  fileProblem(
    code: string,
    parts: { row?: number; problem: string; value?: string; expected?: string },
  ): Finding {
    return this.add('structural', code, parts);
  }

  /** A content finding about the file (e.g. a table not collected in the year). */
  fileNote(
    code: string,
    parts: { row?: number; problem: string; value?: string; expected?: string },
  ): Finding {
    return this.add('content', code, parts);
  }

  /** Marks a table as present in the return and in this file. */
  sawTable(table: TableName): void {
    this.ctx.checks.sawTable(table);
    if (!this.summary.tables.includes(table)) this.summary.tables.push(table);
    const from = TABLES[table].fromYear;
    if (from !== undefined && this.ctx.year < from) {
      this.fileNote('table-not-in-year', {
        problem: `the ${table} table is not collected in ${collectionYearLabel(this.ctx.year)}; its rows are read anyway`,
        expected: `${table} from ${collectionYearLabel(from)}`,
      });
    }
  }

  private add(
    severity: Finding['severity'],
    code: string,
    parts: { row?: number; problem: string; value?: string; expected?: string },
  ): Finding {
    const finding: Finding = {
      severity,
      code,
      file: this.file,
      message: findingMessage({ file: this.file, ...parts }),
    };
    if (parts.row !== undefined) finding.row = parts.row;
    if (parts.value !== undefined) finding.value = parts.value;
    if (parts.expected !== undefined) finding.expected = parts.expected;
    this.ctx.findings.add(finding);
    return finding;
  }

  private readonly report = (f: Finding) => this.ctx.findings.add(f);

  private track(table: TableName, record: Record<string, unknown>, row: number) {
    const report = this.report;
    const childId = record.childId as string;
    if (table === 'Episodes') this.ctx.checks.episode(record as unknown as Episode, this.file, row, report);
    else if (table === 'Header') this.ctx.checks.header(childId, this.file, row, report);
    else if (table === 'OC3' || table === 'AD1') this.ctx.checks.mayHaveNoEpisodes(childId);
  }
}
