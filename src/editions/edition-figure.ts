import type { DisclosureFlag } from '../indicators/disclosure/index.ts';

/** How a figure adds up: counts add up within their table; shares and statistics do not. */
export type FigureKind = 'count' | 'share' | 'statistic';

/**
 * One published figure of a statement edition, as stored with the edition (already through disclosure
 * control: a suppressed figure has no value). `key` names the same definition and breakdown in every
 * edition, so two editions can be compared figure by figure.
 */
export interface EditionFigure {
  /** Stable across editions, e.g. `population.looked-after-at-31-march|sex=F`. */
  key: string;
  label: string;
  /** The table the figure sits in; the counts of one table add up to its totals. */
  table: string;
  kind: FigureKind;
  /** The period the figure is for, e.g. `2024/25`. */
  period: string;
  /** What the reader sees: the rounded figure or the flag. */
  display: string;
  /** The published figure; null when suppressed (`c`) or not available. */
  value: number | null;
  flag?: DisclosureFlag;
}
