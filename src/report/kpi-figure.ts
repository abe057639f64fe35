import {
  COUNCIL_DISCLOSURE,
  type DisclosureOptions,
  discloseIndicator,
} from '../indicators/disclosure/index.ts';
import type { Unit } from '../indicators/index.ts';
import type { KpiPoint, KpiSummary } from '../plan/index.ts';
import { figureText } from './figure-text.ts';

/**
 * A KPI figure as published. Figures from the council's data (indicator, forecast and gap KPIs) pass
 * disclosure control as a one-cell indicator: a count of 1–5 is `c`, a percentage or rate needs its base
 * (10 or more) and a numerator above 5. A manual KPI's figures are the council's own entries (e.g. carers
 * recruited), shown as entered. Targets are intentions, not data about children, and are shown as set.
 */
export function kpiFigure(
  kpi: Pick<KpiSummary, 'unit' | 'link'>,
  point: Pick<KpiPoint, 'value' | 'numerator' | 'denominator'> | null,
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
): string {
  return publishKpiPoint(kpi, point, options).text;
}

/** A KPI figure as published: its text and, when it is shown as a number, the number (for charts). */
export function publishKpiPoint(
  kpi: Pick<KpiSummary, 'unit' | 'link'>,
  point: Pick<KpiPoint, 'value' | 'numerator' | 'denominator'> | null,
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
): { text: string; value: number | null } {
  if (!point || point.value === null) return { text: 'no figure', value: null };
  const unit = unitOf(kpi.unit);
  if (kpi.link.source === 'manual')
    return { text: withUnit(point.value, kpi.unit, unit), value: point.value };
  const cell: { key: Record<string, string>; value: number; numerator?: number; denominator?: number } = {
    key: {},
    value: point.value,
  };
  if (point.numerator !== undefined) cell.numerator = point.numerator;
  if (point.denominator !== undefined) cell.denominator = point.denominator;
  const published = discloseIndicator(
    {
      id: 'kpi',
      theme: 'population',
      title: 'KPI',
      definition: '',
      unit,
      collectionYear: 0,
      dimensions: [],
      cells: [cell],
    },
    options,
  ).cells[0];
  const text = figureText(published, unit);
  if (!published || published.flag) return { text, value: null };
  return { text: unit !== 'children' ? text : `${text} ${kpi.unit}`.trim(), value: published.value };
}

/** A target or baseline as set: the number with its unit. */
export function kpiTarget(kpi: Pick<KpiSummary, 'unit'>, value: number): string {
  return withUnit(value, kpi.unit, unitOf(kpi.unit));
}

function unitOf(text: string): Unit {
  const t = text.trim().toLowerCase();
  if (t === '%' || t.includes('per cent') || t.includes('percent')) return 'percent';
  if (t.includes('10,000') || t.includes('10000')) return 'rate-per-10000';
  return 'children';
}

function withUnit(value: number, text: string, unit: Unit): string {
  const n = value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  if (unit === 'percent') return `${n}%`;
  if (unit === 'rate-per-10000') return `${n} per 10,000`;
  return `${n} ${text}`.trim();
}
