import { formatUkDate } from '../dates/index.ts';
import { COUNCIL_DISCLOSURE, type DisclosureOptions } from '../indicators/disclosure/index.ts';
import {
  ACTION_STATUS_LABELS,
  KPI_STATUS_LABELS,
  type KpiPoint,
  type KpiSummary,
  type StrategySummary,
} from '../plan/index.ts';
import { kpiFigure, kpiTarget } from './kpi-figure.ts';
import type { ProvidedBlock } from './statement-input.ts';

const RAG_LABELS = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

export const NO_STRATEGY =
  'No strategy recorded: priorities, actions and KPIs appear here once the strategy is entered.';

/** One line on where the strategy stands: actions by RAG and KPIs by status. */
export function strategyHeadline(summary: StrategySummary): string {
  const { red, amber, green } = summary.ragCounts;
  const actions = red + amber + green + summary.ragCounts['not-rated'];
  const statuses = new Map<string, number>();
  for (const k of summary.kpis)
    statuses.set(k.assessment.status, (statuses.get(k.assessment.status) ?? 0) + 1);
  const kpiText = [...statuses.entries()]
    .map(([s, n]) => `${n} ${KPI_STATUS_LABELS[s as keyof typeof KPI_STATUS_LABELS].toLowerCase()}`)
    .join(', ');
  return (
    `${summary.priorities.length} priorities and ${actions} actions: ${green} green, ${amber} amber, ${red} red` +
    `${summary.ragCounts['not-rated'] ? `, ${summary.ragCounts['not-rated']} not rated` : ''}. ` +
    `${summary.kpis.length} KPIs${kpiText ? `: ${kpiText}` : ''}.`
  );
}

/** The KPIs against target: baseline, latest figure (disclosure-controlled), target, status and why. */
export function kpiTable(
  summary: StrategySummary,
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
): ProvidedBlock {
  return {
    kind: 'text-table',
    caption: 'Key performance indicators against target',
    textColumns: true,
    head: ['KPI', 'Baseline', 'Latest', 'Target', 'Status'],
    rows: summary.kpis.map((k) => ({
      header: k.title,
      cells: [
        `${kpiFigure(k, baselinePoint(k), options)} (${formatUkDate(k.baseline.date)})`,
        k.assessment.actual
          ? `${kpiFigure(k, k.assessment.actual, options)} (${formatUkDate(k.assessment.actual.date)})`
          : 'no figure',
        `${kpiTarget(k, k.target.value)} by ${formatUkDate(k.target.date)}`,
        KPI_STATUS_LABELS[k.assessment.status],
      ],
    })),
  };
}

/**
 * The baseline as set, to disclose: a percentage or rate needs its base, taken from the actual figure of the
 * baseline's date when there is one.
 */
function baselinePoint(k: KpiSummary): KpiPoint {
  const actual = k.series.actual.find((p) => p.date === k.baseline.date && p.value !== null);
  const point: KpiPoint = { date: k.baseline.date, value: k.baseline.value };
  if (actual?.denominator !== undefined) {
    point.denominator = actual.denominator;
    // The numerator the set value implies on that base (a reader could work it out the same way).
    point.numerator = Math.round(
      (k.baseline.value * actual.denominator) / (k.unit.includes('10,000') ? 10000 : 100),
    );
  }
  return point;
}

/** Each priority's actions: owner, due date, status and RAG rating in words (never colour alone). */
export function actionTables(summary: StrategySummary): ProvidedBlock[] {
  return summary.priorities.flatMap((p): ProvidedBlock[] => [
    { kind: 'subheading', text: `${p.position}. ${p.title}` },
    ...(p.description ? [{ kind: 'paragraph' as const, text: p.description }] : []),
    p.actions.length === 0
      ? { kind: 'note', text: 'No actions recorded under this priority.' }
      : {
          kind: 'text-table',
          caption: `Actions: ${p.title}`,
          textColumns: true,
          head: ['Action', 'Owner', 'Due', 'Status', 'RAG', 'Latest progress'],
          rows: p.actions.map((a) => {
            const latest = a.updates.at(-1);
            const rag = a.rag.rag ? RAG_LABELS[a.rag.rag] : 'Not rated';
            return {
              header: a.title,
              cells: [
                a.owner,
                a.dueDate === null ? '—' : formatUkDate(a.dueDate),
                ACTION_STATUS_LABELS[a.status],
                a.rag.override ? `${rag} (set: ${a.rag.override.reason})` : rag,
                latest ? `${formatUkDate(latest.date)}: ${latest.text}` : '—',
              ],
            };
          }),
        },
  ]);
}

/** The statement's strategy section: the headline, the KPIs and the action plan. */
export function strategySection(
  summary: StrategySummary | null,
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
): ProvidedBlock[] {
  if (!summary || summary.priorities.length === 0) return [{ kind: 'note', text: NO_STRATEGY }];
  return [
    { kind: 'paragraph', text: strategyHeadline(summary) },
    ...(summary.kpis.length > 0 ? [kpiTable(summary, options)] : []),
    ...actionTables(summary),
  ];
}
