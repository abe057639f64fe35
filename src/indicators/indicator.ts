import type { CollectionYear } from '../dates/index.ts';

/**
 * The shape every sufficiency figure takes, so one set of code can chart it, tabulate it, download it,
 * compare it with England, drill into the children behind it (roles permitting), and pass it through
 * disclosure control before anything is published.
 */

/** The themes of the indicator pages, in the order a sufficiency statement uses them. */
export type Theme =
  | 'population'
  | 'profile'
  | 'placements'
  | 'location'
  | 'stability'
  | 'durations'
  | 'first-placement'
  | 'uasc'
  | 'specific-needs'
  | 'unregistered'
  | 'equality';

export type Unit =
  | 'children'
  | 'episodes'
  | 'placements'
  | 'percent'
  | 'rate-per-10000'
  | 'days'
  | 'miles'
  | 'years';

/** One cell of an indicator. `value` null means the figure cannot be known (never shown as zero). */
export interface IndicatorCell {
  /** The category values this cell is for, one per dimension, e.g. `{ ageBand: '10-15' }`; `{}` for a headline. */
  key: Record<string, string>;
  value: number | null;
  /** For percentages, rates and medians: the count they are computed from and the base. */
  numerator?: number;
  denominator?: number;
  /** Children behind the figure, for drill-down by users allowed to see child records. Never published. */
  childIds?: string[];
  /** Why `value` is null: e.g. "no placement postcode (UASC or short-break children)". */
  unknownReason?: string;
}

export interface Indicator {
  /** Stable id, `<theme>.<name>`, e.g. `population.looked-after-at-31-march`. */
  id: string;
  theme: Theme;
  title: string;
  /** The definition in plain English, as in docs/indicators.md. */
  definition: string;
  unit: Unit;
  collectionYear: CollectionYear;
  /** Names of the dimensions of `cells`' keys, in display order; [] for a single headline figure. */
  dimensions: string[];
  /** Display labels for dimension values, e.g. `{ ageBand: { '10-15': 'Aged 10 to 15' } }`. */
  labels?: Record<string, Record<string, string>>;
  cells: IndicatorCell[];
  /** Cells counted as "unknown" (e.g. placements with no postcode), reported beside the figure. */
  unknown?: { count: number; reason: string };
  /** The England figure for the same definition and year, when published (see comparators). */
  england?: number | null;
}
