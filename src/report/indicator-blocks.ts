import type { PublicCell, PublicIndicator } from '../indicators/disclosure/index.ts';
import { cellText, figureText, UNIT_HEADINGS } from './figure-text.ts';
import type { Figure, TableBlock } from './statement-document.ts';

/** A dimension value's display label. */
export function labelOf(indicator: PublicIndicator, dimension: string, value: string): string {
  return indicator.labels?.[dimension]?.[value] ?? value;
}

/** A headline figure from one cell (the headline `{}` unless `key` says otherwise). */
export function figureOf(
  indicator: PublicIndicator | undefined,
  label: string,
  key: Record<string, string> = {},
): Figure {
  const cell = indicator?.cells.find((c) => sameKey(c.key, key));
  const figure: Figure = { label, value: indicator ? figureText(cell, indicator.unit) : 'x' };
  if (indicator) figure.definition = definitionAnchor(indicator.id);
  return figure;
}

/** The anchor of an indicator's entry in the definitions. */
export function definitionAnchor(id: string): string {
  return `def-${id.replace(/[^a-z0-9]+/gi, '-')}`;
}

/**
 * An indicator as a table: one dimension → a row per value and a Total row (when published); two
 * dimensions → rows by the first, columns by the second, and an "All" column for the first's totals.
 * Rows whose every cell is a true zero are left out when `dropZeroRows` (long code lists).
 */
export function indicatorTable(
  indicator: PublicIndicator,
  options: { caption?: string; dropZeroRows?: boolean } = {},
): TableBlock {
  const caption = options.caption ?? indicator.title;
  const [rowDim, colDim] = indicator.dimensions;
  const base = { caption, definition: definitionAnchor(indicator.id), notes: notesOf(indicator) };
  if (rowDim === undefined) {
    const cell = indicator.cells.find((c) => Object.keys(c.key).length === 0);
    return {
      ...base,
      head: ['Figure', UNIT_HEADINGS[indicator.unit]],
      rows: [{ header: 'All', cells: [cellText(cell)] }],
    };
  }
  const rowValues = distinct(indicator.cells.map((c) => c.key[rowDim]));
  if (colDim === undefined) {
    let rows = rowValues.map((v) => {
      const cell = indicator.cells.find((c) => sameKey(c.key, { [rowDim]: v }));
      return { header: labelOf(indicator, rowDim, v), cells: [cellText(cell)], zero: isZero(cell) };
    });
    if (options.dropZeroRows) rows = rows.filter((r) => !r.zero);
    const total = indicator.cells.find((c) => Object.keys(c.key).length === 0);
    const out = rows.map(({ header, cells }) => ({ header, cells }));
    if (total) out.push({ header: 'Total', cells: [cellText(total)] });
    return { ...base, head: [dimensionHeading(rowDim), UNIT_HEADINGS[indicator.unit]], rows: out };
  }
  const colValues = distinct(indicator.cells.map((c) => c.key[colDim]));
  const hasAll = indicator.cells.some((c) => Object.keys(c.key).length === 1 && rowDim in c.key);
  let rows = rowValues.map((r) => {
    const cells = colValues.map((col) =>
      indicator.cells.find((c) => sameKey(c.key, { [rowDim]: r, [colDim]: col })),
    );
    if (hasAll) cells.push(indicator.cells.find((c) => sameKey(c.key, { [rowDim]: r })));
    return { header: labelOf(indicator, rowDim, r), cells: cells.map(cellText), zero: cells.every(isZero) };
  });
  if (options.dropZeroRows) rows = rows.filter((r) => !r.zero);
  return {
    ...base,
    head: [
      dimensionHeading(rowDim),
      ...colValues.map((v) => labelOf(indicator, colDim, v)),
      ...(hasAll ? ['All'] : []),
    ],
    rows: rows.map(({ header, cells }) => ({ header, cells })),
  };
}

function notesOf(indicator: PublicIndicator): string[] {
  const notes: string[] = [];
  if (indicator.unit !== 'children' && indicator.unit !== 'placements' && indicator.unit !== 'episodes')
    notes.push(`Figures are ${UNIT_HEADINGS[indicator.unit].toLowerCase()}.`);
  if (indicator.unknown && indicator.unknown.count !== 0)
    notes.push(`Not known: ${indicator.unknown.display} (${indicator.unknown.reason}).`);
  if (indicator.disclosure.secondary > 0)
    notes.push(
      `${indicator.disclosure.secondary} further figure(s) shown as c so that small numbers cannot be worked out.`,
    );
  return notes;
}

const DIMENSION_HEADINGS: Record<string, string> = {
  ageBand: 'Age',
  sex: 'Sex',
  ethnicityGroup: 'Ethnicity',
  categoryOfNeed: 'Category of need',
  legalStatus: 'Legal status',
  uasc: 'UASC',
  category: 'Placement',
  provision: 'Provider',
  area: 'Area',
  distance: 'Distance',
  distanceBand: 'Distance (miles)',
  reasonGroup: 'Reason',
  reason: 'Reason',
  setting: 'Setting',
  placements: 'Placements in the year',
  placementType: 'Placement type',
  sinceLeaving: 'Since leaving care',
  district: 'District',
};

function dimensionHeading(dimension: string): string {
  return DIMENSION_HEADINGS[dimension] ?? dimension;
}

function isZero(cell: PublicCell | undefined): boolean {
  return cell === undefined || (cell.flag === undefined && cell.value === 0) || cell.flag === 'x';
}

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}

export function sameKey(a: Record<string, string>, b: Record<string, string>): boolean {
  const ea = Object.entries(a);
  return ea.length === Object.keys(b).length && ea.every(([k, v]) => b[k] === v);
}
