import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lines, readFixture } from './fixtures/read-fixture.ts';
import { utf8SequenceAt } from './text-decoding.ts';

const SW = 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON';
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

describe('file encodings', () => {
  it('reads UTF-8 with a byte order mark', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(lines(SW, 'C1,01/02/2010,Zoë,,,')),
    ]);
    const { accepted, result } = await readFixture({ 'sw.csv': bytes });
    expect(result.findings).toEqual([]);
    expect(result.files[0]?.encoding).toBe('utf-8-bom');
    expect(accepted[0]?.record.socialWorkerId).toBe('Zoë');
  });

  it('reads UTF-8 without one', async () => {
    const { accepted, result } = await readFixture({ 'sw.csv': lines(SW, 'C1,01/02/2010,Zoë,,,') });
    expect(result.files[0]?.encoding).toBe('utf-8');
    expect(accepted[0]?.record.socialWorkerId).toBe('Zoë');
  });

  it('reads "Zoë" saved by Excel as Windows-1252 (ë is the single byte 0xEB)', async () => {
    const bytes = new Uint8Array([...ascii(`${SW}\nC1,01/02/2010,Zo`), 0xeb, ...ascii(',,,\n')]);
    const { accepted, result } = await readFixture({ 'sw.csv': bytes });
    expect(result.findings).toEqual([]);
    expect(result.files[0]?.encoding).toBe('windows-1252');
    expect(accepted[0]?.record.socialWorkerId).toBe('Zoë');
  });

  it('decides at the first non-ASCII byte even when it ends a chunk', async () => {
    const bytes = new TextEncoder().encode(lines(SW, 'C1,01/02/2010,Zoë,,,'));
    for (const chunk of [1, 2, 3, 5]) {
      const { accepted } = await readFixture({ 'sw.csv': bytes }, 2025, chunk);
      expect(accepted[0]?.record.socialWorkerId).toBe('Zoë');
    }
  });

  it('refuses UTF-16', async () => {
    const text = lines('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', 'C1,M,01/02/2010,WBRI,,,');
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const { messages, accepted, result } = await readFixture({ 'header.csv': bytes });
    expect(messages).toEqual([
      'header.csv: the file is UTF-16 text, which cannot be read (expected UTF-8: save it as CSV UTF-8)',
    ]);
    expect(result.findings[0]?.severity).toBe('structural');
    expect(accepted).toEqual([]);
    expect(result.files[0]?.encoding).toBeNull();
  });

  it('refuses UTF-16 without a byte order mark', async () => {
    const { messages } = await readFixture({ 'header.csv': Buffer.from('CHILD,SEX,DOB\n', 'utf16le') });
    expect(messages).toEqual([
      'header.csv: the file is UTF-16 text, which cannot be read (expected UTF-8: save it as CSV UTF-8)',
    ]);
  });

  it('refuses binary garbage', async () => {
    // A PNG signature and header: NUL bytes and control characters.
    const bytes = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const { messages, result } = await readFixture({ 'episodes.csv': bytes });
    expect(messages).toEqual(['episodes.csv: not a text file (expected a 903 CSV or XML file)']);
    expect(result.structuralProblems).toBe(1);
  });

  it('refuses bytes that Windows-1252 leaves undefined, naming the row', async () => {
    const bytes = new Uint8Array([
      ...ascii(`${SW}\nC1,01/02/2010,A,,,\nC2,01/02/2010,B`),
      0x81,
      ...ascii(',,,\n'),
    ]);
    const { messages, accepted } = await readFixture({ 'sw.csv': bytes });
    expect(messages).toEqual([
      'sw.csv row 3: byte 0x81 is not a character in UTF-8 or Windows-1252; the file was not read further (expected text: save it as CSV UTF-8)',
    ]);
    expect(accepted.map((r) => r.record.childId)).toEqual(['C1']);
  });

  it('reports a file that mixes UTF-8 and Windows-1252', async () => {
    const utf8 = new TextEncoder().encode(`${SW}\nC1,01/02/2010,Zoë,,,\nC2,01/02/2010,Zo`);
    const bytes = new Uint8Array([...utf8, 0xeb, ...ascii(',,,\n')]);
    const { messages } = await readFixture({ 'sw.csv': bytes });
    expect(messages).toEqual([
      'sw.csv row 3: text is partly UTF-8 and partly another encoding; read from here as Windows-1252 (expected one encoding for the whole file: save it as CSV UTF-8)',
    ]);
  });

  it('hashes every byte of the file with SHA-256', async () => {
    const text = lines(SW, 'C1,01/02/2010,A,,,');
    const { result } = await readFixture({ 'sw.csv': text }, 2025, 5);
    expect(result.files[0]?.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(result.files[0]?.bytes).toBe(text.length);
  });
});

describe('utf8SequenceAt', () => {
  it('tells valid, invalid and cut-off sequences apart', () => {
    expect(utf8SequenceAt(new Uint8Array([0xc3, 0xab]), 0)).toBe('valid'); // ë
    expect(utf8SequenceAt(new Uint8Array([0xeb, 0x2c]), 0)).toBe('invalid'); // Windows-1252 ë then a comma
    expect(utf8SequenceAt(new Uint8Array([0xe2, 0x82]), 0)).toBe('incomplete'); // € cut after two bytes
    expect(utf8SequenceAt(new Uint8Array([0xc0, 0x80]), 0)).toBe('invalid'); // overlong NUL
  });
});
