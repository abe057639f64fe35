import { findingMessage } from '../findings/index.ts';
import { type CsvProblem, type CsvRow, CsvTokenizer } from './csv-tokenizer.ts';
import type { RowEmitter } from './row-emitter.ts';
import { matchHeader, type TableHeader } from './table-header.ts';
import { headerRow } from './tables.ts';

/** Text of one file, fed in chunks; shared by the CSV and XML readers. */
export interface TextReader {
  push(text: string): Promise<void>;
  end(): Promise<void>;
  /** The line the reader has reached, to place problems found while decoding the bytes. */
  readonly currentLine: number;
}

/**
 * Reads one 903 CSV file: the first non-blank row is the header and names the table (see
 * {@link matchHeader}); each later row becomes a record. A row with the wrong number of fields is set aside;
 * a header that names no table stops the file with one `unknown-table` finding (its rows are not read).
 */
export class CsvFileReader implements TextReader {
  private readonly tokenizer = new CsvTokenizer();
  private readonly rows: CsvRow[] = [];
  private header: TableHeader | null = null;
  private state: 'header' | 'rows' | 'skip' = 'header';

  constructor(private readonly out: RowEmitter) {}

  get currentLine(): number {
    return this.tokenizer.currentLine;
  }

  async push(text: string): Promise<void> {
    if (this.state === 'skip') return;
    const problem = this.tokenizer.push(text, this.rows);
    await this.drain();
    if (problem) await this.problem(problem);
  }

  async end(): Promise<void> {
    if (this.state === 'skip') return;
    const problem = this.tokenizer.end(this.rows);
    await this.drain();
    if (problem) await this.problem(problem);
  }

  private async drain() {
    const rows = this.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as CsvRow;
      if (this.state === 'rows') {
        const pending = this.dataRow(row);
        if (pending) await pending;
      } else if (this.state === 'header') this.readHeader(row);
    }
    rows.length = 0;
  }

  private readHeader(row: CsvRow) {
    const match = matchHeader(row.fields);
    if (match.kind === 'table') {
      this.header = match;
      this.state = 'rows';
      this.out.sawTable(match.table);
      return;
    }
    this.state = 'skip';
    const differences = [
      match.missing.length > 0 ? `missing ${match.missing.join(', ')}` : '',
      match.unexpected.length > 0 ? `unexpected ${match.unexpected.join(', ')}` : '',
    ].filter(Boolean);
    this.out.fileProblem('unknown-table', {
      row: row.line,
      problem: `columns do not match any 903 table; closest is ${match.closest} — ${differences.join(', ')}`,
      expected: headerRow(match.closest).join(','),
    });
  }

  private dataRow(row: CsvRow): void | Promise<void> {
    const header = this.header as TableHeader;
    const fields = row.fields;
    const n = fields.length;
    if (n !== header.namedWidth && (n !== header.width || !blankFrom(fields, header.namedWidth))) {
      return this.out.setAside(header.table, row.line, row.raw, [
        {
          severity: 'structural',
          code: 'wrong-field-count',
          file: this.out.file,
          table: header.table,
          row: row.line,
          expected: `${header.namedWidth} fields, one per column`,
          message: findingMessage({
            file: this.out.file,
            row: row.line,
            problem: `row has ${n} fields but the header has ${header.namedWidth}`,
            expected: `one field per column; a value containing a comma must be in double quotes`,
          }),
        },
      ]);
    }
    // Columns in the usual order need no copy; trailing extra fields are ignored by the record reader.
    const cells = header.inOrder ? fields : header.fieldIndex.map((i) => fields[i]);
    return this.out.row(
      header.table,
      cells,
      { file: this.out.file, table: header.table, row: row.line },
      row.raw,
    );
  }

  private async problem(problem: CsvProblem) {
    this.state = 'skip';
    if (problem.kind === 'row-too-long') {
      this.out.fileProblem('row-too-long', {
        row: problem.line,
        problem:
          'row is longer than a million characters, most likely a quote that never closes; the file was not read further',
        expected: 'a closing double quote for every opening one',
      });
      return;
    }
    const table = this.header?.table ?? null;
    const finding = {
      severity: 'structural' as const,
      code: 'unterminated-quote',
      file: this.out.file,
      row: problem.line,
      expected: 'a closing double quote; the file may be truncated',
      message: findingMessage({
        file: this.out.file,
        row: problem.line,
        problem: 'quote opened and never closed before the end of the file',
        expected: 'a closing double quote; the file may be truncated',
      }),
      ...(table ? { table } : {}),
    };
    await this.out.setAside(table, problem.line, problem.raw, [finding]);
  }
}

function blankFrom(fields: readonly string[], from: number): boolean {
  for (let i = from; i < fields.length; i++) if ((fields[i] as string).trim() !== '') return false;
  return true;
}
