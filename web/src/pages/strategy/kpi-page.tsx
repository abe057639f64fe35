import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDate } from '../../format/format.ts';
import { can, useSession } from '../../session/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { DeleteButton } from './delete-button.tsx';
import { KpiChart } from './kpi-chart.tsx';
import { KpiForm } from './kpi-form.tsx';
import { KpiStatusTag } from './rag-tag.tsx';
import { StrategyNav } from './strategy-nav.tsx';
import { strategyPath } from './strategy-page.tsx';
import type { Kpi, Strategy } from './types.ts';

const SOURCES: Record<Kpi['link']['source'], string> = {
  indicator: 'Indicator',
  forecast: 'Forecast',
  gap: 'Gap',
  manual: 'Entered by hand',
};

/** The KPIs: each with its status against the trajectory, a chart of actual vs trajectory and target, and a table. */
export function KpiPage({ code }: { code: string }) {
  const council = useCouncil(code);
  const { user } = useSession();
  usePageTitle('KPIs', council?.name);
  const base = strategyPath(code);
  const { data, error, reload } = useApi<Strategy>(council ? base : null);
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  const editor = can(user, 'strategy:edit');
  const unit = (k: Kpi, v: number | null | undefined) =>
    v === null || v === undefined ? '–' : `${Math.round(v * 100) / 100}${k.unit ? ` ${k.unit}` : ''}`;
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Key performance indicators</h1>
      <StrategyNav code={code} current="kpis" />
      <ApiErrorSummary error={error} />
      {!data ? <p className="body">Loading…</p> : null}
      {data && data.kpis.length === 0 ? <p className="body">No KPIs yet.</p> : null}
      {data?.kpis.map((k) => (
        <section key={k.id} aria-labelledby={`kpi-${k.id}`} className="indicator">
          <h2 className="heading-l" id={`kpi-${k.id}`}>
            {k.title} <KpiStatusTag kpi={k} />
          </h2>
          <p className="body">{k.unavailable ?? k.statusReason}</p>
          <SummaryList
            rows={[
              ['Baseline', `${unit(k, k.baseline.value)} on ${formatDate(k.baseline.date)}`],
              [
                'Target',
                `${unit(k, k.target.value)} by ${formatDate(k.target.date)} (${k.direction} is better)`,
              ],
              [
                'Latest',
                k.latest
                  ? `${unit(k, k.latest.value)} on ${formatDate(k.latest.date)} (trajectory ${unit(k, k.latest.expected)})`
                  : 'No figure yet',
              ],
              ['Tolerance', unit(k, k.tolerance)],
              ['Figures from', `${SOURCES[k.link.source]}${k.link.key ? `: ${k.link.key}` : ''}`],
            ]}
          />
          <KpiChart kpi={k} />
          {editor ? (
            <details className="details">
              <summary className="details__summary">
                <span>Edit “{k.title}”</span>
              </summary>
              <div className="details__text">
                <KpiForm base={base} priorities={data?.priorities ?? []} kpi={k} onSaved={reload} />
                <DeleteButton
                  path={`${base}/kpis/${k.id}`}
                  label={`Delete the KPI “${k.title}”`}
                  onDeleted={reload}
                />
              </div>
            </details>
          ) : null}
        </section>
      ))}
      {data && can(user, 'strategy:edit') ? (
        <KpiForm base={base} priorities={data.priorities} onSaved={reload} />
      ) : null}
    </>
  );
}
