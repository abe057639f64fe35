import { useState } from 'react';
import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime } from '../../format/format.ts';
import { ErrorPage } from '../error-pages.tsx';
import { StrategyNav } from './strategy-nav.tsx';
import { strategyPath } from './strategy-page.tsx';
import type { Change } from './types.ts';

const ENTITY: Record<Change['entity'], string> = {
  priority: 'Priority',
  action: 'Action',
  update: 'Progress update',
  kpi: 'KPI',
};
const OPERATION: Record<Change['operation'], string> = {
  create: 'Added',
  update: 'Changed',
  delete: 'Deleted',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** What a change is about: the object's title (or its text, for an update). */
function subject(change: Change): string {
  const object = change.after ?? change.before ?? {};
  return show(object.title ?? object.text ?? `#${change.entityId}`);
}

/** The fields a change altered, each "field: before → after". */
function differences(change: Change): string[] {
  if (!change.before || !change.after) return [];
  const { before, after } = change;
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${k}: ${show(before[k])} → ${show(after[k])}`);
}

/** Every change to the strategy, newest first: who, when, what, and the fields before and after. */
export function StrategyHistoryPage({ code }: { code: string }) {
  const council = useCouncil(code);
  usePageTitle('Strategy history', council?.name);
  const [page, setPage] = useState(1);
  const { data, error } = useApi<{ changes: Change[]; total: number; pageSize: number }>(
    council ? `${strategyPath(code)}/history?page=${page}` : null,
  );
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Strategy history</h1>
      <StrategyNav code={code} current="history" />
      <ApiErrorSummary error={error} />
      {!data ? (
        <p className="body">Loading…</p>
      ) : data.changes.length === 0 ? (
        <p className="body">No changes yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="table__caption">
              {data.total} {data.total === 1 ? 'change' : 'changes'}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {data.changes.map((c) => (
                <tr key={c.id}>
                  <td>{formatDateTime(c.at)}</td>
                  <td>{c.actor}</td>
                  <td>
                    {ENTITY[c.entity]}: {subject(c)}
                  </td>
                  <td className="detail">
                    {OPERATION[c.operation]}
                    {differences(c).map((d) => (
                      <span className="cell-note" key={d}>
                        {d}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            Newer changes
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            Older changes
          </button>
        </div>
      ) : null}
    </>
  );
}
