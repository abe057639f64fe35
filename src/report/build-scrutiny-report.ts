import { type EpochDay, formatIsoDate } from '../dates/index.ts';
import { COUNCIL_DISCLOSURE, type DisclosureOptions } from '../indicators/disclosure/index.ts';
import type { StrategySummary } from '../plan/index.ts';
import { kpiChart } from './kpi-chart.ts';
import { longDate } from './long-date.ts';
import { publishBlock } from './sections/provided.ts';
import {
  DISCLOSURE_NOTE,
  type DocumentSection,
  type ScrutinySectionId,
  type StatementDocument,
} from './statement-document.ts';
import type { ProvidedBlock } from './statement-input.ts';
import { actionTables, kpiTable, NO_STRATEGY, strategyHeadline } from './strategy-blocks.ts';

export interface ScrutinyInput {
  council: { code: string; name: string };
  editionDate: EpochDay;
  /** The strategy on the report's date (plan/ `strategySummary`), or null when none is recorded. */
  strategy: StrategySummary | null;
  narratives?: Partial<Record<ScrutinySectionId, string>>;
  disclosure?: DisclosureOptions;
}

export const SCRUTINY_SECTIONS: readonly { id: ScrutinySectionId; heading: string }[] = [
  { id: 'summary', heading: 'Summary' },
  { id: 'priorities', heading: 'Priorities' },
  { id: 'kpis', heading: 'Key performance indicators against target' },
  { id: 'actions', heading: 'Actions and their RAG ratings' },
];

/**
 * The annual progress report to the scrutiny committee: where the strategy stands, its priorities, KPIs
 * against target and the action plan rated red, amber or green (in words as well as by name). Without a
 * strategy each section says "No strategy recorded". The same document model, so the same renderers.
 */
export function buildScrutinyReport(input: ScrutinyInput): StatementDocument {
  const options = input.disclosure ?? COUNCIL_DISCLOSURE;
  const s = input.strategy && input.strategy.priorities.length > 0 ? input.strategy : null;
  const provided: Record<ScrutinySectionId, ProvidedBlock[]> = s
    ? {
        summary: [{ kind: 'paragraph', text: strategyHeadline(s) }],
        priorities: [
          {
            kind: 'text-table',
            caption: 'Priorities and their actions by RAG rating',
            head: ['Priority', 'Actions', 'Green', 'Amber', 'Red'],
            rows: s.priorities.map((p) => ({
              header: `${p.position}. ${p.title}`,
              cells: [
                String(p.actions.length),
                ...(['green', 'amber', 'red'] as const).map((r) =>
                  String(p.actions.filter((a) => a.rag.rag === r).length),
                ),
              ],
            })),
          },
        ],
        kpis: s.kpis.length > 0 ? [kpiTable(s, options)] : [{ kind: 'note', text: 'No KPIs recorded.' }],
        actions: actionTables(s),
      }
    : { summary: [{ kind: 'note', text: NO_STRATEGY }], priorities: [], kpis: [], actions: [] };
  const sections: DocumentSection[] = SCRUTINY_SECTIONS.map(({ id, heading }) => {
    const blocks = provided[id].map((b, i) => publishBlock(`scrutiny.${id}.${i}`, b, options));
    if (id === 'kpis' && s)
      for (const kpi of s.kpis) {
        const chart = kpiChart(kpi, options);
        if (chart) blocks.push({ kind: 'chart', chart });
      }
    const narrative = (input.narratives?.[id] ?? '').trim();
    if (blocks.length === 0 && !narrative) blocks.push({ kind: 'note', text: 'No strategy recorded.' });
    return { id, heading, narrative, blocks };
  });
  return {
    kind: 'scrutiny-report',
    title: 'Sufficiency strategy: annual progress report to scrutiny',
    council: input.council,
    editionDate: formatIsoDate(input.editionDate),
    editionLabel: longDate(input.editionDate),
    coverage: `Progress to ${longDate(input.editionDate)}.`,
    sections,
    definitions: [],
    disclosureNote: DISCLOSURE_NOTE,
  };
}
