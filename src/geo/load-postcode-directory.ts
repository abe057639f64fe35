import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackedPostcodeDirectory } from './packed-postcode-directory.ts';
import { readPostcodePack } from './postcode-pack-reader.ts';

/** The pack shipped in the repository (built by `scripts/build-postcode-pack.ts`). */
export const SHIPPED_POSTCODE_PACK = fileURLToPath(
  new URL('../../assets/postcodes/onspd-2025-11.bin.gz', import.meta.url),
);

/**
 * Where a council's newer directory goes (`sufficiency postcodes import`): beside the embedded database,
 * or wherever `SUFFICIENCY_POSTCODE_PACK` points. When present it is used instead of the shipped pack.
 */
export function installedPostcodePackPath(): string {
  return process.env.SUFFICIENCY_POSTCODE_PACK ?? resolve('data', 'postcodes', 'onspd.bin.gz');
}

let shipped: PackedPostcodeDirectory | null = null;

/**
 * The postcode directory in use — a council's imported one if installed, else the shipped pack — read once
 * per process and cached (well under a second the first time).
 *
 * ### Example
 * ```ts
 * loadPostcodeDirectory().locate('le2 0aa')?.district // 'E06000016'
 * ```
 */
export function loadPostcodeDirectory(): PackedPostcodeDirectory {
  if (!shipped) {
    const installed = installedPostcodePackPath();
    shipped = loadPostcodeDirectoryFrom(existsSync(installed) ? installed : SHIPPED_POSTCODE_PACK);
  }
  return shipped;
}

/** A postcode directory from any pack file (e.g. one built from a newer ONSPD). Not cached. */
export function loadPostcodeDirectoryFrom(path: string): PackedPostcodeDirectory {
  return new PackedPostcodeDirectory(readPostcodePack(readFileSync(path)));
}
