import { type FormEvent, useState } from 'react';
import { query } from '../../api/client.ts';
import { useCouncil } from '../../components/councils-context.tsx';
import { DownloadLinks } from '../../components/download-links.tsx';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { Checkbox, Select } from '../../components/fields.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { Link, navigate, useLocation } from '../../router/index.ts';
import { can, useSession } from '../../session/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { FLAG_MEANINGS } from './figures.ts';
import { IndicatorSection } from './indicator-section.tsx';
import { THEMES, themeTitle } from './themes.ts';
import type { IndicatorsAnswer } from './types.ts';

const label = (year: number) => `${year - 1}/${String(year % 100).padStart(2, '0')}`;

/**
 * One theme's indicators for a council and year (default the latest), with a theme menu, a year choice, and
 * a switch to the published view (`?view=public`: small numbers suppressed, as a statement would show them).
 */
export function IndicatorsPage({ code, theme }: { code: string; theme: string }) {
  const council = useCouncil(code);
  const { user } = useSession();
  const { path, search } = useLocation();
  const title = themeTitle(theme);
  usePageTitle(title, 'Indicators', council?.name);
  const year = search.get('year') ?? '';
  const view = search.get('view') === 'public' ? 'public' : 'full';
  const published = view === 'public' ? 'public' : undefined;
  const [draft, setDraft] = useState(year);
  const api = `/api/councils/${encodeURIComponent(code)}/indicators`;
  const { data, error, loading } = useApi<IndicatorsAnswer>(
    council && title ? api + query({ year, theme, view: published }) : null,
  );
  if (!council || !title) return <ErrorPage status={404} />;
  if (error?.status === 403) return <ErrorPage status={403} />;
  const base = `/councils/${encodeURIComponent(code)}/indicators`;
  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(path + query({ year: draft, view: published }), { replace: true });
  };
  const toggle = (publicView: boolean) =>
    navigate(path + query({ year, view: publicView ? 'public' : undefined }), { replace: true });
  const years = data?.years ?? council.years;
  return (
    <>
      <span className="caption-l">
        {council.name}
        {data?.label ? `, ${data.label}` : ''}
      </span>
      <h1 className="heading-xl">{title}</h1>
      <nav className="sub-nav" aria-label="Indicator themes">
        <ul>
          {THEMES.map((t) => (
            <li key={t.theme}>
              <Link
                href={`${base}/${t.theme}${query({ year, view: published })}`}
                aria-current={t.theme === theme ? 'page' : undefined}
              >
                {t.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ApiErrorSummary error={error?.status === 404 ? undefined : error} />
      {years.length > 1 ? (
        <form className="filters" onSubmit={apply} aria-label="Choose a year">
          <Select
            id="year"
            label="Collection year"
            value={draft || String(data?.collectionYear ?? '')}
            onChange={(e) => setDraft(e.target.value)}
            options={[...years].reverse().map((y) => [String(y), label(y)])}
          />
          <button type="submit" className="button button--secondary">
            Show year
          </button>
        </form>
      ) : null}
      <Checkbox
        id="public-view"
        label="Show as published (small numbers suppressed)"
        hint="The figures as a published sufficiency statement would show them, with no way to work out a small number"
        checked={view === 'public'}
        onChange={(e) => toggle(e.target.checked)}
      />
      {view === 'public' ? (
        <details className="details" open>
          <summary className="details__summary">What c, k, z and x mean</summary>
          <div className="details__text">
            <ul className="list">
              {FLAG_MEANINGS.map(([flag, meaning]) => (
                <li key={flag}>
                  <strong>{flag}</strong>: {meaning}
                </li>
              ))}
            </ul>
            <p className="body">
              Counts of 1 to 5 are hidden, and so is at least one other figure in the same row or column, so a
              hidden figure cannot be worked out by subtracting from a total. The children behind figures are
              not listed in this view.
            </p>
          </div>
        </details>
      ) : null}
      <div aria-live="polite" aria-busy={loading}>
        {loading && !data ? <p className="body">Computing figures…</p> : null}
      </div>
      {error?.status === 404 ? <p className="body">No return for that year is loaded.</p> : null}
      {data && data.collectionYear === null ? (
        <p className="body">No returns have been imported yet.</p>
      ) : null}
      {data && data.collectionYear !== null && data.indicators.length === 0 ? (
        <p className="body">No indicators in this theme yet.</p>
      ) : null}
      {data && data.indicators.length > 0 ? (
        <>
          <DownloadLinks
            path={`${api}/export`}
            params={{ year: data.collectionYear ?? undefined, theme, view: published }}
            what={`${title} indicators${published ? ' as published' : ''}`}
          />
          <h2 className="heading-l">
            {view === 'public' ? 'Published figures' : 'Figures'} for {data.label}
          </h2>
          {data.indicators.map((indicator) => (
            <IndicatorSection
              key={indicator.id}
              indicator={indicator}
              code={code}
              drill={can(user, 'children:read')}
              trend={data.years.length > 1}
              view={view}
            />
          ))}
        </>
      ) : null}
    </>
  );
}
