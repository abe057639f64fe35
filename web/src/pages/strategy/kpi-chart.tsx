import { useMemo } from 'react';
import { TrendChart } from '../../components/trend-chart.tsx';
import { formatDate } from '../../format/format.ts';
import type { Kpi } from './types.ts';

/** The dates of a KPI's chart and table: baseline, every actual figure, target. */
function rows(kpi: Kpi) {
  const dates = [
    ...new Set([...kpi.series.trajectory.map((p) => p.date), ...kpi.series.actual.map((p) => p.date)]),
  ].sort();
  const actual = new Map(kpi.series.actual.map((p) => [p.date, p.value]));
  const trajectory = new Map(kpi.series.trajectory.map((p) => [p.date, p.value]));
  return dates.map((date) => ({
    date,
    actual: actual.get(date) ?? null,
    trajectory: trajectory.get(date) ?? null,
  }));
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** A small chart of a KPI's actual figures against its trajectory and target, then the same as a table. */
export function KpiChart({ kpi }: { kpi: Kpi }) {
  const table = useMemo(() => rows(kpi), [kpi]);
  const labels = useMemo(() => table.map((r) => formatDate(r.date)), [table]);
  const series = useMemo(
    () => [
      { name: 'Actual', values: table.map((r) => r.actual) },
      { name: 'Trajectory', values: table.map((r) => round(r.trajectory)) },
      { name: 'Target', values: table.map(() => kpi.target.value) },
    ],
    [table, kpi.target.value],
  );
  return (
    <>
      <TrendChart
        labels={labels}
        series={series}
        description={`${kpi.title}: actual figures against the trajectory from ${kpi.baseline.value} to the target of ${kpi.target.value}. The same figures are in the table below.`}
      />
      <div className="table-scroll">
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">{kpi.title}: actual and trajectory</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                Actual
              </th>
              <th scope="col" className="num">
                Trajectory
              </th>
            </tr>
          </thead>
          <tbody>
            {table.map((r) => (
              <tr key={r.date}>
                <th scope="row">{formatDate(r.date)}</th>
                <td className="num">{r.actual ?? '–'}</td>
                <td className="num">{round(r.trajectory) ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
