import type { EpochDay } from '../dates/index.ts';
import type { Kpi, KpiPoint } from './kpi.ts';
import type { KpiResolution } from './kpi-resolvers.ts';
import { assessKpi, type KpiAssessment, trajectoryValue } from './kpi-status.ts';
import type { Action, Priority, ProgressUpdate, Rag } from './strategy.ts';
import { type ActionRag, actionRag } from './suggest-rag.ts';

export interface ActionSummary extends Omit<Action, 'councilCode' | 'updatedAt' | 'updatedBy'> {
  rag: ActionRag;
  /** Progress updates dated on or before the summary's day, oldest first. */
  updates: Omit<ProgressUpdate, 'councilCode'>[];
}

export interface KpiSummary extends Omit<Kpi, 'councilCode' | 'updatedAt' | 'updatedBy'> {
  assessment: KpiAssessment;
  /** Actual figures on or before the summary's day, and the trajectory at the baseline, each actual and the target. */
  series: { actual: KpiPoint[]; trajectory: { date: EpochDay; value: number }[] };
  /** Why there are no figures, when the source could not give any. */
  unavailable: string | null;
}

export interface PrioritySummary extends Omit<Priority, 'councilCode' | 'updatedAt' | 'updatedBy'> {
  actions: ActionSummary[];
  kpiIds: number[];
}

/** The strategy on a day: what the statement, the progress report and the screens show. No child-level data. */
export interface StrategySummary {
  councilCode: string;
  asAt: EpochDay;
  priorities: PrioritySummary[];
  kpis: KpiSummary[];
  /** Actions by the RAG shown (dropped actions are "not-rated"). */
  ragCounts: Record<Rag | 'not-rated', number>;
}

/**
 * The strategy summarised on `asAt` from its records and each KPI's resolved figures (pure: the caller
 * loads and resolves). Actions carry their RAG (override and suggestion), KPIs their status and series.
 */
export function summariseStrategy(
  councilCode: string,
  records: { priorities: Priority[]; actions: Action[]; updates: ProgressUpdate[]; kpis: Kpi[] },
  resolutions: ReadonlyMap<number, KpiResolution>,
  asAt: EpochDay,
): StrategySummary {
  const ragCounts: StrategySummary['ragCounts'] = { red: 0, amber: 0, green: 0, 'not-rated': 0 };
  const priorities = records.priorities.map((p) => {
    const actions = records.actions
      .filter((a) => a.priorityId === p.id)
      .map((a): ActionSummary => {
        const rag = actionRag(a, asAt);
        ragCounts[rag.rag ?? 'not-rated'] += 1;
        const { councilCode: _c, updatedAt: _at, updatedBy: _by, ...rest } = a;
        const updates = records.updates
          .filter((u) => u.actionId === a.id && u.date <= asAt)
          .map(({ councilCode: _uc, ...u }) => u);
        return { ...rest, rag, updates };
      });
    const { councilCode: _c, updatedAt: _at, updatedBy: _by, ...rest } = p;
    return { ...rest, actions, kpiIds: records.kpis.filter((k) => k.priorityId === p.id).map((k) => k.id) };
  });
  const kpis = records.kpis.map((k) => kpiSummary(k, resolutions.get(k.id), asAt));
  return { councilCode, asAt, priorities, kpis, ragCounts };
}

function kpiSummary(kpi: Kpi, resolution: KpiResolution | undefined, asAt: EpochDay): KpiSummary {
  const points = resolution?.status === 'ok' ? resolution.points.filter((p) => p.date <= asAt) : [];
  const dates = [...new Set([kpi.baseline.date, ...points.map((p) => p.date), kpi.target.date])].sort(
    (a, b) => a - b,
  );
  const { councilCode: _c, updatedAt: _at, updatedBy: _by, ...rest } = kpi;
  return {
    ...rest,
    assessment: assessKpi(kpi, points, asAt),
    series: {
      actual: points,
      trajectory: dates.map((date) => ({ date, value: trajectoryValue(kpi, date) })),
    },
    unavailable:
      resolution === undefined
        ? 'Not resolved'
        : resolution.status === 'unavailable'
          ? resolution.reason
          : null,
  };
}
