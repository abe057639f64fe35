import { useMemo, useState } from 'react';
import { Select } from '../../components/fields.tsx';
import { FanChart, type FanPoint } from './fan-chart.tsx';
import {
  BANDS,
  type Band,
  CATEGORIES,
  CATEGORY_TEXT,
  type Category,
  type ForecastView,
  ukDate,
  whole,
} from './types.ts';

type Series = Category | 'total';

/** The fan of one series: a category (optionally within an age band) or all placements. */
function pointsOf(view: ForecastView, series: Series, band: Band | 'all'): FanPoint[] {
  const recorded = view.history.map((h) => ({
    label: ukDate(h.date),
    recorded:
      band === 'all'
        ? series === 'total'
          ? h.total
          : h.byCategory[series]
        : series === 'total'
          ? CATEGORIES.reduce((s, c) => s + h.byBand[band][c], 0)
          : h.byBand[band][series],
  }));
  // History after the forecast start is what happened: kept as recorded points beside the fan.
  const forecast = view.years.map((y) => {
    const label = ukDate(y.date);
    const fan =
      band === 'all'
        ? series === 'total'
          ? y.total
          : y.byCategory[series]
        : y.byBand[band][series as Category];
    return { label, fan };
  });
  const merged = new Map<string, FanPoint>();
  for (const p of [...recorded, ...forecast]) merged.set(p.label, { ...merged.get(p.label), ...p });
  return [...merged.values()];
}

/** (a) Need: the fan chart by category and age band, with the same figures as a table. */
export function NeedPanel({ view }: { view: ForecastView }) {
  const [series, setSeries] = useState<Series>('total');
  const [band, setBand] = useState<Band | 'all'>('all');
  // Ranges of categories cannot be added up, so an age band is shown one placement type at a time.
  const shown: Series = band !== 'all' && series === 'total' ? 'fostering' : series;
  const points = useMemo(() => pointsOf(view, shown, band), [view, shown, band]);
  const what = `${CATEGORY_TEXT[shown]}${band === 'all' ? '' : `, aged ${band}`}`;
  const last = view.years.at(-1);
  const lastFan = last ? points.find((p) => p.label === ukDate(last.date))?.fan : undefined;
  return (
    <section aria-labelledby="need-heading">
      <h2 className="heading-l" id="need-heading">
        Children looked after: recorded and forecast
      </h2>
      <div className="inline-controls">
        <Select
          id="fan-series"
          label="Placement type"
          value={series}
          onChange={(e) => setSeries(e.target.value as Series)}
          options={[
            ['total', CATEGORY_TEXT.total],
            ...CATEGORIES.map((c): [string, string] => [c, CATEGORY_TEXT[c]]),
          ]}
        />
        <Select
          id="fan-band"
          label="Age band"
          hint={
            band !== 'all' && series === 'total'
              ? 'By age band, each placement type is shown on its own.'
              : undefined
          }
          value={band}
          onChange={(e) => setBand(e.target.value as Band | 'all')}
          options={[['all', 'All ages'], ...BANDS.map((b): [string, string] => [b, b])]}
        />
      </div>
      <FanChart
        points={points}
        description={`Fan chart: ${what} on each 31 March, recorded then forecast with 80% and 90% ranges.${
          lastFan && last
            ? ` On ${ukDate(last.date)} the forecast is ${whole(lastFan.p50)} (80% range ${whole(lastFan.p10)} to ${whole(lastFan.p90)}).`
            : ''
        } The figures are in the table below.`}
      />
      <div className="table-scroll">
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">{what}: children on 31 March</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Recorded</th>
              <th scope="col" className="num">
                P5
              </th>
              <th scope="col" className="num">
                P10
              </th>
              <th scope="col" className="num">
                Median (P50)
              </th>
              <th scope="col" className="num">
                P90
              </th>
              <th scope="col" className="num">
                P95
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.label}>
                <th scope="row">{p.label}</th>
                <td>{p.recorded === undefined ? '–' : whole(p.recorded)}</td>
                <td className="num">{p.fan ? whole(p.fan.p5) : '–'}</td>
                <td className="num">{p.fan ? whole(p.fan.p10) : '–'}</td>
                <td className="num">{p.fan ? whole(p.fan.p50) : '–'}</td>
                <td className="num">{p.fan ? whole(p.fan.p90) : '–'}</td>
                <td className="num">{p.fan ? whole(p.fan.p95) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
