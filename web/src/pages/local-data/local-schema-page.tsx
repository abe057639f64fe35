import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { Link } from '../../router/index.ts';
import type { TemplateInfo } from './local-data-types.ts';

/** One template's schema: its columns (type, required, allowed values with labels, example) and rules. */
export function LocalSchemaPage({ code, kind }: { code: string; kind: string }) {
  const { data, error, loading } = useApi<TemplateInfo>(
    `/api/local-data/templates/${encodeURIComponent(kind)}`,
  );
  usePageTitle(data?.title, 'Local data');
  return (
    <>
      <Link className="back-link" href={`/councils/${encodeURIComponent(code)}/local-data`}>
        Back to local data
      </Link>
      <ApiErrorSummary error={error} />
      {loading && !data ? <p className="body">Loading…</p> : null}
      {data ? (
        <>
          <h1 className="heading-xl">{data.title}: columns</h1>
          <p className="body">{data.description}</p>
          <p className="body">
            <a href={`/api/local-data/templates/${data.slug}/csv`} download>
              Download the blank template ({data.fileName})
            </a>
          </p>
          <div className="table-scroll">
            <table className="table">
              <caption className="table__caption">Columns of {data.fileName}, in order</caption>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Required</th>
                  <th scope="col">Type</th>
                  <th scope="col">Meaning</th>
                  <th scope="col">Example</th>
                </tr>
              </thead>
              <tbody>
                {data.columns.map((c) => (
                  <tr key={c.name}>
                    <th scope="row">
                      <code>{c.name}</code>
                    </th>
                    <td>{c.required ? 'Yes' : 'No'}</td>
                    <td>
                      {c.typeDescription}
                      {c.codes ? (
                        <ul className="list">
                          {c.codes.map((o) => (
                            <li key={o.code}>
                              <code>{o.code}</code>: {o.label}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                    <td>{c.description}</td>
                    <td>{c.example === '' ? '(blank)' : <code>{c.example}</code>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 className="heading-m">Rules</h2>
          <ul className="list list--bullet">
            {data.rules.map((r) => (
              <li key={r}>{r}</li>
            ))}
            <li>Dates are dd/mm/yyyy; blank cells mean not known or none.</li>
            <li>Any problem rejects the whole file: nothing is imported until it has none.</li>
          </ul>
        </>
      ) : null}
    </>
  );
}
