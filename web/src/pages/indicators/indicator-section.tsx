import { BreakdownChart } from './breakdown-chart.tsx';
import { CellTable } from './cell-table.tsx';
import { formatFigure } from './figures.ts';
import { IndicatorTrend } from './indicator-trend.tsx';
import type { Indicator, IndicatorView } from './types.ts';

/**
 * One indicator: its title, a chart (bars for a breakdown; the trend for a headline) with the same figures
 * in a table below, England's figure, the unknowns, and how it is counted.
 */
export function IndicatorSection({
  indicator,
  code,
  drill,
  trend,
  view = 'full',
}: {
  indicator: Indicator;
  code: string;
  drill: boolean;
  /** Show the trend over the loaded years (when more than one is loaded). */
  trend: boolean;
  /** `public`: as published, small numbers suppressed (no drill-down). */
  view?: IndicatorView;
}) {
  const headingId = `indicator-${indicator.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const england = indicator.england;
  const source = indicator.cells.find((c) => Object.keys(c.key).length === 0)?.comparators?.englandSource;
  const unknown = indicator.unknown;
  return (
    <section className="indicator" aria-labelledby={headingId}>
      <h3 className="heading-m" id={headingId}>
        {indicator.title}
      </h3>
      {indicator.dimensions.length > 0 ? <BreakdownChart indicator={indicator} /> : null}
      <CellTable indicator={indicator} code={code} drill={drill && view === 'full'} />
      {england !== undefined && england !== null ? (
        <p className="body">
          England: {formatFigure(england, indicator.unit)}
          {source ? ` (${source})` : ''}
        </p>
      ) : null}
      {unknown && unknown.count !== 0 ? (
        <p className="body">
          Unknown: {unknown.display ?? unknown.count?.toLocaleString('en-GB')} ({unknown.reason})
        </p>
      ) : null}
      {trend && indicator.cells.some((c) => Object.keys(c.key).length === 0) ? (
        <IndicatorTrend
          code={code}
          id={indicator.id}
          title={indicator.title}
          unit={indicator.unit}
          view={view}
        />
      ) : null}
      <details className="details">
        <summary className="details__summary">How this is counted</summary>
        <div className="details__text">{indicator.definition}</div>
      </details>
    </section>
  );
}
