import type { Indicator } from '../indicator.ts';
import { discloseIndicator } from './disclose-indicator.ts';
import { COUNCIL_DISCLOSURE, type DisclosureOptions, type PublicIndicator } from './public-indicator.ts';

/**
 * A new edition of an indicator (same id and year, revised data) that cannot undo the previous edition's
 * suppression: every cell suppressed before stays suppressed, and complements are chosen in the new table
 * so those cells are protected by its own totals. Hence a reader holding both editions learns no previously
 * suppressed cell: the cells published in either edition are then only cells the previous edition published
 * or new complements, and a suppression pattern that protected those cells before protects them again
 * (where values are unchanged, the union of the two editions is the previous edition's own system).
 * A previous edition of another indicator or year is ignored.
 */
export function discloseAgainstPrevious(
  current: Indicator,
  previousPublished: PublicIndicator,
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
): PublicIndicator {
  return discloseIndicator(current, options, { previousEdition: previousPublished });
}
