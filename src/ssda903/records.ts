import type { EpochDay } from '../dates/index.ts';

/**
 * Domain records read from the 903. Codes stay as the DfE codes (they are the domain's vocabulary),
 * except SEX, which is mapped to M/F/U across years. Blank cells are null. Dates are epoch days.
 */

export type Sex = 'M' | 'F' | 'U';

export interface ChildHeader {
  childId: string;
  sex: Sex;
  dob: EpochDay;
  ethnicity: string | null;
  upn: string | null;
  motherStatus: string | null;
  motherChildDob: EpochDay | null;
}

export interface Episode {
  childId: string;
  start: EpochDay;
  /** RNE: S new period of care, L legal status only, P placement only, T both, U/B same carer. */
  reasonNewEpisode: string | null;
  legalStatus: string | null;
  categoryOfNeed: string | null;
  placementType: string | null;
  provider: string | null;
  end: EpochDay | null;
  reasonEnded: string | null;
  reasonPlaceChange: string | null;
  homePostcode: string | null;
  placementPostcode: string | null;
  urn: string | null;
}

export interface UascRecord {
  childId: string;
  sex: Sex | null;
  dob: EpochDay;
  /** DUC: the date UASC status ceased; null while still UASC. */
  uascCeased: EpochDay | null;
}

export interface MissingSpell {
  childId: string;
  dob: EpochDay;
  /** M missing, A away without authorisation. */
  kind: string | null;
  start: EpochDay;
  end: EpochDay | null;
}

export interface Review {
  childId: string;
  dob: EpochDay;
  reviewDate: EpochDay;
  participation: string | null;
}

export interface CareLeaverRecord {
  childId: string;
  dob: EpochDay;
  inTouch: string | null;
  activity: string | null;
  accommodation: string | null;
}

/** Any table's row, keyed by domain field name (see tables.ts). */
export type TableRecord = Record<string, string | number | null>;
