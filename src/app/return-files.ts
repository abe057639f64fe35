import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileSource, type ReturnSource } from '../ssda903/index.ts';

const RETURN_EXTENSIONS = new Set(['.csv', '.xml']);

export type ReturnFilesResult =
  | { status: 'ok'; sources: ReturnSource[] }
  | { status: 'error'; message: string };

/**
 * The 903 files named on a command line: files as given, folders expanded to the CSV and XML files directly
 * inside them (sorted by name, so an import is repeatable). Tables are recognised later by header, not name.
 */
export async function returnFiles(paths: readonly string[]): Promise<ReturnFilesResult> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) return { status: 'error', message: `${path}: no such file or folder` };
    if (info.isDirectory()) {
      const names = (await readdir(path))
        .filter((n) => RETURN_EXTENSIONS.has(extname(n).toLowerCase()))
        .sort();
      if (names.length === 0)
        return { status: 'error', message: `${path}: the folder has no .csv or .xml files` };
      files.push(...names.map((n) => join(path, n)));
    } else {
      files.push(path);
    }
  }
  return { status: 'ok', sources: await Promise.all(files.map((f) => fileSource(f))) };
}
