import { useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { ImportResult, Job } from '../../api/types.ts';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { Tag } from '../../components/tag.tsx';
import { formatNumber, yearLabel } from '../../format/format.ts';
import { Link } from '../../router/index.ts';
import { SEVERITY_TEXT } from './findings-table.tsx';

const POLL_MS = 500;

/** Polls a job every 500 ms until it succeeds or fails; keeps polling through brief network errors. */
function useJob(id: string): { job: Job | undefined; error: ApiError | undefined } {
  const [job, setJob] = useState<Job | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api<Job>('GET', `/api/jobs/${encodeURIComponent(id)}`);
        if (stopped) return;
        setJob(next);
        setError(undefined);
        if (next.status === 'succeeded' || next.status === 'failed') return;
      } catch (caught) {
        if (stopped) return;
        const failure = asApiError(caught);
        setError(failure);
        if (failure.status === 404 || failure.status === 403 || failure.status === 401) return;
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id]);
  return { job, error };
}

// importReturn reports these phases (src/store/import-return.ts).
const PHASES: Record<string, string> = {
  queued: 'Waiting to start',
  reading: 'Reading the files',
  checking: 'Checking the data',
  writing: 'Saving the return',
};

function phaseText(job: Job): string {
  const phase = job.status === 'queued' ? 'queued' : job.progress.phase;
  return PHASES[phase] ?? phase.charAt(0).toUpperCase() + phase.slice(1);
}

/** Live progress of an import job and, once it ends, its outcome with links to the findings. */
export function JobProgress({ id, code }: { id: string; code: string }) {
  const { job, error } = useJob(id);
  const running = !job || job.status === 'queued' || job.status === 'running';
  return (
    <section aria-labelledby="job-heading" className="job">
      <h2 className="heading-l" id="job-heading">
        Import {running ? 'in progress' : job.status === 'succeeded' ? 'finished' : 'failed'}
      </h2>
      <ApiErrorSummary error={error?.status === 404 ? undefined : error} />
      {error?.status === 404 ? (
        <p className="body">This import job was not found. It may belong to another user.</p>
      ) : null}
      {job ? (
        <>
          {/* Announced when the phase or status changes, not on every percent. */}
          <p className="body" aria-live="polite" role="status">
            <Tag tone={job.status === 'failed' ? 'red' : job.status === 'succeeded' ? 'green' : 'blue'}>
              {job.status === 'succeeded' ? 'Finished' : job.status === 'failed' ? 'Failed' : 'In progress'}
            </Tag>{' '}
            {running
              ? phaseText(job)
              : job.status === 'failed'
                ? (job.error ?? 'The import failed.')
                : 'The import has finished.'}
          </p>
          {running ? (
            <ProgressBar
              label={`Import progress: ${phaseText(job)}`}
              done={job.progress.done}
              total={job.progress.total}
            />
          ) : null}
          {job.status === 'succeeded' && job.result ? (
            <ImportOutcome result={job.result} code={code} />
          ) : null}
        </>
      ) : error ? null : (
        <p className="body" role="status">
          Loading the job…
        </p>
      )}
    </section>
  );
}

function ImportOutcome({ result, code }: { result: ImportResult; code: string }) {
  const base = `/councils/${encodeURIComponent(code)}/data`;
  const rejected = result.status === 'rejected';
  const setAside = result.files.reduce((sum, f) => sum + (f.rowsSetAside ?? 0), 0);
  const rows = Object.entries(result.rowCounts);
  return (
    <>
      {rejected ? (
        <p className="body">
          The return was not imported because some files or rows cannot be read. Correct the files and upload
          them again, or tick ‘Import the readable rows and set aside the rest’.
        </p>
      ) : null}
      <SummaryList
        rows={[
          ['Outcome', rejected ? <Tag tone="red">Rejected</Tag> : <Tag tone="green">Imported</Tag>],
          ['Collection year', yearLabel(result.collectionYear)],
          ['Problems reading the files', formatNumber(result.structuralFindings)],
          ['Data quality findings', formatNumber(result.contentFindings)],
          ['Rows set aside', formatNumber(setAside)],
        ]}
      />
      {rows.length ? (
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">Rows by table</caption>
          <thead>
            <tr>
              <th scope="col">Table</th>
              <th scope="col" className="num">
                Rows
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([table, count]) => (
              <tr key={table}>
                <td>{table}</td>
                <td className="num">{formatNumber(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {result.findings.length ? <FirstFindings result={result} /> : null}
      <ul className="list">
        {rejected ? null : (
          <li>
            <Link href={`${base}/findings?year=${result.collectionYear}`}>
              View all findings for {yearLabel(result.collectionYear)}
            </Link>
          </li>
        )}
        <li>
          <Link href={`${base}/history`}>View the import history</Link>
        </li>
      </ul>
    </>
  );
}

function FirstFindings({ result }: { result: ImportResult }) {
  const total = result.structuralFindings + (result.status === 'rejected' ? 0 : result.contentFindings);
  return (
    <table className="table table--compact">
      <caption className="table__caption table__caption--s">
        {result.findingsShown < total
          ? `The first ${formatNumber(result.findingsShown)} of ${formatNumber(total)} findings`
          : 'Findings'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {result.findings.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: findings may repeat; the list never reorders
          <tr key={i}>
            <td>
              <Tag tone={f.severity === 'structural' ? 'red' : 'yellow'}>{SEVERITY_TEXT[f.severity]}</Tag>
            </td>
            <td>{f.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
