import { useMemo } from 'react';
import { type Series, TrendChart } from '../../components/trend-chart.tsx';
import { type BacktestView, CATEGORY_TEXT, type Category, ukDate } from './types.ts';

const pct = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`);
const num = (n: number | null, digits = 2) => (n === null ? '–' : n.toFixed(digits));
const label = (key: string) => CATEGORY_TEXT[key as Category | 'total'] ?? key;

/** A plain reading of the +1 year score for all children. */
function reading(view: BacktestView): string {
  const first = view.scores.find((s) => s.key === 'total' && s.horizon === 1);
  if (!first || first.relativeMae === null)
    return 'There is not enough history to test the forecast yet: it needs two full years before a 31 March and one after.';
  const better = first.relativeMae < 1;
  return `One year ahead, the forecast’s error for all children was ${num(first.relativeMae)} times the error of assuming nothing changes (below 1 means better than no change): ${
    better ? 'better than no change' : 'no better than no change'
  }. Its 80% range held what happened ${pct(first.coverage80)} of the time (about 80% is right; each past range scaled only by the errors that could be seen on its start date).`;
}

/** (c) The backtest: relative MAE vs no change, bias and coverage by horizon, and past forecasts against what happened. */
export function BacktestPanel({ view }: { view: BacktestView }) {
  const total = view.rows.filter((r) => r.key === 'total' && r.horizon === 1);
  const chart = useMemo(() => {
    const labels = total.map((r) => ukDate(r.origin));
    const series: Series[] = [
      { name: 'What happened', values: total.map((r) => r.truth) },
      { name: 'Forecast one year before', values: total.map((r) => r.forecast) },
      { name: 'No change', values: total.map((r) => r.noChange) },
    ];
    return { labels, series };
  }, [total]);
  return (
    <section aria-labelledby="backtest-heading">
      <h2 className="heading-l" id="backtest-heading">
        How well it would have done: the backtest
      </h2>
      <p className="body">
        Forecasts made from past 31 Marches with only the data known then ({view.choice.referenceYears} years
        of history, entries {view.choice.entries}), scored against what happened.
      </p>
      <p className="body">{reading(view)}</p>
      <div className="table-scroll">
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">Backtest scores</caption>
          <thead>
            <tr>
              <th scope="col">Years ahead</th>
              <th scope="col">Placement type</th>
              <th scope="col" className="num">
                Forecasts
              </th>
              <th scope="col" className="num">
                Error vs no change (below 1 is better)
              </th>
              <th scope="col" className="num">
                Bias (children)
              </th>
              <th scope="col" className="num">
                80% range held
              </th>
              <th scope="col" className="num">
                90% range held
              </th>
            </tr>
          </thead>
          <tbody>
            {view.scores.map((s) => (
              <tr key={`${s.horizon}-${s.key}`}>
                <td>+{s.horizon}</td>
                <td>{label(s.key)}</td>
                <td className="num">{s.n}</td>
                <td className="num">{num(s.relativeMae)}</td>
                <td className="num">{num(s.bias, 1)}</td>
                <td className="num">{pct(s.coverage80)}</td>
                <td className="num">{pct(s.coverage90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total.length ? (
        <>
          <h3 className="heading-m">Past forecasts one year ahead against what happened (all children)</h3>
          <TrendChart
            labels={chart.labels.map((l) => `from ${l}`)}
            series={chart.series}
            description="Line chart: for each past 31 March, the forecast one year ahead, what happened and the no-change forecast. The figures are in the table below."
          />
          <table className="table table--compact">
            <caption className="table__caption table__caption--s">
              Forecasts one year ahead (all children)
            </caption>
            <thead>
              <tr>
                <th scope="col">Forecast from</th>
                <th scope="col" className="num">
                  Forecast (80% range)
                </th>
                <th scope="col" className="num">
                  What happened
                </th>
                <th scope="col" className="num">
                  No change
                </th>
              </tr>
            </thead>
            <tbody>
              {total.map((r) => (
                <tr key={r.origin}>
                  <td>{ukDate(r.origin)}</td>
                  <td className="num">
                    {Math.round(r.forecast)} ({Math.round(r.p10)}–{Math.round(r.p90)})
                  </td>
                  <td className="num">{r.truth}</td>
                  <td className="num">{r.noChange}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
