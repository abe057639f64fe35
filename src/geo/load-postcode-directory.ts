import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PackedPostcodeDirectory } from './packed-postcode-directory.ts';
import { readPostcodePack } from './postcode-pack-reader.ts';

/** The pack shipped in the repository (built by `scripts/build-postcode-pack.ts`). */
export const SHIPPED_POSTCODE_PACK = fileURLToPath(
  new URL('../../assets/postcodes/onspd-2025-11.bin.gz', import.meta.url),
);

let shipped: PackedPostcodeDirectory | null = null;

/**
 * The shipped postcode directory, read once per process and cached (about a second the first time).
 *
 * ### Example
 * ```ts
 * loadPostcodeDirectory().locate('le2 0aa')?.district // 'E06000016'
 * ```
 */
export function loadPostcodeDirectory(): PackedPostcodeDirectory {
  shipped ??= loadPostcodeDirectoryFrom(SHIPPED_POSTCODE_PACK);
  return shipped;
}

/** A postcode directory from any pack file (e.g. one built from a newer ONSPD). Not cached. */
export function loadPostcodeDirectoryFrom(path: string): PackedPostcodeDirectory {
  return new PackedPostcodeDirectory(readPostcodePack(readFileSync(path)));
}
