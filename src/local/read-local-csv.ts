import Papa from 'papaparse';
import { formatUkDate } from '../dates/index.ts';
import { closestName } from './closest-name.ts';
import { decodeLocalText, type LocalEncoding } from './decode-local-text.ts';
import { type LocalFinding, localFinding } from './local-finding.ts';
import { readCell } from './read-cell.ts';
import type { LocalDataKind } from './records.ts';
import { type LocalRecord, type LocalTemplate, type TemplateColumn, templateOf } from './templates/index.ts';

/** The largest local-data file read (a register of thousands of rows is well under 1 MB). */
export const LOCAL_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** Findings listed per file; one more says how many were left out. */
export const LOCAL_FINDINGS_LIMIT = 200;

export interface ReadLocalOptions {
  /** The user's file name, for messages. */
  fileName: string;
  maxBytes?: number;
}

export type LocalReadResult<K extends LocalDataKind> =
  | { ok: true; kind: K; records: LocalRecord<K>[]; encoding: LocalEncoding }
  | { ok: false; kind: K; findings: LocalFinding[] };

type AnyColumn = TemplateColumn<LocalRecord<LocalDataKind>>;

/**
 * Reads a local-data CSV against its template: every problem becomes a finding naming the file, row,
 * column, value, what was expected and the fix; any finding rejects the whole file (nothing half-read).
 * Rows count from the header as row 1. Column names match whatever their case; optional columns may be
 * left out; blank rows are skipped.
 *
 * ### Example
 * ```ts
 * const result = readLocalCsv('budget', bytes, { fileName: 'budget.csv' });
 * if (!result.ok) for (const f of result.findings) console.log(f.message, '→', f.fix);
 * ```
 */
export function readLocalCsv<K extends LocalDataKind>(
  kind: K,
  bytes: Uint8Array,
  options: ReadLocalOptions,
): LocalReadResult<K> {
  const template = templateOf(kind);
  const file = options.fileName;
  const at = { file, table: template.slug };
  const reject = (findings: LocalFinding[]): LocalReadResult<K> => ({ ok: false, kind, findings });
  const maxBytes = options.maxBytes ?? LOCAL_FILE_MAX_BYTES;
  if (bytes.length > maxBytes)
    return reject([
      localFinding({
        ...at,
        code: 'file-too-big',
        problem: `the file is ${megabytes(bytes.length)}, larger than the limit of ${megabytes(maxBytes)}`,
        fix: 'Check it is the right file (local-data files are usually well under 1 MB) and remove any rows or columns not in the template.',
      }),
    ]);
  const decoded = decodeLocalText(bytes);
  if (!decoded.ok)
    return reject([localFinding({ ...at, code: 'not-text', problem: decoded.problem, fix: decoded.fix })]);
  if (decoded.text.trim() === '')
    return reject([
      localFinding({
        ...at,
        code: 'empty-file',
        problem: 'the file is empty',
        expected: `a header row (${template.columns.map((c) => c.name).join(',')}) and data rows`,
        fix: `Start from the blank template ${template.fileName}.`,
      }),
    ]);

  const parsed = Papa.parse<string[]>(decoded.text, { delimiter: ',', skipEmptyLines: false });
  const rows = parsed.data;
  const header = readHeader(template, rows[0] ?? [], file);
  if (!header.ok) return reject(header.findings);

  const findings: LocalFinding[] = [];
  for (const error of parsed.errors)
    findings.push(
      localFinding({
        ...at,
        code: 'malformed-csv',
        ...(error.row !== undefined && error.row !== null ? { row: error.row + 1 } : {}),
        problem: `the CSV cannot be read: ${error.message}`,
        fix: 'Check the quotes on this row: a cell that starts with " must end with ".',
      }),
    );
  const records: LocalRecord<LocalDataKind>[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < rows.length && findings.length <= LOCAL_FINDINGS_LIMIT; i++) {
    const cells = rows[i] as string[];
    if (cells.every((c) => c.trim() === '')) continue;
    const row = i + 1;
    const read = readRow(template, header.columns, cells, { ...at, row });
    if (!read.ok) {
      findings.push(...read.findings);
      continue;
    }
    const key = template.key.map((f) => String(read.record[f])).join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push(duplicateFinding(template, read.record, { ...at, row }, first));
      continue;
    }
    seen.set(key, row);
    records.push(read.record);
  }
  if (findings.length > 0) return reject(capped(findings, at));
  return { ok: true, kind, records: records as LocalRecord<K>[], encoding: decoded.encoding };
}

type HeaderReading = { ok: true; columns: (AnyColumn | null)[] } | { ok: false; findings: LocalFinding[] };

/** Matches the header row to the template: each cell to a column (null: an empty header cell). */
function readHeader(template: LocalTemplate<LocalDataKind>, cells: string[], file: string): HeaderReading {
  const at = { file, table: template.slug, row: 1 };
  const byName = new Map(template.columns.map((c) => [c.name, c]));
  const findings: LocalFinding[] = [];
  const found = new Set<string>();
  const unknown: string[] = [];
  const columns = cells.map((raw) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return null;
    const column = byName.get(name);
    if (column && found.has(name)) {
      findings.push(
        localFinding({
          ...at,
          code: 'duplicate-column',
          column: raw.trim(),
          problem: 'the column appears twice',
          fix: 'Delete one of the two columns.',
        }),
      );
    }
    if (column) found.add(name);
    else unknown.push(raw.trim());
    return column ?? null;
  });
  const names = template.columns.map((c) => c.name);
  const separator = cells.length === 1 && /[;\t|]/.exec(cells[0] ?? '')?.[0];
  if (separator) {
    return {
      ok: false,
      findings: [
        localFinding({
          ...at,
          code: 'wrong-separator',
          value: (cells[0] ?? '').slice(0, 80),
          problem: `the columns are separated by ${separator === '\t' ? 'tabs' : `"${separator}"`}, not commas`,
          expected: 'comma-separated values',
          fix: 'Save the file as "CSV UTF-8 (Comma delimited)".',
        }),
      ],
    };
  }
  for (const name of unknown) {
    const closest = closestName(
      name,
      names.filter((n) => !found.has(n)),
    );
    findings.push(
      localFinding({
        ...at,
        code: 'unknown-column',
        column: name,
        value: name,
        problem: 'unknown column',
        expected: closest ? `${closest}` : `one of ${names.join(', ')}`,
        fix: closest
          ? `Rename it to ${closest}, or delete the column.`
          : `Delete the column, or rename it to one of the ${template.title.toLowerCase()} columns.`,
      }),
    );
  }
  for (const column of template.columns) {
    if (!column.required || found.has(column.name)) continue;
    const closest = closestName(column.name, unknown);
    findings.push(
      localFinding({
        ...at,
        code: 'missing-column',
        column: column.name,
        problem: 'required column missing',
        expected: `a column named ${column.name}`,
        fix: closest
          ? `Rename column "${closest}" to ${column.name}.`
          : `Add a column ${column.name} (${column.description.replace(/\.$/, '')}).`,
      }),
    );
  }
  return findings.length > 0 ? { ok: false, findings } : { ok: true, columns };
}

type RowReading = { ok: true; record: LocalRecord<LocalDataKind> } | { ok: false; findings: LocalFinding[] };

function readRow(
  template: LocalTemplate<LocalDataKind>,
  columns: (AnyColumn | null)[],
  cells: string[],
  at: { file: string; table: string; row: number },
): RowReading {
  const findings: LocalFinding[] = [];
  const record: Record<string, unknown> = {};
  for (const column of template.columns) record[column.field] = null;
  cells.forEach((cell, index) => {
    const text = cell.trim();
    const column = columns[index];
    if (column === undefined || column === null) {
      if (text !== '')
        findings.push(
          localFinding({
            ...at,
            code: 'extra-cell',
            column: `cell ${index + 1}`,
            value: text,
            problem: 'a value in a column with no header',
            expected: `at most ${columns.length} cells`,
            fix: 'Delete the value, or give its column a header from the template.',
          }),
        );
      return;
    }
    const reading = readCell(column, text);
    if (!reading.ok) {
      findings.push(
        localFinding({
          ...at,
          code: reading.code,
          column: column.name,
          value: text,
          problem: reading.problem,
          expected: reading.expected,
          fix: reading.fix,
        }),
      );
      return;
    }
    record[column.field] = reading.value;
  });
  for (const column of template.columns) {
    if (!column.required || record[column.field] !== null) continue;
    if (findings.some((f) => f.column === column.name)) continue;
    findings.push(
      localFinding({
        ...at,
        code: 'missing-value',
        column: column.name,
        value: '',
        problem: 'a required value is blank',
        expected: column.description.replace(/\.$/, '').toLowerCase(),
        fix: `Fill in ${column.name}, e.g. ${column.example}.`,
      }),
    );
  }
  if (findings.length > 0) return { ok: false, findings };
  const typed = record as unknown as LocalRecord<LocalDataKind>;
  const problems = template.rowChecks(typed);
  if (problems.length > 0)
    return {
      ok: false,
      findings: problems.map((p) =>
        localFinding({
          ...at,
          code: p.code,
          column: p.column,
          value: p.value,
          problem: p.problem,
          expected: p.expected,
          fix: p.fix,
        }),
      ),
    };
  return { ok: true, record: typed };
}

function duplicateFinding(
  template: LocalTemplate<LocalDataKind>,
  record: LocalRecord<LocalDataKind>,
  at: { file: string; table: string; row: number },
  firstRow: number,
): LocalFinding {
  const keyColumns = template.key.map((f) => template.columns.find((c) => c.field === f)?.name ?? f);
  const written = template.key.map((f) => {
    const column = template.columns.find((c) => c.field === f);
    return column?.type === 'date' ? formatUkDate(record[f] as number) : String(record[f]);
  });
  return localFinding({
    ...at,
    code: 'duplicate-id',
    column: keyColumns.join(' + '),
    value: written.join(', '),
    problem: `the same as row ${firstRow}`,
    expected: `one row per ${keyColumns.join(' + ')}`,
    fix: `Delete one of rows ${firstRow} and ${at.row}, or correct the ${keyColumns.join(' / ')}.`,
  });
}

function capped(findings: LocalFinding[], at: { file: string; table: string }): LocalFinding[] {
  if (findings.length <= LOCAL_FINDINGS_LIMIT) return findings;
  return [
    ...findings.slice(0, LOCAL_FINDINGS_LIMIT),
    localFinding({
      ...at,
      code: 'too-many-findings',
      problem: `more problems than the ${LOCAL_FINDINGS_LIMIT} listed; reading stopped`,
      fix: 'Fix the problems listed and import again to see the rest.',
    }),
  ];
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
