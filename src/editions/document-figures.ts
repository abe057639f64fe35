import type { DisclosureFlag } from '../indicators/disclosure/index.ts';
import type { EditionFigure, FigureKind } from './edition-figure.ts';

/**
 * The parts of a statement document (src/report `StatementDocument`) that hold figures, typed
 * structurally so editions depend on the document's shape, not on the renderer.
 */
export interface DocumentTable {
  caption: string;
  head: string[];
  rows: { header: string; cells: string[] }[];
}

export type DocumentBlock =
  | { kind: 'figures'; figures: { label: string; value: string }[] }
  | { kind: 'table'; table: DocumentTable }
  | { kind: 'chart'; chart: { table: DocumentTable } }
  | { kind: string };

export interface DocumentWithFigures {
  editionDate: string;
  coverage: string;
  sections: { id: string; heading: string; narrative: string; blocks: DocumentBlock[] }[];
}

const FLAGS = new Set(['c', 'k', 'z', 'x']);
const YEAR = /\b(\d{4}\/\d{2}|\d{4}–\d{2}|\d{4})\b/;

/**
 * Every figure a statement document prints, keyed so the same figure can be found in the next edition:
 * a headline figure by section and label; a table cell by section, caption, row and column. The period
 * is the column's year when the column is a year (trend tables), else the document's coverage. The kind
 * is read from the unit the document prints (`%`, `per 10,000` → share; days, miles, years, £ → statistic;
 * otherwise a count), because the document holds text as published, never raw values.
 *
 * ### Example
 * ```ts
 * documentFigures(doc)[0] // { key: 'children-looked-after|Children looked after at 31 March', display: '571', value: 571, kind: 'count', … }
 * ```
 */
export function documentFigures(doc: DocumentWithFigures): EditionFigure[] {
  const out: EditionFigure[] = [];
  for (const section of doc.sections) {
    section.blocks.forEach((block, b) => {
      if (block.kind === 'figures' && 'figures' in block) {
        for (const f of block.figures) {
          out.push(
            figure(
              `${section.id}|${f.label}`,
              f.label,
              `${section.id}|headline-${b}`,
              f.value,
              kindOf(f.value),
              doc.coverage,
            ),
          );
        }
      }
      const table =
        block.kind === 'table' && 'table' in block
          ? block.table
          : block.kind === 'chart' && 'chart' in block
            ? block.chart.table
            : undefined;
      if (table) out.push(...tableFigures(section.id, table, doc.coverage));
    });
  }
  return dedupe(out);
}

function tableFigures(sectionId: string, table: DocumentTable, coverage: string): EditionFigure[] {
  const out: EditionFigure[] = [];
  const tableId = `${sectionId}|${table.caption}`;
  for (const row of table.rows) {
    row.cells.forEach((display, j) => {
      const column = table.head[j + 1] ?? `column ${j + 1}`;
      const kind = kindOf(display) ?? kindOf(`${column} ${table.caption}`) ?? 'count';
      const period = YEAR.exec(column)?.[1] ?? coverage;
      out.push(
        figure(
          `${tableId}|${row.header}|${column}`,
          `${table.caption}: ${row.header}, ${column}`,
          tableId,
          display,
          kind,
          period,
        ),
      );
    });
  }
  return out;
}

function figure(
  key: string,
  label: string,
  table: string,
  display: string,
  kind: FigureKind | undefined,
  period: string,
): EditionFigure {
  const text = display.trim();
  if (FLAGS.has(text)) {
    return {
      key,
      label,
      table,
      kind: kind ?? 'count',
      period,
      display: text,
      value: null,
      flag: text as DisclosureFlag,
    };
  }
  const number = Number(text.replace(/[£,%]/g, '').replace(/\s.*$/, ''));
  const value = text === '' || !Number.isFinite(number) ? null : number;
  return {
    key,
    label,
    table,
    kind: kind ?? 'count',
    period,
    display: text,
    value,
    ...(value === null ? { flag: 'x' as const } : {}),
  };
}

/** A figure's kind from the unit printed with it, when there is one. */
function kindOf(text: string): FigureKind | undefined {
  if (/%|per 10,000|per cent|rate/i.test(text)) return 'share';
  if (/£|median|days|miles|years|cost|spend|average/i.test(text)) return 'statistic';
  return undefined;
}

/** The same figure printed twice (a chart's table repeating a table) is compared once. */
function dedupe(figures: EditionFigure[]): EditionFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => !seen.has(f.key) && Boolean(seen.add(f.key)));
}
