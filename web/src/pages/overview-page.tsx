import { useMemo } from 'react';
import type { Overview, RegionOverview, YearFigures } from '../api/types.ts';
import { CouncilPicker, REGION } from '../components/council-picker.tsx';
import { ApiErrorSummary } from '../components/error-summary.tsx';
import { TrendChart } from '../components/trend-chart.tsx';
import { useApi } from '../components/use-api.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { formatChange, formatNumber } from '../format/format.ts';
import { Link } from '../router/index.ts';
import { ErrorPage } from './error-pages.tsx';

function Headlines({ years }: { years: YearFigures[] }) {
  const latest = years.at(-1);
  const previous = years.at(-2);
  if (!latest) return <p className="body">No returns have been imported yet.</p>;
  const change = previous ? latest.lookedAfterAtCensus - previous.lookedAfterAtCensus : undefined;
  return (
    <ul className="headlines" aria-label={`Headline figures, ${latest.label}`}>
      <li className="headline">
        <span className="headline__label">Looked after at 31 March {latest.collectionYear}</span>
        <span className="headline__value">{formatNumber(latest.lookedAfterAtCensus)}</span>
      </li>
      <li className="headline">
        <span className="headline__label">Looked after during {latest.label}</span>
        <span className="headline__value">{formatNumber(latest.lookedAfterDuringYear)}</span>
      </li>
      <li className="headline">
        <span className="headline__label">Change at 31 March on the year before</span>
        <span className="headline__value">{change === undefined ? '–' : formatChange(change)}</span>
        {previous ? (
          <span className="headline__note">
            from {formatNumber(previous.lookedAfterAtCensus)} at 31 March {previous.collectionYear}
          </span>
        ) : null}
      </li>
    </ul>
  );
}

function TrendTable({ years, caption }: { years: YearFigures[]; caption: string }) {
  return (
    <table className="table">
      <caption className="table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          <th scope="col" className="num">
            Looked after at 31 March
          </th>
          <th scope="col" className="num">
            Looked after during the year
          </th>
          <th scope="col" className="num">
            Started
          </th>
          <th scope="col" className="num">
            Ceased
          </th>
        </tr>
      </thead>
      <tbody>
        {years.map((y) => (
          <tr key={y.collectionYear}>
            <th scope="row">{y.label}</th>
            <td className="num">{formatNumber(y.lookedAfterAtCensus)}</td>
            <td className="num">{formatNumber(y.lookedAfterDuringYear)}</td>
            <td className="num">{formatNumber(y.startedInYear)}</td>
            <td className="num">{formatNumber(y.ceasedInYear)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Trend({ years, name }: { years: YearFigures[]; name: string }) {
  const labels = useMemo(() => years.map((y) => y.label), [years]);
  const series = useMemo(
    () => [
      { name: 'Looked after at 31 March', values: years.map((y) => y.lookedAfterAtCensus) },
      { name: 'Looked after during the year', values: years.map((y) => y.lookedAfterDuringYear) },
    ],
    [years],
  );
  if (years.length === 0) return null;
  const first = years[0];
  const last = years.at(-1);
  const description = `Line chart: children looked after in ${name}, ${first?.label} to ${last?.label}. At 31 March: ${formatNumber(first?.lookedAfterAtCensus)} in ${first?.collectionYear}, ${formatNumber(last?.lookedAfterAtCensus)} in ${last?.collectionYear}. The table below gives every figure.`;
  return (
    <section aria-labelledby="trend-heading">
      <h2 className="heading-l" id="trend-heading">
        Children looked after by year
      </h2>
      <TrendChart labels={labels} series={series} description={description} />
      <TrendTable years={years} caption={`Children looked after in ${name} by collection year`} />
    </section>
  );
}

/** Headline figures and trend for one council, or pooled over all the user's councils (`code` = 'region'). */
export function OverviewPage({ code }: { code: string }) {
  const regional = code === REGION;
  const path = regional ? '/api/region/overview' : `/api/councils/${encodeURIComponent(code)}/overview`;
  const { data, error, loading } = useApi<Overview | RegionOverview>(path);
  const name = regional ? 'All my councils' : data && 'council' in data ? data.council.name : undefined;
  usePageTitle('Overview', name);
  if (error?.status === 404 || error?.status === 403) return <ErrorPage status={error.status} />;
  return (
    <>
      <CouncilPicker key={code} current={code} />
      <ApiErrorSummary error={error} />
      <span className="caption-l">{regional ? 'Regional view' : 'Overview'}</span>
      <h1 className="heading-xl">{name ?? 'Overview'}</h1>
      <div aria-live="polite" aria-busy={loading}>
        {loading && !data ? <p className="body">Loading figures…</p> : null}
      </div>
      {data ? (
        <>
          <Headlines years={data.years} />
          <Trend years={data.years} name={name ?? ''} />
          {'perCouncil' in data && data.perCouncil.length ? (
            <RegionalTable councils={data.perCouncil} />
          ) : null}
        </>
      ) : null}
    </>
  );
}

function RegionalTable({ councils }: { councils: Overview[] }) {
  return (
    <table className="table">
      <caption className="table__caption">Latest figures by council</caption>
      <thead>
        <tr>
          <th scope="col">Council</th>
          <th scope="col">Year</th>
          <th scope="col" className="num">
            Looked after at 31 March
          </th>
          <th scope="col" className="num">
            Looked after during the year
          </th>
        </tr>
      </thead>
      <tbody>
        {councils.map(({ council, latest }) => (
          <tr key={council.code}>
            <th scope="row">
              <Link href={`/councils/${encodeURIComponent(council.code)}`}>{council.name}</Link>
            </th>
            <td>{latest?.label ?? '–'}</td>
            <td className="num">{formatNumber(latest?.lookedAfterAtCensus)}</td>
            <td className="num">{formatNumber(latest?.lookedAfterDuringYear)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
