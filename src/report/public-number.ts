import {
  COUNCIL_DISCLOSURE,
  type DisclosureOptions,
  discloseIndicator,
  type PublicIndicator,
} from '../indicators/disclosure/index.ts';
import type { Unit } from '../indicators/index.ts';

/**
 * Counts that are not indicators (forecast medians, provided tables) made into one-off indicators and
 * disclosed the same way: a row × column table with optional row, column and grand totals, so small
 * cells are suppressed and the totals cannot reveal them.
 */
export function discloseCounts(
  options: {
    id: string;
    title: string;
    unit?: Unit;
    columns: string[];
    rows: { label: string; values: (number | null)[] }[];
    totals?: boolean;
    /** Row totals too (default: as `totals`); columns of different things (households, places) do not add. */
    rowTotals?: boolean;
  },
  disclosure: DisclosureOptions = COUNCIL_DISCLOSURE,
): PublicIndicator {
  const cells = [];
  for (const row of options.rows) {
    options.columns.forEach((col, j) => {
      const v = row.values[j];
      cells.push({
        key: { row: row.label, col },
        value: v === undefined || v === null ? null : Math.round(v),
      });
    });
    if (options.totals && (options.rowTotals ?? true))
      cells.push({ key: { row: row.label }, value: sumOrNull(row.values) });
  }
  if (options.totals) {
    options.columns.forEach((col, j) => {
      cells.push({ key: { col }, value: sumOrNull(options.rows.map((r) => r.values[j] ?? null)) });
    });
    if (options.rowTotals ?? true)
      cells.push({ key: {}, value: sumOrNull(options.rows.flatMap((r) => r.values)) });
  }
  return discloseIndicator(
    {
      id: options.id,
      theme: 'population',
      title: options.title,
      definition: options.title,
      unit: options.unit ?? 'children',
      collectionYear: 0,
      dimensions: ['row', 'col'],
      cells,
    },
    disclosure,
  );
}

function sumOrNull(values: readonly (number | null | undefined)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null || v === undefined) return null;
    sum += Math.round(v);
  }
  return sum;
}
