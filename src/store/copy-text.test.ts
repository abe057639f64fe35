import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import { copyLine, dateCell, jsonCell, NULL_CELL, textCell } from './copy-text.ts';

describe('COPY text cells', () => {
  it('passes plain text through and writes null as \\N', () => {
    expect(textCell('U4')).toBe('U4');
    expect(textCell(12)).toBe('12');
    expect(textCell(null)).toBe(NULL_CELL);
    expect(NULL_CELL).toBe('\\N');
  });
  it('escapes backslash, tab, newline and carriage return; NUL becomes U+FFFD', () => {
    // Each special character is replaced by backslash + letter, as COPY text format reads them.
    expect(textCell('a\\b\tc\nd\re\0f')).toBe('a\\\\b\\tc\\nd\\re\uFFFDf');
  });
  it('writes epoch days as ISO dates', () => {
    expect(dateCell(day(2025, 3, 31))).toBe('2025-03-31');
    expect(dateCell(0)).toBe('1970-01-01');
    expect(dateCell(-1)).toBe('1969-12-31');
    expect(dateCell(null)).toBe(NULL_CELL);
  });
  it('writes JSON with its backslashes escaped for COPY, and no NUL escapes', () => {
    // JSON.stringify('a"b') is "a\"b"; COPY needs that backslash doubled.
    expect(jsonCell({ note: 'a"b' })).toBe('{"note":"a\\\\"b"}');
    expect(jsonCell({ raw: 'x\0y' })).toBe('{"raw":"x\uFFFDy"}');
  });
  it('joins cells with tabs and ends the line', () => {
    expect(copyLine(['1', NULL_CELL, 'x'])).toBe('1\t\\N\tx\n');
  });
});
