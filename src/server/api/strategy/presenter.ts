import { type EpochDay, formatIsoDate } from '../../../dates/index.ts';
import type {
  ActionSummary,
  Kpi,
  KpiSummary,
  Priority,
  ProgressUpdate,
  StrategySummary,
} from '../../../plan/index.ts';
import { ACTION_STATUS_LABELS, KPI_STATUS_LABELS } from '../../../plan/index.ts';
import type { StrategyChange } from '../../../store/index.ts';

const iso = (d: EpochDay) => formatIsoDate(d);
const isoOrNull = (d: EpochDay | null) => (d === null ? null : iso(d));

export function presentPriority(p: Priority) {
  return {
    id: p.id,
    position: p.position,
    title: p.title,
    description: p.description,
    updatedBy: p.updatedBy,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function presentUpdate(u: Omit<ProgressUpdate, 'councilCode'>) {
  return {
    id: u.id,
    actionId: u.actionId,
    date: iso(u.date),
    text: u.text,
    evidence: u.evidence,
    updatedBy: u.updatedBy,
    updatedAt: u.updatedAt.toISOString(),
  };
}

export function presentAction(a: ActionSummary) {
  return {
    id: a.id,
    priorityId: a.priorityId,
    title: a.title,
    description: a.description,
    owner: a.owner,
    partners: a.partners,
    startDate: isoOrNull(a.startDate),
    dueDate: isoOrNull(a.dueDate),
    status: a.status,
    statusLabel: ACTION_STATUS_LABELS[a.status],
    rag: a.rag,
    updates: a.updates.map(presentUpdate),
  };
}

export function presentKpi(k: Kpi | KpiSummary) {
  return {
    id: k.id,
    priorityId: k.priorityId,
    title: k.title,
    unit: k.unit,
    link: k.link,
    baseline: { value: k.baseline.value, date: iso(k.baseline.date) },
    target: { value: k.target.value, date: iso(k.target.date) },
    direction: k.direction,
    tolerance: k.tolerance,
    manualValues: k.manualValues.map((v) => ({ date: iso(v.date), value: v.value })),
  };
}

function presentKpiSummary(k: KpiSummary) {
  const { assessment } = k;
  return {
    ...presentKpi(k),
    status: assessment.status,
    statusLabel: KPI_STATUS_LABELS[assessment.status],
    statusReason: assessment.reason,
    latest: assessment.actual
      ? { date: iso(assessment.actual.date), value: assessment.actual.value, expected: assessment.expected }
      : null,
    series: {
      actual: k.series.actual.map((p) => ({ date: iso(p.date), value: p.value })),
      trajectory: k.series.trajectory.map((p) => ({ date: iso(p.date), value: p.value })),
    },
    unavailable: k.unavailable,
  };
}

/** The strategy as the screens show it: priorities with their actions (RAG, updates) and KPIs with status. */
export function presentSummary(s: StrategySummary) {
  return {
    councilCode: s.councilCode,
    asAt: iso(s.asAt),
    ragCounts: s.ragCounts,
    priorities: s.priorities.map((p) => ({
      id: p.id,
      position: p.position,
      title: p.title,
      description: p.description,
      kpiIds: p.kpiIds,
      actions: p.actions.map(presentAction),
    })),
    kpis: s.kpis.map(presentKpiSummary),
  };
}

export function presentChange(c: StrategyChange) {
  return {
    id: c.id,
    entity: c.entity,
    entityId: c.entityId,
    operation: c.operation,
    actor: c.actor,
    at: c.at.toISOString(),
    before: c.before,
    after: c.after,
  };
}
