import { useMemo } from 'react';
import { query } from '../../api/client.ts';
import { TrendChart } from '../../components/trend-chart.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatFigure, shownFigure, unitName } from './figures.ts';
import type { IndicatorView, TrendAnswer } from './types.ts';

/** An indicator's headline over every loaded year: a line chart (England dashed where known) and its table. */
export function IndicatorTrend({
  code,
  id,
  title,
  unit,
  view = 'full',
}: {
  code: string;
  id: string;
  title: string;
  unit: string;
  /** `public`: every year as published (disclosed together), marks instead of suppressed figures. */
  view?: IndicatorView;
}) {
  const { data } = useApi<TrendAnswer>(
    `/api/councils/${encodeURIComponent(code)}/indicators/trend${query({ id, view: view === 'public' ? view : undefined })}`,
  );
  const points = data?.points ?? [];
  const hasEngland = points.some((p) => p.england !== null);
  // England's count is on another scale from one council's: only shares and rates share an axis with it.
  const englandLine = hasEngland && (unit === 'percent' || unit === 'rate-per-10000');
  const labels = useMemo(() => points.map((p) => p.label), [points]);
  const series = useMemo(
    () => [
      { name: 'This council', values: points.map((p) => p.value) },
      ...(englandLine ? [{ name: 'England', values: points.map((p) => p.england) }] : []),
    ],
    [points, englandLine],
  );
  if (points.length < 2) return null;
  const first = points[0];
  const last = points.at(-1);
  const description = `Line chart: ${title}, ${first?.label} to ${last?.label}: ${first ? shownFigure(first, unit) : ''} in ${first?.label}, ${last ? shownFigure(last, unit) : ''} in ${last?.label}${englandLine ? ', with England' : ''}. The table below gives every figure.`;
  return (
    <>
      <h4 className="heading-s">Trend over the years loaded</h4>
      <TrendChart labels={labels} series={series} description={description} />
      <div className="table-scroll">
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">{title}: by year</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">
                {unitName(unit)}
              </th>
              {hasEngland ? (
                <th scope="col" className="num">
                  England
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.collectionYear}>
                <th scope="row">{p.label}</th>
                <td className="num">{shownFigure(p, unit)}</td>
                {hasEngland ? <td className="num">{formatFigure(p.england, unit)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
