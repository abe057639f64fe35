import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDate } from '../../format/format.ts';
import { Link } from '../../router/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { type ActionRef, type EditionChanges, editionsPath, statementsHref } from './statement-types.ts';

const STATUS_TEXT = { changed: 'Changed', unchanged: 'Unchanged', added: 'New', removed: 'No longer shown' };

/** Figures and actions that changed since the last published edition (changes pass disclosure control). */
export function EditionChangesPage({ code, number }: { code: string; number: string }) {
  const council = useCouncil(code);
  usePageTitle(`What changed in edition ${number}`, council?.name);
  const { data, error } = useApi<EditionChanges>(
    council ? `${editionsPath(code)}/${encodeURIComponent(number)}/changes` : null,
  );
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  return (
    <>
      <Link className="back-link" href={`${statementsHref(code)}/${encodeURIComponent(number)}`}>
        Back to edition {number}
      </Link>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">What changed in edition {number}</h1>
      <ApiErrorSummary error={error} />
      {!data ? (
        error ? null : (
          <p className="body">Loading…</p>
        )
      ) : !data.since ? (
        <p className="body">
          No edition has been published before this one, so there is nothing to compare with.
        </p>
      ) : (
        <>
          <p className="body">
            Compared with edition {data.since.number} ({data.since.title}), published{' '}
            {formatDate(data.since.publishedAt)}. {data.unchanged} figures are the same and not listed. A
            change shown as c is withheld: either figure is suppressed, or a small change in a table with
            suppressed figures could reveal them.
          </p>
          <div className="table-scroll">
            <table className="table">
              <caption className="table__caption table__caption--s">Figures that changed</caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Before</th>
                  <th scope="col">Now</th>
                  <th scope="col">Change</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {data.figures.map((f) => (
                  <tr key={f.key}>
                    <th scope="row">{f.label}</th>
                    <td>{f.previous ? `${f.previous.display}` : '—'}</td>
                    <td>{f.current ? `${f.current.display}` : '—'}</td>
                    <td>{f.change}</td>
                    <td>{STATUS_TEXT[f.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 className="heading-m">Action plan</h2>
          <ActionList title="New actions" actions={data.actions.added} />
          <ActionList title="Completed" actions={data.actions.completed} />
          <ActionList title="Dropped" actions={data.actions.dropped} />
          <ActionList title="Taken out of the plan" actions={data.actions.removed} />
          <h3 className="heading-s">RAG ratings that moved</h3>
          {data.actions.ragChanged.length ? (
            <ul className="list">
              {data.actions.ragChanged.map((c) => (
                <li key={c.action.id}>
                  {c.action.title}: {c.from ?? 'none'} to {c.to ?? 'none'}
                </li>
              ))}
            </ul>
          ) : (
            <p className="body">None.</p>
          )}
        </>
      )}
    </>
  );
}

function ActionList({ title, actions }: { title: string; actions: ActionRef[] }) {
  return (
    <>
      <h3 className="heading-s">{title}</h3>
      {actions.length ? (
        <ul className="list">
          {actions.map((a) => (
            <li key={a.id}>
              {a.title} <span className="hint">({a.priority})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="body">None.</p>
      )}
    </>
  );
}
