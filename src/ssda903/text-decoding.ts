import { Buffer, isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';
import type { TextEncodingName } from './read-result.ts';

/**
 * Why a file's bytes could not be read as text. `fatal` problems stop the file (UTF-16, binary, bytes that
 * are not characters in Windows-1252); a mixed file is read on as Windows-1252 but still reported.
 */
export interface DecodingProblem {
  code: 'utf-16' | 'not-text' | 'undefined-byte' | 'mixed-encoding';
  problem: string;
  expected: string;
  fatal: boolean;
  /** Line breaks between the start of the text returned with this problem and the problem itself. */
  linesIntoChunk: number;
}

export interface DecodedChunk {
  text: string;
  problem?: DecodingProblem;
}

/** Bytes that Windows-1252 leaves undefined: a file holding them is neither UTF-8 nor Windows-1252 text. */
const UNDEFINED_IN_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const SNIFF_BYTES = 64 * 1024;

type Mode = 'ascii-so-far' | 'utf-8' | 'windows-1252';

/**
 * Streams a file's bytes to text, deciding the encoding as it goes: a UTF-8 BOM means UTF-8; until the
 * first byte ≥ 0x80 the text is ASCII (the same in UTF-8 and Windows-1252); that byte decides UTF-8 when it
 * starts a valid UTF-8 sequence and Windows-1252 (what Excel on Windows saves) otherwise. Deciding at the
 * first non-ASCII byte lets rows stream without a second pass over the file.
 */
export class ReturnTextDecoder {
  private mode: Mode = 'ascii-so-far';
  private stopped = false;
  private refusedEarly = false;
  private bom = false;
  private first = true;
  private carry: Uint8Array | null = null;
  private utf8: TextDecoder | null = null;

  /** The encoding as far as known; pure-ASCII files are UTF-8. Null when refused before any text. */
  get encoding(): TextEncodingName | null {
    if (this.refusedEarly) return null;
    if (this.bom) return 'utf-8-bom';
    return this.mode === 'windows-1252' ? 'windows-1252' : 'utf-8';
  }

  push(input: Uint8Array): DecodedChunk {
    if (this.stopped) return { text: '' };
    let chunk = input;
    if (this.carry) {
      chunk = concat(this.carry, chunk);
      this.carry = null;
    }
    if (this.first) {
      this.first = false;
      const refused = sniff(chunk);
      if (refused) {
        this.refusedEarly = true;
        return this.stop(refused);
      }
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        this.bom = true;
        this.startUtf8();
        chunk = chunk.subarray(3);
      }
    }
    const nul = chunk.indexOf(0);
    if (nul >= 0) {
      const before = this.push(chunk.subarray(0, nul)).text;
      return { text: before, problem: this.stopAt(notText(), chunk, nul) };
    }
    switch (this.mode) {
      case 'ascii-so-far':
        return this.pushUndecided(chunk);
      case 'utf-8':
        return this.pushUtf8(chunk);
      default:
        return this.push1252(chunk);
    }
  }

  /** Flushes bytes held back at a chunk boundary. */
  end(): string {
    if (this.carry) {
      const tail = this.carry;
      this.carry = null;
      return this.mode === 'utf-8' ? new TextDecoder().decode(tail) : decode1252(tail);
    }
    if (this.mode !== 'utf-8' || !this.utf8) return '';
    try {
      return this.utf8.decode();
    } catch {
      return '\uFFFD';
    }
  }

  private pushUndecided(chunk: Uint8Array): DecodedChunk {
    if (isAscii(chunk)) return { text: latin1(chunk) };
    let at = 0;
    while (chunk[at] !== undefined && (chunk[at] as number) < 0x80) at++;
    const verdict = utf8SequenceAt(chunk, at);
    if (verdict === 'incomplete') {
      this.carry = chunk.slice(at);
      return { text: latin1(chunk.subarray(0, at)) };
    }
    if (verdict === 'valid') {
      this.startUtf8();
      return this.pushUtf8(chunk);
    }
    this.mode = 'windows-1252';
    return this.push1252(chunk);
  }

  private startUtf8() {
    this.mode = 'utf-8';
    this.utf8 = new TextDecoder('utf-8', { fatal: true });
  }

  private pushUtf8(chunk: Uint8Array): DecodedChunk {
    try {
      return { text: (this.utf8 as TextDecoder).decode(chunk, { stream: true }) };
    } catch {
      // Valid UTF-8 earlier in the file, invalid here: read on as Windows-1252 and report it.
      this.mode = 'windows-1252';
      const shown = new TextDecoder().decode(chunk);
      const bad = shown.indexOf('\uFFFD');
      const problem: DecodingProblem = {
        code: 'mixed-encoding',
        problem: 'text is partly UTF-8 and partly another encoding; read from here as Windows-1252',
        expected: 'one encoding for the whole file: save it as CSV UTF-8',
        fatal: false,
        linesIntoChunk: countLines(shown, bad < 0 ? shown.length : bad),
      };
      const rest = this.push1252(chunk);
      return rest.problem ? rest : { text: rest.text, problem };
    }
  }

  private push1252(chunk: Uint8Array): DecodedChunk {
    let bad = -1;
    for (const byte of UNDEFINED_IN_1252) {
      const at = chunk.indexOf(byte);
      if (at >= 0 && (bad < 0 || at < bad)) bad = at;
    }
    if (bad < 0) return { text: decode1252(chunk) };
    const byte = (chunk[bad] as number).toString(16).toUpperCase();
    const problem = {
      code: 'undefined-byte' as const,
      problem: `byte 0x${byte} is not a character in UTF-8 or Windows-1252; the file was not read further`,
      expected: 'text: save it as CSV UTF-8',
      fatal: true,
      linesIntoChunk: 0,
    };
    return { text: decode1252(chunk.subarray(0, bad)), problem: this.stopAt(problem, chunk, bad) };
  }

  private stopAt(problem: DecodingProblem, chunk: Uint8Array, at: number): DecodingProblem {
    let lines = 0;
    for (let i = chunk.indexOf(10); i >= 0 && i < at; i = chunk.indexOf(10, i + 1)) lines++;
    return this.stop({ ...problem, linesIntoChunk: lines }).problem as DecodingProblem;
  }

  private stop(problem: DecodingProblem): DecodedChunk {
    this.stopped = true;
    return { text: '', problem };
  }
}

function notText(): DecodingProblem {
  return {
    code: 'not-text',
    problem: 'not a text file',
    expected: 'a 903 CSV or XML file',
    fatal: true,
    linesIntoChunk: 0,
  };
}

/** Refuses UTF-16 and binary files from their first bytes. */
function sniff(chunk: Uint8Array): DecodingProblem | null {
  const utf16: DecodingProblem = {
    code: 'utf-16',
    problem: 'the file is UTF-16 text, which cannot be read',
    expected: 'UTF-8: save it as CSV UTF-8',
    fatal: true,
    linesIntoChunk: 0,
  };
  if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) return utf16;
  const n = Math.min(chunk.length, SNIFF_BYTES);
  let control = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    const b = chunk[i] as number;
    if (b === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) control++;
  }
  // UTF-16 without a BOM: ASCII text leaves a zero in every other byte.
  const half = n / 2;
  if (n >= 4 && (evenNul > half * 0.6 || oddNul > half * 0.6) && Math.min(evenNul, oddNul) < half * 0.1) {
    return utf16;
  }
  if (evenNul + oddNul > 0 || control > n * 0.1) return notText();
  return null;
}

/** Whether a valid UTF-8 sequence starts at `at` (a byte ≥ 0x80), or the chunk ends inside it. */
export function utf8SequenceAt(bytes: Uint8Array, at: number): 'valid' | 'invalid' | 'incomplete' {
  const b0 = bytes[at] as number;
  let length: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    length = 3;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    length = 4;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return 'invalid';
  for (let k = 1; k < length; k++) {
    const b = bytes[at + k];
    if (b === undefined) return 'incomplete';
    if (k === 1 ? b < lo || b > hi : b < 0x80 || b > 0xbf) return 'invalid';
  }
  return 'valid';
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function decode1252(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
