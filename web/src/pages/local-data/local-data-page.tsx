import { useState } from 'react';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime, formatNumber } from '../../format/format.ts';
import { Link } from '../../router/index.ts';
import { can, useSession } from '../../session/index.ts';
import type { LocalDataSummary } from './local-data-types.ts';
import { LocalUploadForm } from './local-upload-form.tsx';

/**
 * The council's local data: each kind with the file in use (rows, who, when), its template and schema,
 * and (for analysts and administrators) the upload form.
 */
export function LocalDataPage({ code }: { code: string }) {
  usePageTitle('Local data');
  const { user } = useSession();
  const council = encodeURIComponent(code);
  const { data, error, loading, reload } = useApi<LocalDataSummary>(`/api/councils/${council}/local-data`);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const mayImport = can(user, 'data:import') || can(user, 'settings:edit');
  const mayReadRows = can(user, 'children:read');

  return (
    <>
      {notice ? (
        <NotificationBanner title="Success" success>
          <p className="body">{notice}</p>
        </NotificationBanner>
      ) : null}
      <ApiErrorSummary error={error} />
      <h1 className="heading-xl">Local data</h1>
      <p className="body">
        The council's own data beside the 903: foster carers, its homes, the providers it buys from, what
        placements cost, placement requests, care leavers' accommodation and the budget. Each kind is one CSV
        file; a new file replaces the one in use (the old one is kept).
      </p>
      {loading && !data ? <p className="body">Loading…</p> : null}
      {data ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="table__caption">Kinds of local data and the file in use</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">File in use</th>
                <th scope="col" className="num">
                  Rows
                </th>
                <th scope="col">Imported</th>
                <th scope="col">Template</th>
              </tr>
            </thead>
            <tbody>
              {data.kinds.map((k) => (
                <tr key={k.slug}>
                  <th scope="row">{k.title}</th>
                  <td>
                    {k.active ? (
                      <>
                        {k.active.fileName}
                        {!k.personal || mayReadRows ? (
                          <>
                            {' '}
                            <a href={`/api/councils/${council}/local-data/${k.slug}/export`} download>
                              Download<span className="visually-hidden"> {k.title.toLowerCase()} as CSV</span>
                            </a>
                          </>
                        ) : null}
                      </>
                    ) : (
                      'None yet'
                    )}
                  </td>
                  <td className="num">{k.active ? formatNumber(k.active.rows) : ''}</td>
                  <td>
                    {k.active ? `${formatDateTime(k.active.importedAt)} by ${k.active.importedBy}` : ''}
                  </td>
                  <td>
                    <a href={`/api/local-data/templates/${k.slug}/csv`} download>
                      Blank template<span className="visually-hidden"> for {k.title.toLowerCase()}</span>
                    </a>
                    {' · '}
                    <Link href={`/councils/${council}/local-data/${k.slug}`}>
                      Columns<span className="visually-hidden"> of {k.title.toLowerCase()}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data && mayImport ? (
        <LocalUploadForm
          code={code}
          kinds={data.kinds}
          onImported={(message) => {
            setNotice(message);
            reload();
          }}
        />
      ) : null}
    </>
  );
}
