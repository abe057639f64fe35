import Papa from 'papaparse';
import { decodeLocalText } from './decode-local-text.ts';
import type { LocalDataKind } from './records.ts';
import { LOCAL_DATA_KINDS, templateOf } from './templates/index.ts';

/**
 * The kind of local data a file holds, judged from its header: the template whose required columns are
 * all there and which shares the most columns with it. Null when no template's required columns are all
 * present (then ask the user for the kind).
 */
export function detectLocalKind(bytes: Uint8Array): LocalDataKind | null {
  const decoded = decodeLocalText(bytes.subarray(0, 64 * 1024));
  if (!decoded.ok) return null;
  const firstLine = decoded.text.split(/\r?\n/, 1)[0] ?? '';
  const header = new Set(
    (Papa.parse<string[]>(firstLine, { delimiter: ',' }).data[0] ?? []).map((c) => c.trim().toLowerCase()),
  );
  let best: LocalDataKind | null = null;
  let bestShared = 0;
  for (const kind of LOCAL_DATA_KINDS) {
    const columns = templateOf(kind).columns;
    if (!columns.every((c) => !c.required || header.has(c.name))) continue;
    const shared = columns.filter((c) => header.has(c.name)).length;
    if (shared > bestShared) {
      best = kind;
      bestShared = shared;
    }
  }
  return best;
}
