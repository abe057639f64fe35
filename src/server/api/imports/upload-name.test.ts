import { describe, expect, it } from 'vitest';
import { uploadName } from './upload-name.ts';

describe('uploadName', () => {
  it('keeps the base name of plain and folder-relative names', () => {
    expect(uploadName('episodes.csv')).toEqual({ status: 'ok', name: 'episodes.csv' });
    expect(uploadName('Return 2025/Header.CSV')).toEqual({ status: 'ok', name: 'Header.CSV' });
    expect(uploadName('return.xml')).toEqual({ status: 'ok', name: 'return.xml' });
  });

  it('refuses names that climb, are absolute or hold control characters', () => {
    for (const raw of [
      '../../etc/passwd.csv',
      '..\\..\\boot.csv',
      '/etc/x.csv',
      'C:\\x.csv',
      'a\u0000.csv',
      '',
    ]) {
      expect(uploadName(raw).status).toBe('refused');
    }
    expect(uploadName('../secret.csv')).toEqual({
      status: 'refused',
      message: 'file name "../secret.csv" points outside the upload (only a plain file name is accepted)',
    });
  });

  it('refuses other extensions, naming the file', () => {
    expect(uploadName('notes.xlsx')).toEqual({
      status: 'refused',
      message: 'notes.xlsx: only .csv and .xml files can be imported',
    });
    expect(uploadName('.csv').status).toBe('refused');
  });
});
