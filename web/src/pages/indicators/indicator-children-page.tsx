import { query } from '../../api/client.ts';
import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { Link, useLocation } from '../../router/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { themeTitle } from './themes.ts';
import type { DrilldownAnswer } from './types.ts';

const SEX: Record<string, string> = { M: 'Male', F: 'Female', U: 'Not known' };

/** The children behind one figure (`?id&year&cell`), each linking to their record. Viewing is audited. */
export function IndicatorChildrenPage({ code, theme }: { code: string; theme: string }) {
  const council = useCouncil(code);
  const { search } = useLocation();
  const id = search.get('id') ?? '';
  const year = search.get('year') ?? '';
  const cell = search.get('cell') ?? '{}';
  const path = `/api/councils/${encodeURIComponent(code)}/indicators/${encodeURIComponent(id)}/children`;
  const { data, error, loading } = useApi<DrilldownAnswer>(
    council && id ? path + query({ year, cell }) : null,
  );
  usePageTitle('Children behind a figure', council?.name);
  if (!council || !id) return <ErrorPage status={404} />;
  if (error?.status === 403 || error?.status === 404) return <ErrorPage status={error.status} />;
  const back = `/councils/${encodeURIComponent(code)}/indicators/${encodeURIComponent(theme)}${query({ year })}`;
  const parts = Object.entries(data?.cell ?? {}).map(([k, v]) => `${k}: ${v}`);
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Children behind a figure</h1>
      <p className="body">
        <Link href={back}>Back to {themeTitle(theme) ?? 'indicators'}</Link>
      </p>
      <ApiErrorSummary error={error} />
      <div aria-live="polite" aria-busy={loading}>
        {loading && !data ? <p className="body">Loading children…</p> : null}
      </div>
      {data ? (
        <>
          <p className="body">
            {data.indicator.title}, {data.collectionYear - 1}/
            {String(data.collectionYear % 100).padStart(2, '0')}
            {parts.length ? ` (${parts.join(', ')})` : ' (total)'}:{' '}
            {data.children.length.toLocaleString('en-GB')} {data.children.length === 1 ? 'child' : 'children'}
            .
          </p>
          <table className="table">
            <caption className="table__caption">Children counted</caption>
            <thead>
              <tr>
                <th scope="col">Child</th>
                <th scope="col">Sex</th>
                <th scope="col" className="num">
                  Age at 31 March
                </th>
              </tr>
            </thead>
            <tbody>
              {data.children.map((c) => (
                <tr key={c.childId}>
                  <th scope="row">
                    <Link
                      href={`/councils/${encodeURIComponent(code)}/children/${encodeURIComponent(c.childId)}`}
                    >
                      {c.childId}
                    </Link>
                  </th>
                  <td>{c.sex ? (SEX[c.sex] ?? c.sex) : '–'}</td>
                  <td className="num">{c.ageAtCensus ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
