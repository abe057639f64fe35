import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export type DownloadFormat = 'csv' | 'xlsx';

export interface DownloadColumn<Row> {
  key: keyof Row & string;
  header: string;
}

export type Cell = string | number | boolean | null | undefined;

export interface DownloadTable<Row> {
  /** Without extension; reduced to letters, digits, `-`, `_` and `.`. */
  filename: string;
  columns: readonly DownloadColumn<Row>[];
  rows: readonly Row[];
  format: DownloadFormat;
  /** Worksheet name in the XLSX (default: the filename). */
  sheetName?: string;
}

/**
 * A text cell Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is prefixed with `'`
 * (OWASP CSV injection); numbers are left as they are.
 */
function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * UTF-8 with a byte-order mark so Excel reads accented names right.
 *
 * ### Example
 * ```ts
 * toCsvText([{ key: 'a', header: 'A' }], [{ a: 'x, y' }]) // '\uFEFFA\r\n"x, y"\r\n'
 * ```
 */
export function toCsvText<Row>(columns: readonly DownloadColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.key] as Cell)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A table as an XLSX workbook with one sheet, bold header row, filters and a frozen header. */
export async function toXlsxBuffer<Row>(
  columns: readonly DownloadColumn<Row>[],
  rows: readonly Row[],
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(10, c.header.length + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values: Record<string, Cell> = {};
    for (const c of columns) values[c.key] = (row[c.key] as Cell) ?? null;
    sheet.addRow(values);
  }
  if (columns.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function safeFilename(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'download';
}

/**
 * Sends a table as a download (CSV or XLSX) with `Content-Disposition: attachment`. Every table in the
 * app that can be downloaded goes through here.
 *
 * ### Example
 * ```ts
 * return sendTable(reply, { filename: 'findings-E06000016', columns, rows, format: 'csv' });
 * ```
 */
export async function sendTable<Row>(reply: FastifyReply, table: DownloadTable<Row>): Promise<FastifyReply> {
  const name = `${safeFilename(table.filename)}.${table.format}`;
  reply.header('Content-Disposition', `attachment; filename="${name}"`);
  if (table.format === 'csv') {
    return reply.type('text/csv; charset=utf-8').send(toCsvText(table.columns, table.rows));
  }
  const buffer = await toXlsxBuffer(
    table.columns,
    table.rows,
    table.sheetName ?? safeFilename(table.filename),
  );
  return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(buffer);
}
