import type { Indicator } from '../indicator.ts';
import { indicatorTable, type MeasureKind, measureKind } from './indicator-table.ts';
import type { LinearTable } from './linear-table.ts';
import { presentCell } from './present-cell.ts';
import { isSmall, primaryFlag } from './primary-flag.ts';
import type { DisclosureFlag, DisclosureOptions, PublicIndicator } from './public-indicator.ts';

/** An indicator ready for disclosure control: its identities and each cell's own flag. */
export interface IndicatorPlan {
  indicator: Indicator;
  kind: MeasureKind;
  table: LinearTable;
  rank: number[];
  flags: (DisclosureFlag | undefined)[];
  /** Cells suppressed for themselves (flag `c`). */
  primary: number[];
}

export function planIndicator(indicator: Indicator, options: DisclosureOptions): IndicatorPlan {
  const kind = measureKind(indicator.unit);
  const { table, rank } = indicatorTable(indicator);
  const flags = indicator.cells.map((cell) => primaryFlag(kind, cell, options));
  const primary = flags.flatMap((f, i) => (f === 'c' ? [i] : []));
  return { indicator, kind, table, rank, flags, primary };
}

/**
 * The public form of a planned indicator given the cells to hide (primary and secondary). Child ids,
 * numerators and denominators are dropped here, so nothing below this line can leak them.
 */
export function publishPlan(
  plan: IndicatorPlan,
  hidden: ReadonlySet<number>,
  options: DisclosureOptions,
): PublicIndicator {
  const { indicator, kind, flags } = plan;
  const { cells: _cells, unknown, ...rest } = indicator;
  let secondary = 0;
  const cells = indicator.cells.map((cell, i) => {
    const own = flags[i];
    if (!own && hidden.has(i)) secondary++;
    const flag = own ?? (hidden.has(i) ? 'c' : undefined);
    return presentCell({ ...cell.key }, cell.value, flag, kind, indicator.unit, options);
  });
  const out: PublicIndicator = {
    ...rest,
    cells,
    disclosure: {
      threshold: options.threshold,
      minBase: options.minBase,
      rounding: options.rounding,
      secondary,
    },
  };
  if (unknown) {
    const shown = presentCell(
      {},
      unknown.count,
      isSmall(unknown.count, options) ? 'c' : undefined,
      'count',
      'children',
      options,
    );
    out.unknown = { reason: unknown.reason, display: shown.display, count: shown.value };
    if (shown.flag) out.unknown.flag = shown.flag;
  }
  return out;
}
