/** One CSV record: its fields (unquoted, untrimmed), the line it starts on and its raw text. */
export interface CsvRow {
  fields: string[];
  line: number;
  raw: string;
}

/** A record that cannot end: a quote opened and never closed (a truncated file), or a runaway record. */
export interface CsvProblem {
  kind: 'unterminated-quote' | 'row-too-long';
  line: number;
  raw: string;
}

/** A record longer than this is a quote that never closes; stop rather than hold the rest of the file. */
const MAX_RECORD_CHARS = 1 << 20;
const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * An RFC 4180 CSV tokenizer fed text in chunks: quoted fields, quoted commas and line breaks, doubled
 * quotes, CRLF, LF or CR line ends. Blank lines and rows whose every field is blank (Excel writes these
 * after formatted cells) are skipped; lines are still counted so row numbers match the file.
 * Hand-written rather than papaparse because it reports the line each record starts on, which papaparse
 * does not track through quoted line breaks, and it measured faster (see the report of this module).
 */
export class CsvTokenizer {
  private pending = '';
  private line = 1;

  /** Adds text; complete records are appended to `rows`. Returns a problem when reading must stop. */
  push(text: string, rows: CsvRow[]): CsvProblem | null {
    const buf = this.pending.length > 0 ? this.pending + text : text;
    const used = this.parse(buf, false, rows);
    this.pending = used < buf.length ? buf.slice(used) : '';
    if (this.pending.length > MAX_RECORD_CHARS) {
      return { kind: 'row-too-long', line: this.line, raw: this.pending.slice(0, 200) };
    }
    return null;
  }

  /** Ends the text: the last record needs no line break; an open quote is a problem. */
  end(rows: CsvRow[]): CsvProblem | null {
    const buf = this.pending;
    this.pending = '';
    const used = this.parse(buf, true, rows);
    if (used < buf.length)
      return { kind: 'unterminated-quote', line: this.line, raw: buf.slice(used, used + 200) };
    return null;
  }

  /** The line the next record starts on (or the record now held back starts on). */
  get currentLine(): number {
    return this.line;
  }

  /** Parses whole records from `buf`; returns how much was used (the rest is an incomplete record). */
  private parse(buf: string, final: boolean, rows: CsvRow[]): number {
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      const start = pos;
      const startLine = this.line;
      let line = this.line;
      const fields: string[] = [];
      let end = -1;
      for (;;) {
        let value: string;
        if (buf.charCodeAt(pos) === QUOTE) {
          const quoted = readQuoted(buf, pos, final);
          if (quoted === null) return start;
          value = quoted.value;
          line += quoted.lineBreaks;
          pos = quoted.next;
          let e = pos;
          while (e < n && !isDelimiter(buf.charCodeAt(e))) e++;
          if (e >= n && !final) return start;
          // Text after a closing quote is not RFC 4180; keep it rather than lose it.
          if (e > pos) value += buf.slice(pos, e);
          pos = e;
        } else {
          let e = pos;
          while (e < n && !isDelimiter(buf.charCodeAt(e))) e++;
          if (e >= n && !final) return start;
          value = buf.slice(pos, e);
          pos = e;
        }
        fields.push(value);
        if (pos >= n) {
          end = pos;
          break;
        }
        const c = buf.charCodeAt(pos);
        if (c === COMMA) {
          pos++;
          continue;
        }
        end = pos;
        if (c === CR) {
          if (pos + 1 >= n && !final) return start;
          pos += buf.charCodeAt(pos + 1) === LF ? 2 : 1;
        } else pos++;
        line++;
        break;
      }
      this.line = line;
      if (!isBlank(fields)) rows.push({ fields, line: startLine, raw: buf.slice(start, end) });
    }
    return pos;
  }
}

/** A quoted field from its opening quote: value, line breaks inside, index after the closing quote. */
function readQuoted(
  buf: string,
  open: number,
  final: boolean,
): { value: string; lineBreaks: number; next: number } | null {
  let value = '';
  let from = open + 1;
  for (;;) {
    const q = buf.indexOf('"', from);
    if (q < 0) return null;
    value += buf.slice(from, q);
    if (q + 1 >= buf.length && !final) return null;
    if (buf.charCodeAt(q + 1) === QUOTE) {
      value += '"';
      from = q + 2;
      continue;
    }
    let lineBreaks = 0;
    for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) lineBreaks++;
    return { value, lineBreaks, next: q + 1 };
  }
}

function isDelimiter(c: number): boolean {
  return c === COMMA || c === LF || c === CR;
}

function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f.length > 0 && f.trim().length > 0) return false;
  return true;
}
