import { useCallback, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/** GETs `path` (again whenever it changes); `null` skips the request. Stale answers are ignored. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation forces a reload
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setLoading(true);
    api<T>('GET', path)
      .then((answer) => {
        if (!current) return;
        setData(answer);
        setError(undefined);
      })
      .catch((caught) => current && setError(asApiError(caught)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [path, generation]);

  return { data, error, loading, reload };
}
