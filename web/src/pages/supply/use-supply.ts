import type { Loaded } from '../../components/use-api.ts';
import { useApi } from '../../components/use-api.ts';

/** The base of a council's supply API. */
export function supplyApi(code: string): string {
  return `/api/councils/${encodeURIComponent(code)}/supply`;
}

/** GETs one supply answer, `/api/councils/:code/supply/<path>`. */
export function useSupply<T>(code: string, path: string): Loaded<T> {
  return useApi<T>(`${supplyApi(code)}/${path}`);
}

/** Two loads as one: data once both have answered, the first error, loading while either is. */
export function both<A, B>(a: Loaded<A>, b: Loaded<B>): Loaded<[A, B]> {
  return {
    data: a.data !== undefined && b.data !== undefined ? [a.data, b.data] : undefined,
    error: a.error ?? b.error,
    loading: a.loading || b.loading,
    reload: () => {
      a.reload();
      b.reload();
    },
  };
}
