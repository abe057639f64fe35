import { collectionYearLabel, parseUkDate } from '../dates/index.ts';
import { type Finding, findingMessage } from '../findings/index.ts';
import { CODE_LIST_NOUN, codeListFor, codeNote, isValidCode, whyNotValid } from './code-lists.ts';
import type { Sex, TableRecord } from './records.ts';
import { type ColumnSpec, TABLES, type TableName } from './tables.ts';

/** Where a row came from, for messages. `cellRows` gives a line per cell (XML elements sit on their own lines). */
export interface RowPlace {
  file: string;
  table: TableName;
  row: number;
  cellRows?: readonly number[];
}

export interface BuiltRecord {
  record: TableRecord;
  /** Problems that make the row unusable (it is set aside); null when there are none. */
  structural: Finding[] | null;
  /** Questionable values that are kept; null when there are none. */
  content: Finding[] | null;
}

const SEX_FROM_CODE: Record<string, Sex> = { '1': 'M', '2': 'F', M: 'M', F: 'F', U: 'U' };
const WHOLE_NUMBER = /^-?\d+$/;

/**
 * Turns a row's cells (in the table spec's column order; undefined = absent) into a record keyed by domain
 * field names: dates → epoch days, whole numbers → numbers, codes upper-cased (lower-case codes are read as
 * their upper-case form), SEX → M/F/U whatever the year, blanks → null. Codes not valid for the year are
 * content findings; bad dates, bad numbers, blank required cells and an unreadable SEX in Header are
 * structural.
 */
export function buildRecord(
  cells: readonly (string | undefined)[],
  place: RowPlace,
  year: number,
): BuiltRecord {
  return recordReader(place.table, year).read(cells, place);
}

const readers = new Map<string, RecordReader>();

/** The reader for a table in a year, made once: it holds each code column's valid codes. */
export function recordReader(table: TableName, year: number): RecordReader {
  const key = `${table}:${year}`;
  let reader = readers.get(key);
  if (!reader) {
    reader = new RecordReader(table, year);
    readers.set(key, reader);
  }
  return reader;
}

/** Reads rows of one table for one collection year (see {@link buildRecord}). */
export class RecordReader {
  private readonly columns: readonly ColumnSpec[];
  private readonly codes: (ReadonlySet<string> | null)[];

  constructor(
    readonly table: TableName,
    readonly year: number,
  ) {
    this.columns = TABLES[table].columns;
    this.codes = this.columns.map((c) =>
      c.codeList && c.codeList !== 'sex' ? codeListFor(c.codeList, year) : null,
    );
  }

  read(cells: readonly (string | undefined)[], place: RowPlace): BuiltRecord {
    const columns = this.columns;
    const record: TableRecord = {};
    const built: BuiltRecord = { record, structural: null, content: null };
    for (let i = 0; i < columns.length; i++) {
      const spec = columns[i] as ColumnSpec;
      const cell = cells[i];
      const text = cell === undefined ? '' : cell.trim();
      if (text === '') {
        record[spec.field] = null;
        if (spec.required)
          structural(built, place, i, spec, 'missing-value', 'required value is blank', undefined);
      } else if (spec.kind === 'code') {
        record[spec.field] = this.code(text, i, spec, place, built);
      } else record[spec.field] = readCell(text, spec, place, i, built);
    }
    // Name the child on every finding of the row, so a finding can be followed to the child's record.
    const childId = record.childId;
    if (typeof childId === 'string') {
      for (const finding of built.structural ?? []) finding.childId ??= childId;
      for (const finding of built.content ?? []) finding.childId ??= childId;
    }
    return built;
  }

  private code(
    text: string,
    i: number,
    spec: ColumnSpec,
    place: RowPlace,
    built: BuiltRecord,
  ): string | null {
    const codes = this.codes[i];
    if (codes?.has(text)) return text;
    const code = text.toUpperCase();
    if (codes) {
      if (!codes.has(code)) codeNotValid(built, place, i, spec, code, this.year, null);
      return code;
    }
    return spec.codeList === 'sex' ? readSex(code, i, spec, place, this.year, built) : code;
  }
}

function readCell(
  text: string,
  spec: ColumnSpec,
  place: RowPlace,
  i: number,
  built: BuiltRecord,
): string | number | null {
  switch (spec.kind) {
    case 'date': {
      const d = parseUkDate(text);
      if (d === null) structural(built, place, i, spec, 'invalid-date', 'invalid date', text);
      return d;
    }
    case 'int':
      if (WHOLE_NUMBER.test(text)) return Number(text);
      structural(built, place, i, spec, 'invalid-number', 'not a whole number', text);
      return null;
    default:
      return text;
  }
}

function readSex(
  code: string,
  i: number,
  spec: ColumnSpec,
  place: RowPlace,
  year: number,
  built: BuiltRecord,
): Sex | null {
  const sex = SEX_FROM_CODE[code];
  if (!sex) {
    if (place.table === 'Header') structural(built, place, i, spec, 'invalid-code', 'not a sex code', code);
    else codeNotValid(built, place, i, spec, code, year, 'read as blank');
    return null;
  }
  if (!isValidCode('sex', code, year)) codeNotValid(built, place, i, spec, code, year, `read as ${sex}`);
  return sex;
}

function codeNotValid(
  built: BuiltRecord,
  place: RowPlace,
  i: number,
  spec: ColumnSpec,
  code: string,
  year: number,
  readAs: string | null,
) {
  const list = spec.codeList as NonNullable<ColumnSpec['codeList']>;
  // A sex code in the other year's form is mapped, so the advice is the form to use, not the history.
  const why =
    list === 'sex' ? (codeNote('sex', code) ?? whyNotValid(list, code, year)) : whyNotValid(list, code, year);
  const expected = readAs ? `${readAs}; ${why}` : why;
  const where = findingMessage({ file: place.file, row: rowOf(place, i), column: spec.column, problem: '' });
  built.content ??= [];
  built.content.push({
    severity: 'content',
    code: 'code-not-valid-for-year',
    file: place.file,
    table: place.table,
    row: rowOf(place, i),
    column: spec.column,
    value: code,
    expected,
    message: `${where}${JSON.stringify(code)} is not a valid ${CODE_LIST_NOUN[list]} in ${collectionYearLabel(year)} (${expected})`,
  });
}

const EXPECTED: Record<string, (spec: ColumnSpec) => string> = {
  'missing-value': (spec) => `a value: ${spec.column} is required`,
  'invalid-date': () => 'a real date as dd/mm/yyyy',
  'invalid-number': () => 'a whole number',
  'invalid-code': () => 'M, F or U; 1 or 2 before 2024/25',
};

function structural(
  built: BuiltRecord,
  place: RowPlace,
  i: number,
  spec: ColumnSpec,
  code: string,
  problem: string,
  value: string | undefined,
) {
  const row = rowOf(place, i);
  const expected = (EXPECTED[code] as (spec: ColumnSpec) => string)(spec);
  const finding: Finding = {
    severity: 'structural',
    code,
    file: place.file,
    table: place.table,
    row,
    column: spec.column,
    expected,
    message: findingMessage({ file: place.file, row, column: spec.column, problem, value, expected }),
  };
  if (value !== undefined) finding.value = value;
  built.structural ??= [];
  built.structural.push(finding);
}

function rowOf(place: RowPlace, i: number): number {
  return place.cellRows?.[i] ?? place.row;
}
