import type { EpochDay } from '../dates/index.ts';
import type { Sex } from '../ssda903/index.ts';

/**
 * A simulated child's whole story, from first entry to the last care-leaver birthday. Returns are
 * cut from it year by year, so every year's return agrees with the others.
 */
export interface SimChild {
  childId: string;
  sex: Sex;
  dob: EpochDay;
  ethnicity: string;
  upn: string | null;
  /** Day UASC status ceases (the 18th birthday); null if never UASC. */
  uascCeased: EpochDay | null;
  /** Only short breaks (V3/V4): excluded from the looked-after counts. */
  shortBreaksOnly: boolean;
  /** Birth date of the child's own child, when a mother in care. */
  motherChildDob: EpochDay | null;
  periods: SimPeriod[];
  missing: SimMissing[];
  reviews: SimReview[];
  socialWorkers: SimSocialWorker[];
  adoption: SimAdoption | null;
  /** Deprivation of liberty orders (recorded from 2026/27). */
  dolo: { start: EpochDay; end: EpochDay | null }[];
  /** Care leaver status at each birthday 19–21, when a former relevant child. */
  careLeaver: SimCareLeaver[];
  /** Previous permanence recorded at each period start (same order as periods). */
  previousPermanence: { code: string; date: EpochDay | null }[];
}

export interface SimPeriod {
  start: EpochDay;
  /** Day care ended; null if still looked after when the simulation stops. */
  end: EpochDay | null;
  episodes: SimEpisode[];
}

/** One 903 episode, with domain names (see ssda903/records.ts Episode). */
export interface SimEpisode {
  start: EpochDay;
  end: EpochDay | null;
  reasonNewEpisode: string;
  legalStatus: string;
  categoryOfNeed: string;
  placementType: string;
  provider: string | null;
  reasonEnded: string | null;
  reasonPlaceChange: string | null;
  homePostcode: string | null;
  placementPostcode: string | null;
  urn: string | null;
}

export interface SimMissing {
  kind: 'M' | 'A';
  start: EpochDay;
  end: EpochDay;
}

export interface SimReview {
  date: EpochDay;
  participation: string;
}

export interface SimSocialWorker {
  id: string;
  start: EpochDay;
  end: EpochDay | null;
  reasonEnded: string | null;
}

export interface SimAdoption {
  /** Decision that the child should be placed for adoption. */
  decision: EpochDay;
  match: EpochDay | null;
  /** Day the decision ceased (adopted, or the plan changed) and why (RD1 adopted … RD4 other). */
  ceased: EpochDay | null;
  reasonCeased: string | null;
  byFosterCarer: boolean;
  adopters: number;
  adopterSex: string;
  adopterLegalStatus: string;
}

export interface SimCareLeaver {
  /** The birthday (19th, 20th, 21st) the information is about. */
  birthday: EpochDay;
  inTouch: string;
  activity: string | null;
  accommodation: string | null;
}
