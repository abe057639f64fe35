import { useCallback, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { Job } from '../../api/types.ts';

const POLL_MS = 400;

export interface ForecastJob<T> {
  job: Job | undefined;
  result: T | undefined;
  error: ApiError | undefined;
  running: boolean;
  start(body: unknown): void;
}

/**
 * Starts a forecast or comparison job (`POST path`), polls it until it ends, then reads its result. The
 * last result stays on screen while a new run is under way.
 */
export function useForecastJob<T>(code: string, path: string): ForecastJob<T> {
  const base = `/api/councils/${encodeURIComponent(code)}/forecasts`;
  const [jobId, setJobId] = useState<string | undefined>(undefined);
  const [job, setJob] = useState<Job | undefined>(undefined);
  const [result, setResult] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [starting, setStarting] = useState(false);

  const start = useCallback(
    (body: unknown) => {
      setError(undefined);
      setStarting(true);
      api<{ jobId: string }>('POST', `${base}${path}`, body)
        .then(({ jobId: id }) => {
          setJob(undefined);
          setJobId(id);
        })
        .catch((caught) => setError(asApiError(caught)))
        .finally(() => setStarting(false));
    },
    [base, path],
  );

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api<Job>('GET', `${base}/jobs/${encodeURIComponent(jobId)}`);
        if (stopped) return;
        setJob(next);
        if (next.status === 'succeeded') {
          const answer = await api<T>('GET', `${base}/jobs/${encodeURIComponent(jobId)}/result`);
          if (!stopped) setResult(answer);
          return;
        }
        if (next.status === 'failed') return;
      } catch (caught) {
        if (!stopped) setError(asApiError(caught));
        return;
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [base, jobId]);

  const running =
    starting ||
    (job !== undefined && (job.status === 'queued' || job.status === 'running')) ||
    (jobId !== undefined && job === undefined);
  return { job, result, error, running, start };
}
