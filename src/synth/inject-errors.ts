import type { TableRecord } from '../ssda903/index.ts';
import { Rng } from './rng.ts';
import type { SyntheticReturn } from './types.ts';

/** The known errors `errors: true` injects, one row each, so validation and import can be tested. */
export const INJECTED_ERRORS = [
  'placement code not valid for the year (H5 from 2025/26, K3 before 2024/25)',
  'episode ends before it starts (DEC one day before DECOM)',
  'overlapping episodes (an episode starts a day before the previous one ends)',
  'placement postcode missing for a child placed in a children’s home',
] as const;

/**
 * A copy of a return with one instance of each INJECTED_ERRORS kind, on rows chosen by the seed.
 * Clean output is the default; this is for exercising validators.
 */
export function injectErrors(r: SyntheticReturn, seed: number): SyntheticReturn {
  const rng = new Rng(seed ^ Math.imul(r.collectionYear, 0x2545f491));
  const episodes: TableRecord[] = (r.tables.Episodes ?? []).map((e) => ({ ...e }));
  const pick = (ok: (e: TableRecord, i: number) => boolean): TableRecord | undefined => {
    const candidates = episodes.filter(ok);
    return candidates.length > 0 ? rng.pick(candidates) : undefined;
  };
  const wrongCode = pick((e) => e.placementType === 'U6');
  if (wrongCode) wrongCode.placementType = r.collectionYear >= 2026 ? 'H5' : 'K3';
  const backwards = pick(
    (e) => e.end !== null && Number(e.end) - Number(e.start) > 2 && e.reasonEnded !== 'X1',
  );
  if (backwards) backwards.end = Number(backwards.start) - 1;
  const overlapping = pick((e, i) => e.reasonNewEpisode === 'P' && episodes[i - 1]?.childId === e.childId);
  if (overlapping) overlapping.start = Number(overlapping.start) - 1;
  const noPostcode = pick((e) => e.placementType === 'K2' && e.placementPostcode !== null);
  if (noPostcode) noPostcode.placementPostcode = null;
  return { collectionYear: r.collectionYear, tables: { ...r.tables, Episodes: episodes } };
}
