import { BreakdownChart } from './breakdown-chart.tsx';
import { CellTable } from './cell-table.tsx';
import { formatFigure } from './figures.ts';
import { IndicatorTrend } from './indicator-trend.tsx';
import type { Indicator } from './types.ts';

/**
 * One indicator: its title, a chart (bars for a breakdown; the trend for a headline) with the same figures
 * in a table below, England's figure, the unknowns, and how it is counted.
 */
export function IndicatorSection({
  indicator,
  code,
  drill,
  trend,
}: {
  indicator: Indicator;
  code: string;
  drill: boolean;
  /** Show the trend over the loaded years (when more than one is loaded). */
  trend: boolean;
}) {
  const headingId = `indicator-${indicator.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const england = indicator.england;
  return (
    <section className="indicator" aria-labelledby={headingId}>
      <h3 className="heading-m" id={headingId}>
        {indicator.title}
      </h3>
      {indicator.dimensions.length > 0 ? <BreakdownChart indicator={indicator} /> : null}
      <CellTable indicator={indicator} code={code} drill={drill} />
      {england !== undefined && england !== null ? (
        <p className="body">England: {formatFigure(england, indicator.unit)}</p>
      ) : null}
      {indicator.unknown && indicator.unknown.count > 0 ? (
        <p className="body">
          Unknown: {indicator.unknown.count.toLocaleString('en-GB')} ({indicator.unknown.reason})
        </p>
      ) : null}
      {trend && indicator.cells.some((c) => Object.keys(c.key).length === 0) ? (
        <IndicatorTrend code={code} id={indicator.id} title={indicator.title} unit={indicator.unit} />
      ) : null}
      <details className="details">
        <summary className="details__summary">How this is counted</summary>
        <div className="details__text">{indicator.definition}</div>
      </details>
    </section>
  );
}
