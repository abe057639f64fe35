import { Buffer } from 'node:buffer';
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';

export type LocalEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export type DecodedText =
  | { ok: true; text: string; encoding: LocalEncoding }
  | { ok: false; problem: string; fix: string };

/** Bytes Windows-1252 leaves undefined: a file holding them is neither UTF-8 nor Windows-1252. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * A whole local-data file's bytes as text: UTF-8 with or without a BOM, else Windows-1252 (what Excel on
 * Windows saves as plain "CSV"). UTF-16 and binary files (a spreadsheet saved as .xlsx, say) are refused.
 * Local files are small (a few thousand rows), so unlike the 903 reader this decodes in one piece.
 */
export function decodeLocalText(bytes: Uint8Array): DecodedText {
  const saveAsCsv = 'In Excel choose File > Save As > "CSV UTF-8 (Comma delimited)" and upload that file.';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, problem: 'the file is UTF-16 text, which cannot be read', fix: saveAsCsv };
  if (bytes.includes(0))
    return { ok: false, problem: 'not a text file (a spreadsheet or other binary file?)', fix: saveAsCsv };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8: Windows-1252, unless it holds bytes that encoding does not define.
  }
  if (bom) return { ok: false, problem: 'the file says it is UTF-8 but is not', fix: saveAsCsv };
  for (const byte of body)
    if (UNDEFINED_IN_1252.has(byte))
      return {
        ok: false,
        problem: `byte 0x${byte.toString(16).toUpperCase()} is not a character in UTF-8 or Windows-1252`,
        fix: saveAsCsv,
      };
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return { ok: true, text: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252' };
}
