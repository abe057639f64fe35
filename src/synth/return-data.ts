import type { ReturnData } from '../care/timeline-types.ts';
import { censusDate } from '../dates/index.ts';
import type { ChildHeader, Episode, MissingSpell, UascRecord } from '../ssda903/index.ts';
import type { SyntheticReturn } from './types.ts';

/**
 * A synthetic return as timelines read it, without writing and re-reading CSV: the generator's rows carry the
 * domain field names, so they are the domain records. For tests and benchmarks of the layers above the import.
 */
export function syntheticReturnData(ret: SyntheticReturn): ReturnData {
  return {
    collectionYear: ret.collectionYear,
    kind: 'return',
    observedUntil: censusDate(ret.collectionYear),
    headers: (ret.tables.Header ?? []) as unknown as ChildHeader[],
    episodes: (ret.tables.Episodes ?? []) as unknown as Episode[],
    uasc: (ret.tables.UASC ?? []) as unknown as UascRecord[],
    missing: (ret.tables.Missing ?? []) as unknown as MissingSpell[],
  };
}
