import { type FormEvent, useState } from 'react';
import { query } from '../api/client.ts';
import type { AuditPage as AuditAnswer } from '../api/types.ts';
import { DownloadLinks } from '../components/download-links.tsx';
import { ApiErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';
import { Pagination } from '../components/pagination.tsx';
import { useApi } from '../components/use-api.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { formatDateTime, formatNumber } from '../format/format.ts';
import { navigate, useLocation } from '../router/index.ts';

const PAGE_SIZE = 50;
const FILTERS = ['q', 'action', 'actor', 'council', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function detailText(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  if (typeof detail === 'string') return detail;
  const text = JSON.stringify(detail);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The append-only audit log: search by text, action, person, council and dates; export what is found. */
export function AuditPage() {
  usePageTitle('Audit log');
  const { path, search } = useLocation();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ''])) as Filters;
  const page = Number(search.get('page') ?? '1') || 1;
  const [draft, setDraft] = useState<Filters>(filters);
  const { data, error, loading } = useApi<AuditAnswer>(`/api/audit${query({ ...filters, page })}`);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(path + query({ ...draft }), { replace: true });
  };
  const field = (id: (typeof FILTERS)[number], label: string, hint?: string) => (
    <TextInput
      id={`audit-${id}`}
      label={label}
      hint={hint}
      value={draft[id]}
      onChange={(e) => setDraft({ ...draft, [id]: e.target.value })}
    />
  );
  return (
    <>
      <h1 className="heading-xl">Audit log</h1>
      <ApiErrorSummary error={error} />
      <form className="filters" onSubmit={apply} aria-label="Search the audit log">
        {field('q', 'Text')}
        {field('action', 'Action', 'For example, child.view')}
        {field('actor', 'Username')}
        {field('council', 'Council code')}
        {field('from', 'From', 'yyyy-mm-dd')}
        {field('to', 'To', 'yyyy-mm-dd')}
        <button type="submit" className="button button--secondary">
          Search
        </button>
      </form>
      <p className="body" aria-live="polite" role="status">
        {loading
          ? 'Loading…'
          : data
            ? `${formatNumber(data.total)} ${data.total === 1 ? 'event' : 'events'}`
            : ''}
      </p>
      <DownloadLinks path="/api/audit/export" params={{ ...filters }} what="the audit log" />
      {data?.events.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="table__caption">Audit events, newest first, page {page}</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Council</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {data.events.map((event) => (
                <tr key={String(event.id)}>
                  <td>{formatDateTime(event.at)}</td>
                  <td>{event.actor}</td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>{event.councilCode ?? '–'}</td>
                  <td className="detail">{detailText(event.detail)}</td>
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
          label="Pages of audit events"
          onPage={(p) => navigate(path + query({ ...filters, page: p }))}
        />
      ) : null}
    </>
  );
}
