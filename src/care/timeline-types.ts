import type { CollectionYear, EpochDay } from '../dates/index.ts';
import type { Finding } from '../findings/index.ts';
import type { ChildHeader, Episode, MissingSpell, UascRecord } from '../ssda903/records.ts';

/**
 * What one import batch (a full return or an in-year extract) contributes to timelines.
 * A return is authoritative for dates inside its collection year, up to `observedUntil`
 * (31 March for a full return, the as-at date for an in-year extract), for the children it contains.
 */
export interface ReturnData {
  collectionYear: CollectionYear;
  kind: 'return' | 'in-year';
  /** Last day this batch can speak for: 31 March, or the extract's as-at date. */
  observedUntil: EpochDay;
  headers: ChildHeader[];
  episodes: Episode[];
  uasc: UascRecord[];
  missing: MissingSpell[];
}

/** One episode after reconciliation across returns: the unit that legal status and placement code hold for. */
export interface EpisodeSpan {
  start: EpochDay;
  /** Day the episode ended (the next one starts the same day); null if open when last observed. */
  end: EpochDay | null;
  reasonNewEpisode: string | null;
  legalStatus: string | null;
  categoryOfNeed: string | null;
  placementType: string | null;
  provider: string | null;
  reasonEnded: string | null;
  reasonPlaceChange: string | null;
  homePostcode: string | null;
  placementPostcode: string | null;
  urn: string | null;
  /** Collection year of the return that last spoke for this episode. */
  sourceYear: CollectionYear;
}

/**
 * A stay in one home. Starts at a period start or an episode with RNE P/T; episodes with RNE L, B, U
 * continue it. Temporary episodes (T0–T4) belong to the placement the child returns to; if the child
 * returns to the same home as before, the placement continues through the temporary spell.
 */
export interface Placement {
  start: EpochDay;
  end: EpochDay | null;
  /** The episodes making up this stay, including any temporary spells attributed to it. */
  episodes: EpisodeSpan[];
  /** Placement code of the placement's main (non-temporary) episodes: the latest one. */
  placementType: string | null;
  provider: string | null;
  /** Sufficiency category (configurable mapping; see placement-category.ts). */
  category: PlacementCategory;
  /** PR1: the council's own provision. null when the provider is not recorded. */
  inHouse: boolean | null;
  placementPostcode: string | null;
  homePostcode: string | null;
  urn: string | null;
  /** Straight-line distance home → placement; null when either postcode is unknown. */
  distanceMiles: number | null;
  /** Placement inside the council's area; null when unknown (no postcode, or not found). */
  inArea: boolean | null;
  /** ONS district of the placement postcode (maps, "outside England"); null when unknown. */
  placementDistrict?: string | null;
  /** REASON_PLACE_CHANGE of the episode that started this placement (null for the first of a period). */
  reasonForMove: string | null;
  /** Temporary episodes (T0–T4) attributed to this placement. */
  temporarySpells: number;
}

export interface PeriodOfCare {
  start: EpochDay;
  /**
   * Day care ended (the child is not looked after on it); null if still looked after when last observed.
   * When `lostToFollowUp`, the last day the child was seen in care instead (looked after on it).
   */
  end: EpochDay | null;
  /** REC of the final episode. */
  reasonEnded: string | null;
  /** The period's data stops before we know its outcome (a child who vanished from the next return). */
  lostToFollowUp: boolean;
  episodes: EpisodeSpan[];
  placements: Placement[];
}

export interface ChildTimeline {
  childId: string;
  sex: ChildHeader['sex'] | null;
  dob: EpochDay;
  ethnicity: string | null;
  /** From the UASC table: null if never UASC; `ceased` null while still UASC. */
  uasc: { ceased: EpochDay | null } | null;
  periods: PeriodOfCare[];
  missing: MissingSpell[];
  /** Last day the data can speak for this child. */
  observedUntil: EpochDay;
  findings: Finding[];
}

/** Placement categories for sufficiency (ssda903.md). A tagged key: every switch over it is exhaustive. */
export type PlacementCategory =
  | 'fostering-kinship'
  | 'fostering-in-house'
  | 'fostering-ifa'
  /** U4–U6 with another council's or public body's carers (PR2/PR3): external, but not an IFA. */
  | 'fostering-other-council'
  | 'residential-in-house'
  | 'residential-external'
  | 'secure'
  | 'residential-other'
  | 'supported'
  | 'placed-with-parents'
  | 'adoption'
  | 'parent-and-child'
  | 'health-custody'
  | 'other'
  | 'temporary'
  | 'unknown';
