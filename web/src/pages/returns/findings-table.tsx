import { type FormEvent, useState } from 'react';
import { query } from '../../api/client.ts';
import type { Finding, FindingsPage } from '../../api/types.ts';
import { DownloadLinks } from '../../components/download-links.tsx';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { Select, TextInput } from '../../components/fields.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { Tag } from '../../components/tag.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatNumber, yearLabel } from '../../format/format.ts';
import { Link, navigate, useLocation } from '../../router/index.ts';

const PAGE_SIZE = 50;

interface Filters {
  year: string;
  severity: string;
  code: string;
  q: string;
}

export const SEVERITY_TEXT: Record<Finding['severity'], string> = {
  structural: 'Cannot be read',
  content: 'Data quality',
};

/** Data-quality findings with filters kept in the address (so a filtered list can be bookmarked), paging and downloads. */
export function FindingsTable({
  code,
  years,
  childLinks,
}: {
  code: string;
  years: number[];
  childLinks: boolean;
}) {
  const { path, search } = useLocation();
  const filters: Filters = {
    year: search.get('year') ?? '',
    severity: search.get('severity') ?? '',
    code: search.get('code') ?? '',
    q: search.get('q') ?? '',
  };
  const page = Number(search.get('page') ?? '1') || 1;
  const [draft, setDraft] = useState<Filters>(filters);
  const api = `/api/councils/${encodeURIComponent(code)}/findings`;
  const { data, error, loading } = useApi<FindingsPage>(
    api + query({ ...filters, page, pageSize: PAGE_SIZE }),
  );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(path + query({ ...draft }), { replace: true });
  };
  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const codes = data?.codes ?? [];
  return (
    <section aria-labelledby="findings-heading">
      <ApiErrorSummary error={error} />
      <h2 className="heading-l" id="findings-heading">
        Findings
      </h2>
      <form className="filters" onSubmit={apply} aria-label="Filter findings">
        <Select
          id="filter-year"
          label="Year"
          value={draft.year}
          onChange={(e) => set('year')(e.target.value)}
          options={[['', 'All years'], ...years.map((y): [string, string] => [String(y), yearLabel(y)])]}
        />
        <Select
          id="filter-severity"
          label="Type"
          value={draft.severity}
          onChange={(e) => set('severity')(e.target.value)}
          options={[
            ['', 'All'],
            ['structural', SEVERITY_TEXT.structural],
            ['content', SEVERITY_TEXT.content],
          ]}
        />
        <Select
          id="filter-code"
          label="Finding"
          value={draft.code}
          onChange={(e) => set('code')(e.target.value)}
          options={[
            ['', 'All findings'],
            ...codes.map((c): [string, string] => [c.code, `${c.code} (${formatNumber(c.count)})`]),
            ...(draft.code && !codes.some((c) => c.code === draft.code)
              ? [[draft.code, draft.code] as [string, string]]
              : []),
          ]}
        />
        <TextInput
          id="filter-q"
          label="Text"
          type="search"
          value={draft.q}
          onChange={(e) => set('q')(e.target.value)}
        />
        <button type="submit" className="button button--secondary">
          Apply filters
        </button>
      </form>
      <p className="body" aria-live="polite" role="status">
        {loading
          ? 'Loading findings…'
          : data
            ? `${formatNumber(data.total)} ${data.total === 1 ? 'finding' : 'findings'}`
            : ''}
      </p>
      <DownloadLinks path={`${api}/export`} params={{ ...filters }} what="the findings" />
      {data?.findings.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="table__caption">Findings, page {page}</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Type</th>
                <th scope="col">Finding</th>
                <th scope="col">Child</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {data.findings.map((f, i) => (
                <tr key={`${f.batchId}-${f.code}-${f.file ?? ''}-${f.row ?? ''}-${i}`}>
                  <td>{f.collectionYear ? yearLabel(f.collectionYear) : '–'}</td>
                  <td>
                    <Tag tone={f.severity === 'structural' ? 'red' : 'yellow'}>
                      {SEVERITY_TEXT[f.severity] ?? f.severity}
                    </Tag>
                  </td>
                  <td>
                    <code>{f.code}</code>
                  </td>
                  <td>
                    {f.childId && childLinks ? (
                      <Link
                        href={`/councils/${encodeURIComponent(code)}/children/${encodeURIComponent(f.childId)}`}
                      >
                        <span className="visually-hidden">Child </span>
                        {f.childId}
                      </Link>
                    ) : (
                      (f.childId ?? '–')
                    )}
                  </td>
                  <td>{f.message}</td>
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
          label="Pages of findings"
          onPage={(p) => navigate(path + query({ ...filters, page: p }))}
        />
      ) : null}
    </section>
  );
}
