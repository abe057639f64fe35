import type { Indicator } from '../indicator.ts';
import { planIndicator, publishPlan } from './indicator-plan.ts';
import { keyText } from './indicator-table.ts';
import { COUNCIL_DISCLOSURE, type DisclosureOptions, type PublicIndicator } from './public-indicator.ts';
import { secondarySuppression } from './secondary-suppression.ts';

/** What else a disclosure decision must respect. */
export interface DisclosureContext {
  /** The edition of the same indicator and year published before: its `c` cells stay suppressed. */
  previousEdition?: PublicIndicator;
  /** Keys to suppress whatever their value (e.g. a cell a partner body asked to withhold). */
  alsoSuppress?: readonly Record<string, string>[];
}

/**
 * An indicator made safe to publish (DfE conventions): counts 1–5 suppressed (`c`); complementary cells
 * suppressed so that no suppressed cell can be recovered from the table's totals (see
 * secondary-suppression.ts); percentages, rates and medians on a base under 10 suppressed, and percentages
 * whose numerator is suppressed; counts rounded as configured, `k` for a non-zero that rounds to 0, `z` for
 * no base, `x` for unknown. Child ids never survive.
 *
 * ### Example
 * ```ts
 * discloseIndicator(lookedAfterBySex).cells
 * // [{ key: {}, display: '23', value: 23 }, { key: { sex: 'F' }, display: 'c', value: null, flag: 'c' }, …]
 * ```
 */
export function discloseIndicator(
  indicator: Indicator,
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
  context: DisclosureContext = {},
): PublicIndicator {
  const plan = planIndicator(indicator, options);
  const forced = new Set(plan.primary);
  const keep = keysToKeepSuppressed(indicator, context);
  indicator.cells.forEach((cell, i) => {
    if (keep.has(keyText(cell.key))) forced.add(i);
  });
  return publishPlan(plan, secondarySuppression(plan.table, forced, plan.rank), options);
}

/** Keys suppressed in the previous edition of this indicator and year, and any asked for. */
function keysToKeepSuppressed(indicator: Indicator, context: DisclosureContext): Set<string> {
  const keys = new Set((context.alsoSuppress ?? []).map(keyText));
  const previous = context.previousEdition;
  if (previous && previous.id === indicator.id && previous.collectionYear === indicator.collectionYear) {
    for (const cell of previous.cells) if (cell.flag === 'c') keys.add(keyText(cell.key));
  }
  return keys;
}
