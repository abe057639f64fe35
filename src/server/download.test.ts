import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsvText, toXlsxBuffer } from './download.ts';

const columns = [
  { key: 'name', header: 'Name' },
  { key: 'count', header: 'Count' },
] as const;

describe('toCsvText', () => {
  it('writes RFC 4180 with a BOM, CRLF and quoting only where needed', () => {
    const text = toCsvText(columns, [
      { name: 'plain', count: 1 },
      { name: 'comma, "quoted"', count: 2 },
      { name: 'two\nlines', count: null },
    ]);
    expect(text).toBe('\uFEFFName,Count\r\nplain,1\r\n"comma, ""quoted""",2\r\n"two\nlines",\r\n');
  });

  it('defuses text that Excel would run as a formula, but leaves negative numbers', () => {
    const text = toCsvText(columns, [
      { name: '=HYPERLINK("x")', count: -3 },
      { name: '@SUM(A1)', count: 0 },
    ]);
    expect(text.split('\r\n').slice(1, 3)).toEqual([`"'=HYPERLINK(""x"")",-3`, "'@SUM(A1),0"]);
  });
});

describe('toXlsxBuffer', () => {
  it('writes one sheet with the header row and the values', async () => {
    const buffer = await toXlsxBuffer(columns, [{ name: 'Leicester', count: 42 }], 'findings');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('findings');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Name', 'Count']);
    expect(sheet?.getRow(2).values).toEqual([undefined, 'Leicester', 42]);
  });
});
