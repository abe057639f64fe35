import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  LOCAL_DATA_KINDS,
  type LocalData,
  type LocalDataKind,
  templateOf,
  writeLocalCsv,
} from '../../local/index.ts';

/** One local-data CSV in memory: its kind, the template's file name and the bytes a council would upload. */
export interface LocalDataFile {
  kind: LocalDataKind;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The seven local-data CSVs of some local data, in template order, written with each template's columns
 * (`writeLocalCsv`): what `sufficiency synth` writes and the demo council imports.
 */
export function localDataFiles(local: LocalData): LocalDataFile[] {
  const encoder = new TextEncoder();
  return LOCAL_DATA_KINDS.map((kind) => ({
    kind,
    fileName: templateOf(kind).fileName,
    // The records of `kind` are that kind's: LocalData is keyed by kind.
    bytes: encoder.encode(
      writeLocalCsv(kind, local[kind] as Parameters<typeof writeLocalCsv<typeof kind>>[1]),
    ),
  }));
}

/** Writes the seven CSVs under `dir` (e.g. `synthetic/local/foster-carer-households.csv`); returns their paths. */
export async function writeLocalData(local: LocalData, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const f of localDataFiles(local)) {
    const path = join(dir, f.fileName);
    await writeFile(path, f.bytes);
    files.push(path);
  }
  return files;
}
