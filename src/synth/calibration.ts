import type { Weights } from './rng.ts';

/**
 * Every number the generator is calibrated with, in one place, with where it comes from
 * (sector.md national figures unless said). docs/synthetic-data.md explains the calibration and
 * what the generated councils measure; indicators are later checked against these targets.
 */

/** Where a child lives, at the grain the generator decides; codes are chosen per year from it. */
export type PlacementKind =
  | 'fosterInHouse'
  | 'fosterIfa'
  | 'kinship'
  | 'homeInHouse'
  | 'homeExternal'
  | 'secure'
  | 'supported'
  | 'parents'
  | 'adoption'
  | 'parentChild'
  | 'residentialOther'
  | 'other';

/** The plan a period of care follows; it sets the legal status path, the exit and its timing. */
export type CarePlan = 'home' | 'adoption' | 'sgo' | 'cao' | 'longTerm' | 'remand' | 'uasc';

/** Age bands used for the choices: <1, 1–4, 5–9, 10–15, 16–17. */
export type AgeBand = 0 | 1 | 2 | 3 | 4;

export function ageBand(age: number): AgeBand {
  if (age < 1) return 0;
  if (age < 5) return 1;
  if (age < 10) return 2;
  if (age < 16) return 3;
  return 4;
}

/** Targets the tests and docs check the generated stock at 31 March against. */
export const TARGETS = {
  /** FOI of 150 councils, Sept 2024, regrouped (sector.md); shares of children at 31 March. */
  placementMix: {
    fosterInHouse: 0.279,
    fosterIfa: 0.248,
    kinship: 0.156,
    homes: 0.114,
    supported: 0.098,
    parents: 0.06,
    adoption: 0.025,
  },
  maleShare: 0.56,
  uascShare: 0.08,
  /** Starts and ceased in a year, each as a share of the 31 March stock. */
  startsShare: 0.4,
  movesPerChildYear: 0.8,
  threePlusPlacementsShare: 0.1,
  over20MilesShare: 0.22,
  homesOver20MilesShare: 0.49,
} as const;

/** Share of entrants who are UASC; tuned so ~8% of the 31 March stock is UASC (they stay ~1.5 years). */
export const UASC_ENTRY_SHARE = 0.15;

/** Male share among non-UASC entrants, so the stock is ~56% male with UASC ~93% boys. */
export const MALE_SHARE = 0.51;
export const UASC_MALE_SHARE = 0.93;

/** Entry age in whole years (non-UASC): many infants, a peak at 13–15. */
export const ENTRY_AGE: Weights<number> = [
  [0, 20],
  [1, 3.5],
  [2, 3],
  [3, 3],
  [4, 2.8],
  [5, 2.1],
  [6, 2.1],
  [7, 2.1],
  [8, 2.1],
  [9, 2.2],
  [10, 2.8],
  [11, 3.2],
  [12, 4],
  [13, 5.4],
  [14, 6.6],
  [15, 7.6],
  [16, 7],
  [17, 3.6],
];

export const UASC_ENTRY_AGE: Weights<number> = [
  [13, 0.03],
  [14, 0.07],
  [15, 0.22],
  [16, 0.4],
  [17, 0.28],
];

/** Ethnicity (DfE: White 71%, Mixed 11%, Black 7–8%, Asian 5%); UASC mostly other, Black African, Asian other. */
export const ETHNICITY: Weights<string> = [
  ['WBRI', 69],
  ['WIRI', 0.5],
  ['WOTH', 3.5],
  ['WIRT', 0.4],
  ['WROM', 0.8],
  ['MWBC', 4.2],
  ['MWBA', 1.3],
  ['MWAS', 1.2],
  ['MOTH', 4.4],
  ['AIND', 0.8],
  ['APKN', 1.4],
  ['ABAN', 0.6],
  ['AOTH', 1.0],
  ['BCRB', 2.0],
  ['BAFR', 2.2],
  ['BOTH', 1.6],
  ['CHNE', 0.2],
  ['OOTH', 1.5],
  ['REFU', 0.3],
  ['NOBT', 0.5],
];

export const UASC_ETHNICITY: Weights<string> = [
  ['OOTH', 26],
  ['AOTH', 22],
  ['BAFR', 30],
  ['BOTH', 8],
  ['WOTH', 12],
  ['NOBT', 2],
];

/** Category of need at entry (non-UASC); N1 ends ~63% of the stock since abuse/neglect stays are long. */
export const CATEGORY_OF_NEED: Weights<string> = [
  ['N1', 70],
  ['N2', 3],
  ['N3', 3],
  ['N4', 7],
  ['N5', 10],
  ['N6', 3],
  ['N7', 0.5],
  ['N8', 5],
];

/** Care plan at entry by age band (<1, 1–4, 5–9, 10–15, 16–17). */
export const CARE_PLAN: Record<AgeBand, Weights<CarePlan>> = {
  0: [
    ['adoption', 30],
    ['home', 26],
    ['sgo', 18],
    ['longTerm', 20],
    ['cao', 6],
  ],
  1: [
    ['adoption', 16],
    ['home', 33],
    ['sgo', 20],
    ['longTerm', 24],
    ['cao', 7],
  ],
  2: [
    ['home', 38],
    ['sgo', 13],
    ['longTerm', 42],
    ['cao', 7],
  ],
  3: [
    ['home', 50],
    ['sgo', 5],
    ['longTerm', 40],
    ['cao', 2],
    ['remand', 3],
  ],
  4: [
    ['home', 42],
    ['longTerm', 52],
    ['remand', 6],
  ],
};

/** First placement of a period by age band; supported only at 16+, homes mostly 10+. */
export const FIRST_PLACEMENT: Record<AgeBand, Weights<PlacementKind>> = {
  0: [
    ['fosterInHouse', 44],
    ['fosterIfa', 18],
    ['kinship', 16],
    ['parents', 5],
    ['parentChild', 14],
    ['other', 0.5],
  ],
  1: [
    ['fosterInHouse', 42],
    ['fosterIfa', 22],
    ['kinship', 24],
    ['parents', 7],
    ['parentChild', 2],
    ['other', 0.5],
  ],
  2: [
    ['fosterInHouse', 38],
    ['fosterIfa', 26],
    ['kinship', 25],
    ['parents', 6],
    ['homeExternal', 2],
    ['homeInHouse', 1],
    ['other', 0.5],
  ],
  3: [
    ['fosterInHouse', 28],
    ['fosterIfa', 30],
    ['kinship', 12],
    ['parents', 4],
    ['homeExternal', 13],
    ['homeInHouse', 5],
    ['secure', 0.6],
    ['residentialOther', 1],
    ['other', 1.2],
  ],
  4: [
    ['fosterInHouse', 14],
    ['fosterIfa', 18],
    ['kinship', 5],
    ['parents', 2],
    ['homeExternal', 13],
    ['homeInHouse', 3],
    ['supported', 42],
    ['secure', 0.5],
    ['residentialOther', 1],
    ['other', 1.5],
  ],
};

export const UASC_FIRST_PLACEMENT: Record<'under16' | 'over16', Weights<PlacementKind>> = {
  under16: [
    ['fosterIfa', 55],
    ['fosterInHouse', 25],
    ['homeExternal', 20],
  ],
  over16: [
    ['fosterIfa', 22],
    ['fosterInHouse', 8],
    ['supported', 62],
    ['homeExternal', 8],
  ],
};

/** Next placement after a move, by where the child was; age gates applied by the simulation. */
export const NEXT_PLACEMENT: Record<
  'fostering' | 'residential' | 'supported' | 'other',
  Weights<PlacementKind>
> = {
  fostering: [
    ['fosterInHouse', 36],
    ['fosterIfa', 32],
    ['kinship', 11],
    ['homeExternal', 12],
    ['homeInHouse', 4],
    ['supported', 25],
    ['residentialOther', 0.8],
    ['secure', 0.4],
    ['other', 1],
  ],
  residential: [
    ['homeExternal', 44],
    ['homeInHouse', 12],
    ['fosterIfa', 14],
    ['fosterInHouse', 5],
    ['supported', 30],
    ['secure', 3],
    ['residentialOther', 2],
    ['other', 2],
  ],
  supported: [
    ['supported', 70],
    ['homeExternal', 8],
    ['fosterIfa', 6],
    ['other', 6],
  ],
  other: [
    ['fosterInHouse', 30],
    ['fosterIfa', 30],
    ['homeExternal', 20],
    ['supported', 20],
  ],
};

/** Placement length until the next move (days): log-normal median and spread. First placements are shorter. */
export const PLACEMENT_DAYS: Record<PlacementKind, { median: number; sigma: number }> = {
  fosterInHouse: { median: 560, sigma: 1.25 },
  fosterIfa: { median: 560, sigma: 1.25 },
  kinship: { median: 1000, sigma: 1.0 },
  homeInHouse: { median: 380, sigma: 0.9 },
  homeExternal: { median: 380, sigma: 1.0 },
  secure: { median: 80, sigma: 0.6 },
  supported: { median: 400, sigma: 0.9 },
  parents: { median: 700, sigma: 0.8 },
  adoption: { median: 240, sigma: 0.4 },
  parentChild: { median: 90, sigma: 0.5 },
  residentialOther: { median: 400, sigma: 0.8 },
  other: { median: 45, sigma: 1.0 },
};
/** First placement of a period: emergency placements end sooner. */
export const FIRST_PLACEMENT_FACTOR = 0.45;

/** Time from period start to exit (days) for plans that end before 18. */
export const PLAN_EXIT_DAYS: Record<'home' | 'sgo' | 'cao' | 'remand', { median: number; sigma: number }> = {
  home: { median: 170, sigma: 1.25 },
  sgo: { median: 520, sigma: 0.45 },
  cao: { median: 330, sigma: 0.45 },
  remand: { median: 60, sigma: 0.8 },
};
/** Long-term plans leave before 18 at this yearly rate (home, SGO with carers …). */
export const LONG_TERM_EXIT_PER_YEAR = 0.08;

/** Adoption pathway (days): decision, placement order, match, placement and order. */
export const ADOPTION_DAYS = {
  decision: { median: 150, sigma: 0.3 },
  placementOrder: { median: 290, sigma: 0.25 },
  match: { median: 120, sigma: 0.5 },
  placed: { median: 21, sigma: 0.4 },
  order: { median: 300, sigma: 0.35 },
  /** Share of adoption plans that change (to long-term fostering) after the decision. */
  planChanges: 0.15,
  /** Share placed in fostering for adoption (U5) from the start, carers then adopt (U5 → A5). */
  fosteringForAdoption: 0.12,
};

/** Reasons for a move to a new home (RNE P/T); PLACE (status only) comes from B/U changes. */
export const MOVE_REASON: Weights<string> = [
  ['CARPL', 20],
  ['OTHER', 26],
  ['CREQB', 12],
  ['CREQO', 5],
  ['CHILD', 4],
  ['LAREQ', 4],
  ['ALLEG', 2],
  ['STAND', 2],
  ['CLOSE', 1.5],
  ['APPRR', 1],
];

/** Short-term foster placements (U6/U3) confirmed as long-term (U4/U1) after this many days, with this chance. */
export const LONG_TERM_MATCH = { afterDays: 240, chance: 0.9 };

/** Exits before 18 by plan. */
export const EXIT_REASON: Record<'home' | 'sgo' | 'longTerm' | 'remand', Weights<string>> = {
  home: [
    ['E4A', 62],
    ['E4B', 12],
    ['E13', 14],
    ['E8', 9],
    ['E3', 2],
    ['E16', 1],
  ],
  sgo: [
    ['E45', 55],
    ['E47', 30],
    ['E46', 12],
    ['E48', 3],
  ],
  longTerm: [
    ['E4A', 45],
    ['E46', 25],
    ['E13', 12],
    ['E8', 12],
    ['E3', 6],
  ],
  remand: [
    ['E14', 70],
    ['E9', 30],
  ],
};

/** Exits at the 18th birthday, by where the young person lives. */
export const EXIT_AT_18: Record<'fostering' | 'supported' | 'residential', Weights<string>> = {
  fostering: [
    ['E17', 48],
    ['E5', 24],
    ['E6', 14],
    ['E8', 14],
  ],
  supported: [
    ['E5', 48],
    ['E6', 32],
    ['E8', 20],
  ],
  residential: [
    ['E5', 30],
    ['E6', 28],
    ['E7', 14],
    ['E8', 28],
  ],
};

/** Chance a child who went home comes back into care, and the gap (days). */
export const REENTRY = { chance: 0.2, gap: { median: 330, sigma: 0.9 } };

/** Missing spells per year in placement by kind (residential highest), for children aged 11+. */
export const MISSING_PER_YEAR: Record<PlacementKind, number> = {
  fosterInHouse: 0.35,
  fosterIfa: 0.45,
  kinship: 0.25,
  homeInHouse: 3.5,
  homeExternal: 4.5,
  secure: 0.05,
  supported: 2.5,
  parents: 0.3,
  adoption: 0,
  parentChild: 0.1,
  residentialOther: 1.5,
  other: 1.5,
};

/** Temporary spells per year in a foster placement: T3 respite, T1 hospital, T4 other. */
export const TEMPORARY_PER_YEAR = { T3: 0.12, T1: 0.02, T4: 0.01 };

/** Share of children placed > 20 miles (far) and outside the area but near, by kind; rest in area. */
export const LOCATION: Record<PlacementKind, { far: number; near: number }> = {
  fosterInHouse: { far: 0.04, near: 0.14 },
  fosterIfa: { far: 0.28, near: 0.34 },
  kinship: { far: 0.22, near: 0.22 },
  homeInHouse: { far: 0, near: 0 },
  homeExternal: { far: 0.68, near: 0.2 },
  secure: { far: 0.85, near: 0.1 },
  supported: { far: 0.2, near: 0.3 },
  parents: { far: 0.02, near: 0.08 },
  adoption: { far: 0.4, near: 0.4 },
  parentChild: { far: 0.3, near: 0.4 },
  residentialOther: { far: 0.6, near: 0.25 },
  other: { far: 0.3, near: 0.3 },
};

/** Long-term plans: share placed back with parents under a care order (P1), and share stepping down to supported accommodation at 16–17. */
export const LONG_TERM_WITH_PARENTS = 0.17;
export const STEP_DOWN_AT_16 = 0.55;

/** Short breaks: share of the stock who are on a series of short breaks, stays per year and nights. */
export const SHORT_BREAKS = {
  shareOfStock: 0.035,
  careerYears: 4,
  staysPerYear: 14,
  nights: [1, 4] as const,
};
