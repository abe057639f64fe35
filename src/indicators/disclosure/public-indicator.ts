import type { Indicator } from '../indicator.ts';

/**
 * DfE's symbols for a figure that is not shown as a number: `c` suppressed for confidentiality, `k` a
 * non-zero figure that rounds to 0, `z` not applicable (no base to compute it from), `x` not available.
 */
export type DisclosureFlag = 'c' | 'k' | 'z' | 'x';

/** One published cell: what a reader sees. No child ids, no numerator or denominator. */
export interface PublicCell {
  key: Record<string, string>;
  /** The text to print: the rounded figure, or the flag. */
  display: string;
  /** The rounded figure (0 for `k`); null when suppressed, not applicable or not available. */
  value: number | null;
  flag?: DisclosureFlag;
}

/** What disclosure control applied, for a table's footnote. */
export interface DisclosureApplied {
  /** Counts from 1 to this were suppressed (0: none). */
  threshold: number;
  /** Percentages, rates and medians with a base under this were suppressed. */
  minBase: number;
  /** Counts rounded to the nearest this (1: not rounded). */
  rounding: number;
  /** Cells suppressed only to protect others (secondary suppression). */
  secondary: number;
}

/** An indicator as it may leave the product: every cell through disclosure control. */
export interface PublicIndicator extends Omit<Indicator, 'cells' | 'unknown'> {
  cells: PublicCell[];
  /** The count of unknowns, itself disclosure-controlled. */
  unknown?: { reason: string; display: string; count: number | null; flag?: DisclosureFlag };
  disclosure: DisclosureApplied;
}

/** How strictly to control disclosure. */
export interface DisclosureOptions {
  /** Suppress counts 1..threshold (DfE council level: 5). 0 turns primary suppression of counts off. */
  threshold: number;
  /** Suppress percentages, rates and medians whose base (denominator) is under this (DfE: 10). */
  minBase: number;
  /** Round counts to the nearest 1 (none), 5 or 10 (DfE national and regional figures: 10). */
  rounding: 1 | 5 | 10;
  /** Decimal places for percentages (DfE: 0). */
  percentDecimals: number;
}

/** Council-level defaults: DfE's rules for figures a council publishes about its own children. */
export const COUNCIL_DISCLOSURE: DisclosureOptions = {
  threshold: 5,
  minBase: 10,
  rounding: 1,
  percentDecimals: 0,
};

/** DfE's national and regional convention: counts rounded to the nearest 10 as well. */
export const NATIONAL_DISCLOSURE: DisclosureOptions = {
  threshold: 5,
  minBase: 10,
  rounding: 10,
  percentDecimals: 0,
};
