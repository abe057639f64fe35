import { useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { Batch } from '../../api/types.ts';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { Tag, type TagTone } from '../../components/tag.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatBytes, formatDate, formatDateTime, formatNumber } from '../../format/format.ts';

const STATUS: Record<Batch['status'], [string, TagTone]> = {
  active: ['In use', 'green'],
  superseded: ['Superseded', 'grey'],
  rejected: ['Rejected', 'red'],
};

/** Every import of the council's returns: who, when, which files (with SHA-256), and restore for old ones. */
export function ImportHistory({ code, canRestore }: { code: string; canRestore: boolean }) {
  const { data, error, loading, reload } = useApi<Batch[]>(
    `/api/councils/${encodeURIComponent(code)}/imports`,
  );
  const [actionError, setActionError] = useState<ApiError | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const restore = async (batch: Batch) => {
    setActionError(undefined);
    setNotice(undefined);
    try {
      await api('POST', `/api/imports/${encodeURIComponent(String(batch.id))}/restore`);
      setNotice(`The ${batch.label} return imported on ${formatDateTime(batch.importedAt)} is in use again.`);
      reload();
    } catch (caught) {
      setActionError(asApiError(caught));
    }
  };

  return (
    <section aria-labelledby="history-heading">
      {notice ? (
        <NotificationBanner title="Success" success>
          <p className="body">{notice}</p>
        </NotificationBanner>
      ) : null}
      <ApiErrorSummary error={actionError ?? error} />
      <h2 className="heading-l" id="history-heading">
        Import history
      </h2>
      {loading && !data ? <p className="body">Loading…</p> : null}
      {data && data.length === 0 ? <p className="body">No returns have been imported yet.</p> : null}
      {data?.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="table__caption">Imports of this council's returns, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Status</th>
                <th scope="col">Imported</th>
                <th scope="col">Files</th>
                <th scope="col" className="num">
                  Findings
                </th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((batch) => (
                <tr key={String(batch.id)}>
                  <th scope="row">
                    {batch.label}
                    {batch.kind === 'in-year' ? (
                      <span className="cell-note">In-year extract at {formatDate(batch.asAt)}</span>
                    ) : null}
                  </th>
                  <td>
                    <Tag tone={STATUS[batch.status]?.[1] ?? 'grey'}>
                      {STATUS[batch.status]?.[0] ?? batch.status}
                    </Tag>
                  </td>
                  <td>
                    {formatDateTime(batch.importedAt)}
                    <span className="cell-note">by {batch.importedBy}</span>
                  </td>
                  <td>
                    <ul className="file-list">
                      {batch.files.map((file) => (
                        <li key={file.name}>
                          {file.name}{' '}
                          <span className="cell-note">
                            {file.rows === undefined ? '' : `${formatNumber(file.rows)} rows, `}
                            {formatBytes(file.bytes)}
                          </span>
                          <code className="hash" title="SHA-256">
                            SHA-256 {file.sha256}
                          </code>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="num">
                    {formatNumber(batch.structuralFindings + batch.contentFindings)}
                    {batch.rowsSetAside ? (
                      <span className="cell-note">{formatNumber(batch.rowsSetAside)} rows set aside</span>
                    ) : null}
                  </td>
                  <td>
                    {canRestore && batch.status === 'superseded' ? (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => void restore(batch)}
                      >
                        Restore
                        <span className="visually-hidden">
                          {' '}
                          the {batch.label} import of {formatDateTime(batch.importedAt)}
                        </span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
