import type { EpochDay } from '../dates/index.ts';

/** Where a KPI's actual figures come from. forecast and gap are resolved by functions other modules supply. */
export type KpiSource = 'indicator' | 'forecast' | 'gap' | 'manual';

export const KPI_SOURCES: readonly KpiSource[] = ['indicator', 'forecast', 'gap', 'manual'];

/**
 * The figure a KPI follows: for `indicator`, `key` is the indicator id (e.g.
 * `population.looked-after-at-31-march`) and `cell` picks a cell (the headline when absent); for `manual`,
 * the values are entered by hand; forecast and gap keys are the resolver's to define.
 */
export interface KpiLink {
  source: KpiSource;
  key: string;
  cell?: Record<string, string>;
}

/** Whether a bigger figure is better (more in-house carers) or a smaller one (children placed > 20 miles). */
export type KpiDirection = 'higher' | 'lower';

/** One actual figure of a KPI on a day. */
export interface KpiPoint {
  date: EpochDay;
  value: number | null;
  /** For shares and rates, what they are computed from (so a publisher can apply disclosure control). */
  numerator?: number;
  denominator?: number;
}

export interface Kpi {
  id: number;
  councilCode: string;
  /** The priority it measures, if any. */
  priorityId: number | null;
  title: string;
  /** As shown beside figures: "children", "%", "per 10,000". */
  unit: string;
  link: KpiLink;
  baseline: { value: number; date: EpochDay };
  target: { value: number; date: EpochDay };
  direction: KpiDirection;
  /** How far behind the trajectory (in the KPI's unit) still counts as on track. */
  tolerance: number;
  /** Entered values of a manual KPI, by date. */
  manualValues: { date: EpochDay; value: number }[];
  updatedBy: string;
  updatedAt: Date;
}

export type KpiStatus = 'on-track' | 'off-track' | 'achieved' | 'no-data';

export const KPI_STATUS_LABELS: Readonly<Record<KpiStatus, string>> = {
  'on-track': 'On track',
  'off-track': 'Off track',
  achieved: 'Achieved',
  'no-data': 'No data',
};
