import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { ABOLISHED_DISTRICTS } from './abolished-districts.ts';

const LOOKUP_CSV = fileURLToPath(new URL('../../assets/councils/ltla-to-utla-2021.csv', import.meta.url));

/** District → upper-tier council for current districts, and abolished district → successor council. */
export interface DistrictLookup {
  councilOf: ReadonlyMap<string, string>;
  /** Current districts of each upper-tier council, in file order. */
  districtsOf: ReadonlyMap<string, readonly string[]>;
}

/**
 * Parses the ONS LTLA→UTLA lookup (columns FID, LTLA21CD, LTLA21NM, UTLA21CD, UTLA21NM; UTF-8 with a
 * byte-order mark, which would otherwise glue itself to the first header name).
 */
export function parseDistrictLookup(csvText: string): DistrictLookup {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const councilOf = new Map<string, string>();
  const districtsOf = new Map<string, string[]>();
  for (const row of parsed.data) {
    const district = row.LTLA21CD?.trim();
    const council = row.UTLA21CD?.trim();
    if (!district || !council || ABOLISHED_DISTRICTS.has(district)) continue;
    councilOf.set(district, council);
    districtsOf.set(council, [...(districtsOf.get(council) ?? []), district]);
  }
  for (const [district, council] of ABOLISHED_DISTRICTS) councilOf.set(district, council);
  return { councilOf, districtsOf };
}

let lookup: DistrictLookup | null = null;

/** The lookup shipped in `assets/councils/`, read once. */
export function districtLookup(): DistrictLookup {
  lookup ??= parseDistrictLookup(readFileSync(LOOKUP_CSV, 'utf8'));
  return lookup;
}

/**
 * The upper-tier council (ONS code) whose area holds a district, or null for districts outside
 * England and Wales' lookup (Scotland S12…, Northern Ireland N09…, Channel Islands/Isle of Man
 * pseudo-codes) and unknown codes. Abolished districts answer with today's council.
 *
 * ### Example
 * ```ts
 * councilOfDistrict('E07000135') // 'E10000018' (Oadby and Wigston → Leicestershire)
 * councilOfDistrict('E07000026') // 'E06000063' (Allerdale → Cumberland)
 * councilOfDistrict('S12000036') // null
 * ```
 */
export function councilOfDistrict(district: string): string | null {
  return districtLookup().councilOf.get(district.trim().toUpperCase()) ?? null;
}
