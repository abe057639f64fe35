import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import type { KpiSummary, StrategySummary } from '../plan/index.ts';
import { buildScrutinyReport } from './build-scrutiny-report.ts';
import type { StatementDocument, TableBlock } from './statement-document.ts';
import { strategySection } from './strategy-blocks.ts';

const asAt = day(2026, 11, 23);
const kpiBase = {
  priorityId: 1,
  direction: 'lower' as const,
  tolerance: 1,
  manualValues: [],
  baseline: { value: 9, date: day(2025, 3, 31) },
  target: { value: 2, date: day(2027, 3, 31) },
};

/**
 * One priority with two actions (one overdue → red, one overridden to amber) and two KPIs: children in
 * unregistered placements, 3 at 31 March 2026 (a count of 1–5: published as c), and in-house carers
 * recruited, a manual figure the council entered (12, shown as entered).
 */
const strategy: StrategySummary = {
  councilCode: 'E06000016',
  asAt,
  priorities: [
    {
      id: 1,
      position: 1,
      title: 'More in-house foster carers',
      description: 'Recruit above past levels.',
      kpiIds: [1, 2],
      actions: [
        {
          id: 1,
          priorityId: 1,
          title: 'Launch the recruitment campaign',
          description: '',
          owner: 'Head of fostering',
          partners: [],
          startDate: day(2026, 1, 1),
          dueDate: day(2026, 6, 30),
          status: 'in-progress',
          ragOverride: null,
          rag: { rag: 'red', suggested: { rag: 'red', reason: 'Overdue' }, override: null },
          updates: [
            {
              id: 1,
              actionId: 1,
              date: day(2026, 9, 1),
              text: 'Campaign delayed',
              evidence: { text: '', url: null },
              updatedBy: 'a',
              updatedAt: new Date(0),
            },
          ],
        },
        {
          id: 2,
          priorityId: 1,
          title: 'Adapt carers’ homes for siblings',
          description: '',
          owner: 'Commissioning lead',
          partners: [],
          startDate: null,
          dueDate: day(2027, 3, 31),
          status: 'not-started',
          ragOverride: { rag: 'amber', reason: 'capital bid pending' },
          rag: {
            rag: 'amber',
            suggested: { rag: 'green', reason: 'On schedule' },
            override: { rag: 'amber', reason: 'capital bid pending' },
          },
          updates: [],
        },
      ],
    },
  ],
  kpis: [
    {
      ...kpiBase,
      id: 1,
      title: 'Children in unregistered placements',
      unit: 'children',
      link: { source: 'indicator', key: 'unregistered.other-codes-at-31-march' },
      assessment: {
        status: 'on-track',
        actual: { date: day(2026, 3, 31), value: 3 },
        expected: 4.2,
        reason: '',
      },
      series: { actual: [{ date: day(2026, 3, 31), value: 3 }], trajectory: [] },
      unavailable: null,
    } as KpiSummary,
    {
      ...kpiBase,
      id: 2,
      direction: 'higher',
      title: 'In-house carers recruited',
      unit: 'households',
      link: { source: 'manual', key: 'recruited' },
      baseline: { value: 8, date: day(2025, 3, 31) },
      target: { value: 20, date: day(2027, 3, 31) },
      assessment: {
        status: 'off-track',
        actual: { date: day(2026, 3, 31), value: 12 },
        expected: 14,
        reason: '',
      },
      series: { actual: [{ date: day(2026, 3, 31), value: 12 }], trajectory: [] },
      unavailable: null,
    } as KpiSummary,
  ],
  ragCounts: { red: 1, amber: 1, green: 0, 'not-rated': 0 },
};

function tables(doc: StatementDocument, id: string): TableBlock[] {
  return (doc.sections.find((s) => s.id === id)?.blocks ?? []).flatMap((b) =>
    b.kind === 'table' ? [b.table] : [],
  );
}

describe('buildScrutinyReport', () => {
  const doc = buildScrutinyReport({
    council: { code: 'E06000016', name: 'Leicester' },
    editionDate: asAt,
    strategy,
  });

  it('summarises the actions by RAG and the KPIs by status', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Summary',
      'Priorities',
      'Key performance indicators against target',
      'Actions and their RAG ratings',
    ]);
    expect(doc.sections[0]?.blocks[0]).toEqual({
      kind: 'paragraph',
      text: '1 priorities and 2 actions: 0 green, 1 amber, 1 red. 2 KPIs: 1 on track, 1 off track.',
    });
  });

  it('shows KPIs against target, a small count from the data as c and a manual figure as entered', () => {
    expect(tables(doc, 'kpis')[0]?.rows).toEqual([
      {
        header: 'Children in unregistered placements',
        cells: ['9 children (31/03/2025)', 'c (31/03/2026)', '2 children by 31/03/2027', 'On track'],
      },
      {
        header: 'In-house carers recruited',
        cells: [
          '8 households (31/03/2025)',
          '12 households (31/03/2026)',
          '20 households by 31/03/2027',
          'Off track',
        ],
      },
    ]);
  });

  it('charts each KPI against its trajectory, the suppressed actual a gap and c in the table', () => {
    const charts = (doc.sections.find((s) => s.id === 'kpis')?.blocks ?? []).flatMap((b) =>
      b.kind === 'chart' ? [b.chart] : [],
    );
    expect(charts.map((c) => c.title)).toEqual([
      'Children in unregistered placements',
      'In-house carers recruited',
    ]);
    // Trajectory 9 → 2 from 31/03/2025 to 31/03/2027: 5.5 halfway (31/03/2026, 365 of 730 days).
    expect(charts[0]?.table.rows).toEqual([
      { header: '31/03/2025', cells: ['—', '9'] },
      { header: '31/03/2026', cells: ['c', '5.5'] },
      { header: '31/03/2027', cells: ['—', '2'] },
    ]);
    const series = charts[0]?.option.series as { data: [number, number | null][] }[];
    expect(series[0]?.data).toEqual([[day(2026, 3, 31) * 86_400_000, null]]);
  });

  it('rates each action in words, with the reason for an override and the latest progress', () => {
    expect(tables(doc, 'actions')[0]?.rows).toEqual([
      {
        header: 'Launch the recruitment campaign',
        cells: ['Head of fostering', '30/06/2026', 'In progress', 'Red', '01/09/2026: Campaign delayed'],
      },
      {
        header: 'Adapt carers’ homes for siblings',
        cells: ['Commissioning lead', '31/03/2027', 'Not started', 'Amber (set: capital bid pending)', '—'],
      },
    ]);
  });

  it('says "No strategy recorded" without one, in the report and in the statement section', () => {
    const empty = buildScrutinyReport({
      council: { code: 'E06000016', name: 'Leicester' },
      editionDate: asAt,
      strategy: null,
    });
    for (const section of empty.sections)
      expect(JSON.stringify(section.blocks)).toContain('No strategy recorded');
    expect(strategySection(null)[0]).toMatchObject({
      kind: 'note',
      text: expect.stringMatching(/^No strategy recorded/),
    });
  });
});
