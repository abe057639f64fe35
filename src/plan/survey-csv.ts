import Papa from 'papaparse';
import { type Finding, findingMessage } from '../findings/index.ts';

/** One response as read from a survey file. */
export interface SurveyRow {
  /** 1-based line in the file, the header being row 1. */
  row: number;
  question: string;
  response: string;
  group: string;
  /** The respondent's id if the file has one: used to count respondents and never shown. */
  respondentId: string | null;
}

export type SurveyCsvResult =
  | { status: 'read'; rows: SurveyRow[]; findings: Finding[] }
  | { status: 'rejected'; findings: Finding[] };

/** Header spellings accepted for each column (compared lower-case, `_`/`-` read as spaces). */
const COLUMNS = {
  question: ['question'],
  response: ['response', 'answer'],
  group: ['respondent group', 'group'],
  respondentId: ['respondent id', 'respondent'],
} as const;

type Column = keyof typeof COLUMNS;

const MAX_TEXT = 4000;

/**
 * Reads a survey CSV (`question, response, respondent group[, respondent id]`). Any structural problem
 * rejects the whole file with a finding naming the file, row, column, value and what to do; rows with
 * an empty response are left out with a content finding (an unanswered question is not an error).
 *
 * ### Example
 * ```ts
 * readSurveyCsv('question,response,respondent group\nI feel safe,Agree,Children 11-17\n', 'survey.csv')
 * // { status: 'read', rows: [{ row: 2, question: 'I feel safe', response: 'Agree', group: 'Children 11-17', respondentId: null }], findings: [] }
 * ```
 */
export function readSurveyCsv(text: string, file: string): SurveyCsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...records] = parsed.data;
  const findings: Finding[] = [];
  const at = header ? locate(header) : null;
  if (!header || !at) return { status: 'rejected', findings: [missingColumns(file, header ?? [])] };
  const rows: SurveyRow[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const row = i + 2;
    if (record.length !== header.length) {
      findings.push(
        structural(file, row, undefined, record.join(','), 'wrong-field-count', {
          problem: `${record.length} fields where the header has ${header.length}`,
          expected: `${header.length} fields; put any text containing a comma in double quotes`,
        }),
      );
      return;
    }
    const cell = (c: Column) => (at[c] === undefined ? '' : (record[at[c]] ?? '').trim());
    const read = { question: cell('question'), response: cell('response'), group: cell('group') };
    const id = cell('respondentId') || null;
    if (!read.question)
      findings.push(
        required(file, row, 'question', 'the question as asked, e.g. "I feel safe where I live"'),
      );
    if (!read.group)
      findings.push(
        required(file, row, 'respondent group', 'who answered, e.g. "Children 11-17" or "Providers"'),
      );
    for (const [column, value] of [
      ['question', read.question],
      ['response', read.response],
    ] as const) {
      if (value.length > MAX_TEXT)
        findings.push(
          structural(file, row, column, `${value.slice(0, 40)}…`, 'too-long', {
            problem: `text of ${value.length} characters`,
            expected: `at most ${MAX_TEXT} characters`,
          }),
        );
    }
    if (!read.response) {
      findings.push({
        severity: 'content',
        code: 'no-response',
        file,
        row,
        column: 'response',
        value: '',
        expected: 'an answer; the row is left out',
        message: findingMessage({
          file,
          row,
          column: 'response',
          problem: 'no answer, so the row is left out',
        }),
      });
      return;
    }
    if (id && read.question) {
      const key = `${id}\u0000${read.question}`;
      const first = seen.get(key);
      if (first !== undefined)
        findings.push(
          structural(file, row, 'respondent id', id, 'duplicate-response', {
            problem: `the same respondent answered this question already on row ${first}`,
            expected: 'one answer per respondent per question; remove the repeated row',
          }),
        );
      else seen.set(key, row);
    }
    rows.push({ row, ...read, respondentId: id });
  });
  if (rows.length === 0 && !findings.some((f) => f.severity === 'structural'))
    findings.push(
      structural(file, 2, undefined, undefined, 'no-responses', {
        problem: 'the file has no responses',
        expected: 'one row per answer under the header',
      }),
    );
  if (findings.some((f) => f.severity === 'structural')) return { status: 'rejected', findings };
  return { status: 'read', rows, findings };
}

function normaliseHeader(h: string): string {
  return h.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
}

function locate(header: string[]): Partial<Record<Column, number>> | null {
  const names = header.map(normaliseHeader);
  const at: Partial<Record<Column, number>> = {};
  for (const [column, spellings] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const i = names.findIndex((n) => spellings.includes(n));
    if (i >= 0) at[column] = i;
  }
  return at.question !== undefined && at.response !== undefined && at.group !== undefined ? at : null;
}

function missingColumns(file: string, header: string[]): Finding {
  const expected =
    'a header row with the columns question, response, respondent group (and optionally respondent id)';
  const value = header.join(',');
  return structural(file, 1, undefined, value, 'missing-columns', {
    problem: 'the header is not a survey header',
    expected,
  });
}

function required(file: string, row: number, column: string, expected: string): Finding {
  return structural(file, row, column, '', 'missing-value', { problem: 'empty', expected });
}

function structural(
  file: string,
  row: number,
  column: string | undefined,
  value: string | undefined,
  code: string,
  what: { problem: string; expected: string },
): Finding {
  const finding: Finding = {
    severity: 'structural',
    code,
    file,
    row,
    expected: what.expected,
    message: findingMessage({ file, row, column, problem: what.problem, value, expected: what.expected }),
  };
  if (column !== undefined) finding.column = column;
  if (value !== undefined) finding.value = value;
  return finding;
}
