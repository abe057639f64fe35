import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { brotliCompressSync, createGunzip, gzipSync, constants as zlibConstants } from 'node:zlib';
import Papa from 'papaparse';
import { findOnspdColumns, type OnspdColumns } from './onspd-columns.ts';
import { onspdRowToRecord } from './onspd-row.ts';
import { encodePostcodePack } from './postcode-pack-writer.ts';
import type { PostcodeRecord } from './postcode-record.ts';

export interface BuildPackOptions {
  /** Version label stored in the pack; by default worked out from the file name. */
  version?: string;
  /** Called every 100,000 rows read. */
  onProgress?: (rowsRead: number) => void;
}

export type BuildPackResult =
  | {
      status: 'built';
      version: string;
      postcodes: number;
      /** Rows without a grid reference (distance unknown). */
      withoutCoordinates: number;
      badPostcodes: number;
      bytes: number;
    }
  | { status: 'rejected'; message: string };

/**
 * Builds a postcode pack from an ONS Postcode Directory CSV (plain or `.gz`): our reference extract
 * (postcode, easting, northing, lad_code) or the full ONSPD (pcd/pcd7, oseast1m/east1m,
 * osnrth1m/north1m, oslaua/lad25cd). Writes gzip unless `outPath` ends in `.br` (brotli).
 *
 * ### Example
 * ```ts
 * await buildPackFromOnspd('ONSPD_FEB_2026_UK.csv', 'assets/postcodes/onspd-2026-02.bin.gz')
 * ```
 */
export async function buildPackFromOnspd(
  csvPath: string,
  outPath: string,
  options: BuildPackOptions = {},
): Promise<BuildPackResult> {
  const read = await readOnspd(csvPath, options.onProgress);
  if (read.status === 'rejected') return read;
  const version = options.version ?? versionFromFileName(csvPath);
  const raw = encodePostcodePack(version, read.records);
  const packed = outPath.endsWith('.br')
    ? brotliCompressSync(raw, {
        params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_LGWIN]: 24 },
      })
    : gzipSync(raw, { level: 9 });
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, packed);
  return {
    status: 'built',
    version,
    postcodes: new Set(read.records.map((r) => r.postcode)).size,
    withoutCoordinates: read.withoutCoordinates,
    badPostcodes: read.badPostcodes,
    bytes: packed.length,
  };
}

type ReadResult =
  | { status: 'read'; records: PostcodeRecord[]; withoutCoordinates: number; badPostcodes: number }
  | { status: 'rejected'; message: string };

/** Streams the CSV through papaparse in chunks (its async iterator is ten times slower). */
function readOnspd(csvPath: string, onProgress?: (rows: number) => void): Promise<ReadResult> {
  const file = createReadStream(csvPath);
  const source = csvPath.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  const records: PostcodeRecord[] = [];
  let columns: OnspdColumns | null = null;
  let rejected: string | null = null;
  let withoutCoordinates = 0;
  let badPostcodes = 0;
  let rows = 0;
  const readRow = (row: string[]) => {
    if (columns === null) {
      const found = findOnspdColumns(row);
      if (found.status === 'rejected') rejected = found.message;
      else columns = found.columns;
      return;
    }
    const outcome = onspdRowToRecord(row, columns);
    if (outcome.status === 'located') records.push(outcome.record);
    else if (outcome.status === 'no-coordinates') withoutCoordinates++;
    else badPostcodes++;
    if (++rows % 100_000 === 0) onProgress?.(rows);
  };
  return new Promise((resolve) => {
    const fail = (message: string) => {
      file.destroy();
      resolve({ status: 'rejected', message: `${csvPath}: ${message}` });
    };
    file.on('error', (error) => fail(error.message));
    source.on('error', (error: Error) => fail(error.message));
    Papa.parse<string[]>(source, {
      skipEmptyLines: true,
      chunk: (results, parser) => {
        for (const row of results.data) {
          readRow(row);
          if (rejected !== null) {
            parser.abort();
            return;
          }
        }
      },
      complete: () => {
        if (rejected !== null) fail(rejected);
        else if (columns === null) fail('empty file (expected an ONSPD header row)');
        else resolve({ status: 'read', records, withoutCoordinates, badPostcodes });
      },
      error: (error: Error) => fail(error.message),
    });
  });
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_ABBREVIATIONS = MONTHS.map((m) => m.slice(0, 3).toUpperCase());

/** "uk-postcodes-onspd-2025-11.csv.gz" → "ONSPD November 2025"; "ONSPD_FEB_2026_UK.csv" → "ONSPD February 2026". */
export function versionFromFileName(path: string): string {
  const name = basename(path);
  const numeric = /(\d{4})-(\d{2})/.exec(name);
  if (numeric) {
    const month = MONTHS[Number(numeric[2]) - 1];
    if (month) return `ONSPD ${month} ${numeric[1]}`;
  }
  const named = /_([A-Z]{3})_(\d{4})/i.exec(name);
  if (named) {
    const m = MONTH_ABBREVIATIONS.indexOf((named[1] ?? '').toUpperCase());
    if (m >= 0) return `ONSPD ${MONTHS[m]} ${named[2]}`;
  }
  return `ONSPD (${name})`;
}
