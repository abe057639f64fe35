import { COUNCIL_DISCLOSURE, type DisclosureOptions } from '../../indicators/disclosure/index.ts';
import { cellText } from '../figure-text.ts';
import { findPublicCell } from '../public-figures.ts';
import { discloseCounts } from '../public-number.ts';
import type { SectionContext } from '../section-context.ts';
import type { Block, StatementSectionId } from '../statement-document.ts';
import type { ProvidedBlock } from '../statement-input.ts';

/** What a provided section shows until its module has data. */
const WAITING: Partial<Record<StatementSectionId, string>> = {
  supply:
    'Not available: no in-house carers, homes or providers have been recorded yet (local data: carers, homes, providers).',
  'gaps-and-commissioning':
    'Not available: the gap between forecast need and supply needs both the forecast and the council’s supply data.',
  costs: 'Not available: no placement costs have been recorded yet (local data: placement costs, budget).',
  voice: 'Not available: no survey of children, carers or providers has been imported yet.',
  'strategy-progress':
    'No strategy recorded: priorities, actions and KPIs appear here once the strategy is entered.',
};

/** A section filled by another module (supply, gaps, costs, strategy), or its "not available" note. */
export function providedSection(id: StatementSectionId) {
  return (ctx: SectionContext): Block[] => {
    const provided = ctx.input.provided?.[id];
    if (!provided) return [{ kind: 'note', text: WAITING[id] ?? 'Not available.' }];
    if (provided.status !== 'ok') return [{ kind: 'note', text: `Not available: ${provided.reason}` }];
    return provided.blocks.map((b, i) => publishBlock(`${id}.${i}`, b, ctx.figures.options));
  };
}

/** A provided block as published: counts through disclosure control, money rounded. */
export function publishBlock(
  id: string,
  block: ProvidedBlock,
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
): Block {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
    case 'subheading':
      return { kind: block.kind, text: block.text };
    case 'list':
      return { kind: 'list', items: block.items };
    case 'text-table':
      return {
        kind: 'table',
        table: {
          caption: block.caption,
          head: block.head,
          rows: block.rows,
          ...(block.textColumns ? { textColumns: true } : {}),
        },
      };
    case 'counts': {
      const rowTotals = (block.totals ?? false) && (block.rowTotals ?? true);
      const published = discloseCounts(
        {
          id,
          title: block.caption,
          columns: block.columns,
          rows: block.rows,
          totals: block.totals ?? false,
          rowTotals: rowTotals,
        },
        block.about === 'capacity' ? { ...options, threshold: 0 } : options,
      );
      const text = (key: Record<string, string>) => cellText(findPublicCell(published, key));
      const rows = block.rows.map((r) => ({
        header: r.label,
        cells: [
          ...block.columns.map((col) => text({ row: r.label, col })),
          ...(rowTotals ? [text({ row: r.label })] : []),
        ],
      }));
      if (block.totals)
        rows.push({
          header: 'Total',
          cells: [...block.columns.map((col) => text({ col })), ...(rowTotals ? [text({})] : [])],
        });
      return {
        kind: 'table',
        table: {
          caption: block.caption,
          head: [block.unitLabel, ...block.columns, ...(rowTotals ? ['Total'] : [])],
          rows,
          ...(block.notes ? { notes: block.notes } : {}),
        },
      };
    }
    case 'amounts': {
      const step = block.roundTo ?? 1000;
      const money = (v: number | null | undefined) =>
        v === null || v === undefined ? 'x' : `£${(Math.round(v / step) * step).toLocaleString('en-GB')}`;
      return {
        kind: 'table',
        table: {
          caption: block.caption,
          head: [block.rowHeading ?? 'Item', ...block.columns],
          rows: block.rows.map((r) => ({
            header: r.label,
            cells: block.columns.map((_, j) => money(r.values[j])),
          })),
          notes: [...(block.notes ?? []), `Amounts rounded to the nearest £${step.toLocaleString('en-GB')}.`],
        },
      };
    }
  }
}
