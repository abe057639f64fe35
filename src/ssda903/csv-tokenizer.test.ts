import { describe, expect, it } from 'vitest';
import { type CsvRow, CsvTokenizer } from './csv-tokenizer.ts';

function tokenize(...chunks: string[]) {
  const tokenizer = new CsvTokenizer();
  const rows: CsvRow[] = [];
  for (const chunk of chunks) tokenizer.push(chunk, rows);
  const problem = tokenizer.end(rows);
  return { rows: rows.map((r) => [r.line, ...r.fields]), problem };
}

describe('CsvTokenizer', () => {
  it('splits fields and records with LF, CRLF and CR line ends, the last record without one', () => {
    expect(tokenize('a,b\nc,d\r\ne,f\rg,h').rows).toEqual([
      [1, 'a', 'b'],
      [2, 'c', 'd'],
      [3, 'e', 'f'],
      [4, 'g', 'h'],
    ]);
  });

  it('unquotes fields: commas, doubled quotes and line breaks inside quotes', () => {
    expect(tokenize('"a,1","say ""hi""","two\nlines"\nnext,"",x\n').rows).toEqual([
      [1, 'a,1', 'say "hi"', 'two\nlines'],
      [3, 'next', '', 'x'],
    ]);
  });

  it('skips blank lines and all-blank rows but counts their lines', () => {
    expect(tokenize('a\n\n , ,\nb\n\n').rows).toEqual([
      [1, 'a'],
      [4, 'b'],
    ]);
  });

  it('joins records split anywhere across chunks, including inside "" and between CR and LF', () => {
    expect(tokenize('a,"x""', 'y",b\r', '\nc,d').rows).toEqual([
      [1, 'a', 'x"y', 'b'],
      [2, 'c', 'd'],
    ]);
  });

  it('reports a quote still open at the end, on the line its record starts', () => {
    expect(tokenize('a,b\nc,"open\nstill open').problem).toEqual({
      kind: 'unterminated-quote',
      line: 2,
      raw: 'c,"open\nstill open',
    });
  });
});
