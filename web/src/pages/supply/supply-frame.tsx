import type { ReactNode } from 'react';
import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import type { Loaded } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { Link } from '../../router/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { SupplyNav, type SupplyTab } from './supply-nav.tsx';

/**
 * The frame of a supply screen: council, title, sub-navigation, then the screen once its figures have
 * loaded. Until then it says what is happening (a live region, as the gap and plan run the forecast); a
 * council without a 903 return gets a plain sentence with the way to fix it, not an error.
 */
export function SupplyFrame<T>({
  code,
  tab,
  title,
  loaded,
  children,
}: {
  code: string;
  tab: SupplyTab;
  title: string;
  loaded: Loaded<T>;
  children: (data: T) => ReactNode;
}) {
  const council = useCouncil(code);
  usePageTitle(title, 'Supply', council?.name);
  const { data, error, loading } = loaded;
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  if (error?.status === 403) return <ErrorPage status={403} />;
  const noReturns = error?.id === 'no-returns';
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">{title}</h1>
      <SupplyNav code={code} current={tab} />
      {noReturns ? (
        <p className="body">
          {error.message} <Link href={`/councils/${encodeURIComponent(code)}/data`}>Go to Data</Link> to
          import one, and <Link href={`/councils/${encodeURIComponent(code)}/local-data`}>Local data</Link>{' '}
          for carers, homes, providers, costs and requests.
        </p>
      ) : (
        <ApiErrorSummary error={error} />
      )}
      <div aria-live="polite" aria-busy={loading}>
        {loading && !data ? <p className="body">Working out the figures…</p> : null}
      </div>
      {data && !noReturns ? children(data) : null}
    </>
  );
}
