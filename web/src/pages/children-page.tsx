import { type FormEvent, useState } from 'react';
import { query } from '../api/client.ts';
import type { ChildrenPage as ChildrenAnswer } from '../api/types.ts';
import { useCouncil } from '../components/councils-context.tsx';
import { DownloadLinks } from '../components/download-links.tsx';
import { ApiErrorSummary } from '../components/error-summary.tsx';
import { Select, TextInput } from '../components/fields.tsx';
import { Pagination } from '../components/pagination.tsx';
import { Tag } from '../components/tag.tsx';
import { useApi } from '../components/use-api.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { formatDate, formatNumber } from '../format/format.ts';
import { Link, navigate, useLocation } from '../router/index.ts';
import { ErrorPage } from './error-pages.tsx';

const PAGE_SIZE = 50;
const SEX: Record<string, string> = { M: 'Male', F: 'Female', U: 'Not known' };

/** The council's children in care (now or before): search by child id, filter by status, page through. */
export function ChildrenPage({ code }: { code: string }) {
  const council = useCouncil(code);
  usePageTitle('Children', council?.name);
  const { path, search } = useLocation();
  const q = search.get('q') ?? '';
  const status = search.get('status') ?? 'all';
  const page = Number(search.get('page') ?? '1') || 1;
  const [draft, setDraft] = useState({ q, status });
  const api = `/api/councils/${encodeURIComponent(code)}/children`;
  const { data, error, loading } = useApi<ChildrenAnswer>(council ? api + query({ q, status, page }) : null);
  if (!council) return <ErrorPage status={404} />;
  if (error?.status === 403) return <ErrorPage status={403} />;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(path + query({ q: draft.q.trim(), status: draft.status }), { replace: true });
  };
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Children</h1>
      <ApiErrorSummary error={error} />
      <form className="filters" onSubmit={apply} aria-label="Find children">
        <TextInput
          id="child-search"
          label="Child identifier"
          type="search"
          spellCheck={false}
          value={draft.q}
          onChange={(e) => setDraft({ ...draft, q: e.target.value })}
        />
        <Select
          id="child-status"
          label="Show"
          value={draft.status}
          onChange={(e) => setDraft({ ...draft, status: e.target.value })}
          options={[
            ['all', 'All children'],
            ['in-care', 'In care now'],
            ['left', 'Left care'],
          ]}
        />
        <button type="submit" className="button button--secondary">
          Search
        </button>
      </form>
      <p className="body" aria-live="polite" role="status">
        {loading
          ? 'Loading children…'
          : data
            ? `${formatNumber(data.total)} ${data.total === 1 ? 'child' : 'children'}`
            : ''}
      </p>
      <DownloadLinks path={`${api}/export`} params={{ q, status }} what="the children list" />
      {data?.children.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="table__caption">Children, page {page}</caption>
            <thead>
              <tr>
                <th scope="col">Child</th>
                <th scope="col">Sex</th>
                <th scope="col" className="num">
                  Age
                </th>
                <th scope="col">Status</th>
                <th scope="col">Current placement</th>
                <th scope="col" className="num">
                  Periods
                </th>
                <th scope="col" className="num">
                  Placements
                </th>
                <th scope="col">First came into care</th>
                <th scope="col">Last left care</th>
              </tr>
            </thead>
            <tbody>
              {data.children.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link href={`${path}/${encodeURIComponent(c.id)}`}>
                      <span className="visually-hidden">Child </span>
                      {c.id}
                    </Link>
                  </th>
                  <td>{c.sex ? (SEX[c.sex] ?? c.sex) : '–'}</td>
                  <td className="num">{c.ageNow}</td>
                  <td>{c.inCareNow ? <Tag tone="blue">In care</Tag> : <Tag>Left care</Tag>}</td>
                  <td>{c.currentCategoryLabel ?? '–'}</td>
                  <td className="num">{formatNumber(c.periods)}</td>
                  <td className="num">{formatNumber(c.placements)}</td>
                  <td>{formatDate(c.firstStart)}</td>
                  <td>{c.inCareNow ? '–' : formatDate(c.lastEnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data ? (
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={data.total}
          label="Pages of children"
          onPage={(p) => navigate(path + query({ q, status, page: p }))}
        />
      ) : null}
    </>
  );
}
