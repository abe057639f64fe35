/** The strategy API's answers (src/server/api/strategy/presenter.ts). */
export type Rag = 'red' | 'amber' | 'green';
export type ActionStatus = 'not-started' | 'in-progress' | 'done' | 'dropped';

export interface ProgressUpdate {
  id: number;
  actionId: number;
  date: string;
  text: string;
  evidence: { text: string; url: string | null };
  updatedBy: string;
  updatedAt: string;
}

export interface Action {
  id: number;
  priorityId: number;
  title: string;
  description: string;
  owner: string;
  partners: string[];
  startDate: string | null;
  dueDate: string | null;
  status: ActionStatus;
  statusLabel: string;
  rag: {
    rag: Rag | null;
    suggested: { rag: Rag | null; reason: string };
    override: { rag: Rag; reason: string } | null;
  };
  updates: ProgressUpdate[];
}

export interface Priority {
  id: number;
  position: number;
  title: string;
  description: string;
  kpiIds: number[];
  actions: Action[];
}

export interface Kpi {
  id: number;
  priorityId: number | null;
  title: string;
  unit: string;
  link: { source: 'indicator' | 'forecast' | 'gap' | 'manual'; key: string; cell?: Record<string, string> };
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  direction: 'higher' | 'lower';
  tolerance: number;
  manualValues: { date: string; value: number }[];
  status: 'on-track' | 'off-track' | 'achieved' | 'no-data';
  statusLabel: string;
  statusReason: string;
  latest: { date: string; value: number | null; expected: number | null } | null;
  series: { actual: { date: string; value: number | null }[]; trajectory: { date: string; value: number }[] };
  unavailable: string | null;
}

export interface Strategy {
  councilCode: string;
  asAt: string;
  ragCounts: Record<Rag | 'not-rated', number>;
  priorities: Priority[];
  kpis: Kpi[];
}

export interface Change {
  id: number;
  entity: 'priority' | 'action' | 'update' | 'kpi';
  entityId: number;
  operation: 'create' | 'update' | 'delete';
  actor: string;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
