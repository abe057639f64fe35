import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type TableName, toCsv } from '../ssda903/index.ts';
import type { SyntheticCouncil, SyntheticReturn } from './types.ts';

async function writeReturn(r: SyntheticReturn, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [table, records] of Object.entries(r.tables)) {
    const file = join(dir, `${table.toLowerCase()}.csv`);
    await writeFile(file, toCsv(table as TableName, records ?? [], { collectionYear: r.collectionYear }));
    files.push(file);
  }
  return files;
}

/**
 * Writes each return as `<outDir>/<year>/<table>.csv` (e.g. `2025/episodes.csv`) and the truth years
 * under `<outDir>/truth/<year>/`. Returns the files written, in order. Same council → same bytes.
 */
export async function writeCouncil(council: SyntheticCouncil, outDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const r of council.returns)
    files.push(...(await writeReturn(r, join(outDir, String(r.collectionYear)))));
  for (const r of council.truth)
    files.push(...(await writeReturn(r, join(outDir, 'truth', String(r.collectionYear)))));
  return files;
}
