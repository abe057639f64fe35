import type { CollectionYear } from '../dates/index.ts';
import type { TableName, TableRecord } from '../ssda903/index.ts';

/** What kind of council to make. Everything else is calibrated to national figures (docs/synthetic-data.md). */
export interface SynthOptions {
  /** ONS code, e.g. 'E06000016'. */
  councilCode: string;
  /** Target children looked after at 31 March before the first written year (short breaks excluded). */
  children: number;
  /** Number of collection years to write, ending at `lastYear`. */
  years: number;
  /** Collection year of the last return (default 2026 = 2025/26). */
  lastYear?: number;
  seed: number;
  /** Yearly growth of the looked-after population, e.g. 0.04; default 0. */
  growth?: number;
  /** Simulate this many years past `lastYear` and keep them as "truth" (default 0). */
  futureYears?: number;
  /** Inject a few known data errors into the returns (default false: clean output). */
  errors?: boolean;
}

/**
 * Real postcodes the generator may use, supplied by the caller (see places.ts for a council's).
 * Near and far are relative to the council: near within about 20 miles, far beyond.
 */
export interface SynthPlaces {
  /** Postcodes inside the council's area: children's homes addresses, local carers. */
  homePostcodes: string[];
  /** Outside the area, within ~20 miles. */
  nearPostcodes: string[];
  /** In England, beyond ~20 miles. */
  farPostcodes: string[];
  /** Wales or Scotland, for the rare placement outside England (URN then `XXXXXXX`). */
  outsideEnglandPostcodes?: string[];
  /** The council's three-digit DfE number, written in PrevPerm's LA_PERM. */
  laNumber?: string;
}

export interface SyntheticReturn {
  collectionYear: CollectionYear;
  tables: Partial<Record<TableName, TableRecord[]>>;
}

export interface SyntheticCouncil {
  options: SynthOptions;
  returns: SyntheticReturn[];
  /** Returns for the years after `lastYear` (`futureYears` of them): what really happened next. */
  truth: SyntheticReturn[];
}
