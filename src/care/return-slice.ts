import type { CollectionYear, EpochDay } from '../dates/index.ts';
import type { ChildHeader, Episode, MissingSpell, UascRecord } from '../ssda903/records.ts';
import type { ReturnData } from './timeline-types.ts';

/** What one return (or in-year extract) says about one child. Empty episodes: the child is not in it. */
export interface ChildReturnSlice {
  collectionYear: CollectionYear;
  kind: ReturnData['kind'];
  observedUntil: EpochDay;
  header: ChildHeader | null;
  episodes: Episode[];
  uasc: UascRecord | null;
  missing: MissingSpell[];
}

/**
 * The batches that speak for each collection year, oldest first: the full return where there is one
 * (it replaces any in-year extract), otherwise the in-year extract that reaches furthest. Of two full
 * returns for a year the later one given wins (a resubmission).
 */
export function selectReturns<T extends Pick<ReturnData, 'collectionYear' | 'kind' | 'observedUntil'>>(
  returns: readonly T[],
): T[] {
  const byYear = new Map<CollectionYear, T>();
  for (const r of returns) {
    const held = byYear.get(r.collectionYear);
    if (!held || outranks(r, held)) byYear.set(r.collectionYear, r);
  }
  return [...byYear.values()].sort((a, b) => a.collectionYear - b.collectionYear);
}

function outranks(
  candidate: Pick<ReturnData, 'kind' | 'observedUntil'>,
  held: Pick<ReturnData, 'kind' | 'observedUntil'>,
) {
  if (candidate.kind !== held.kind) return candidate.kind === 'return';
  return candidate.kind === 'return' || candidate.observedUntil >= held.observedUntil;
}
