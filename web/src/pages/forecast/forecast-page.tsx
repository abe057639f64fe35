import { type FormEvent, useEffect, useState } from 'react';
import type { Job } from '../../api/types.ts';
import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { Select } from '../../components/fields.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { can, useSession } from '../../session/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { BacktestPanel } from './backtest-panel.tsx';
import { CareLeaverPanel } from './care-leaver-panel.tsx';
import { ComparisonPanel } from './comparison-panel.tsx';
import { CostPanel } from './cost-panel.tsx';
import { NeedPanel } from './need-panel.tsx';
import { ReferencePanel } from './reference-panel.tsx';
import { ScenarioPanel } from './scenario-panel.tsx';
import type { ComparisonResult, ForecastResult, ReferenceChoice, SavedScenario, UnitCosts } from './types.ts';
import { useForecastJob } from './use-forecast-job.ts';

const PHASES: Record<string, string> = {
  queued: 'Waiting to start',
  starting: 'Starting',
  'choosing the reference period': 'Choosing the reference period by backtest',
  simulating: 'Simulating children’s care',
  backtest: 'Testing the forecast against the past',
  done: 'Finishing',
};

function phaseText(job: Job): string {
  const phase = job.status === 'queued' ? 'queued' : job.progress.phase;
  return PHASES[phase] ?? phase.charAt(0).toUpperCase() + phase.slice(1);
}

/** Live progress of a forecast job (announced when its phase changes). */
function Progress({ job, label }: { job: Job | undefined; label: string }) {
  return (
    <div className="job">
      <p className="body" role="status" aria-live="polite">
        {label}: {job ? phaseText(job) : 'Starting'}…
      </p>
      <ProgressBar
        label={`${label} progress`}
        done={job?.progress.done ?? 0}
        total={job?.progress.total ?? 0}
      />
    </div>
  );
}

/**
 * The demand forecast of a council: need by placement type with its fan chart, what the model assumes and
 * why this reference period, the backtest, scenarios and their comparison, and the cost projection.
 */
export function ForecastPage({ code }: { code: string }) {
  const council = useCouncil(code);
  const { user } = useSession();
  usePageTitle('Forecast', council?.name);
  const base = `/api/councils/${encodeURIComponent(code)}`;
  const [years, setYears] = useState('5');
  const [paths, setPaths] = useState('500');
  const [strata, setStrata] = useState('uasc');
  const [reference, setReference] = useState<ReferenceChoice | null>(null);
  const forecast = useForecastJob<ForecastResult>(code, '');
  const comparison = useForecastJob<ComparisonResult>(code, '/compare');
  const scenarios = useApi<SavedScenario[]>(council ? `${base}/forecast-scenarios` : null);
  const costs = useApi<UnitCosts>(council ? `${base}/forecast-costs` : null);
  const settings = (choice: ReferenceChoice | null) => ({
    years: Number(years),
    paths: Number(paths),
    ...(strata === 'uasc' ? {} : { strata }),
    ...(choice ? choice : {}),
  });
  const run = (choice: ReferenceChoice | null) => {
    setReference(choice);
    forecast.start(settings(choice));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: run once when the page opens
  useEffect(() => {
    if (council) forecast.start(settings(null));
  }, [council?.code]);
  if (!council) return <ErrorPage status={404} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(reference);
  };
  const result = forecast.result;
  const failed = forecast.job?.status === 'failed' ? forecast.job.error : undefined;
  return (
    <>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Demand forecast</h1>
      <p className="body">
        How many children the council is likely to look after, by placement type, over the next years — with
        the range it could fall in, what the forecast assumes, how well it would have done in the past,
        scenarios and costs.
      </p>
      <nav aria-label="On this page">
        <ul className="list">
          <li>
            <a href="#need-heading">Children looked after</a>
          </li>
          <li>
            <a href="#assumptions-heading">What the forecast assumes</a>
          </li>
          <li>
            <a href="#backtest-heading">The backtest</a>
          </li>
          <li>
            <a href="#scenarios-heading">Scenarios</a>
          </li>
          <li>
            <a href="#costs-heading">Placement costs</a>
          </li>
          <li>
            <a href="#care-leavers-heading">Care leavers in supported accommodation</a>
          </li>
        </ul>
      </nav>
      <form className="panel-form" onSubmit={submit} aria-label="Forecast settings">
        <div className="inline-controls">
          <Select
            id="forecast-years"
            label="Years ahead"
            value={years}
            onChange={(e) => setYears(e.target.value)}
            options={[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n): [string, string] => [String(n), String(n)])}
          />
          <Select
            id="forecast-paths"
            label="Simulations"
            hint="More simulations give steadier ranges and take longer."
            value={paths}
            onChange={(e) => setPaths(e.target.value)}
            options={[
              ['200', '200 (quick)'],
              ['500', '500'],
              ['1000', '1,000'],
              ['2000', '2,000 (slow)'],
            ]}
          />
          <Select
            id="forecast-strata"
            label="Rates of their own for"
            hint="Children in each group get their own chances of moving and leaving, and their own entries."
            value={strata}
            onChange={(e) => setStrata(e.target.value)}
            options={[
              ['uasc', 'UASC and other children'],
              ['uasc-sex', 'UASC and other children, girls and boys apart'],
            ]}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={forecast.running}>
            Run the forecast
          </button>
        </div>
      </form>
      <ApiErrorSummary error={forecast.error} />
      {failed ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">The forecast could not run</h2>
          <p className="body">{failed}</p>
        </div>
      ) : null}
      {forecast.running ? <Progress job={forecast.job} label="Forecast" /> : null}
      {result ? (
        <>
          <NeedPanel view={result.forecast} />
          <ReferencePanel view={result.forecast} running={forecast.running} onRun={run} />
          <BacktestPanel view={result.backtest} />
          <ScenarioPanel
            base={base}
            scenarios={scenarios.data ?? []}
            editor={can(user, 'forecast:run')}
            running={comparison.running}
            onSaved={scenarios.reload}
            onCompare={(ids) => comparison.start({ ...settings(reference), scenarioIds: ids })}
          />
          <ApiErrorSummary error={comparison.error} />
          {comparison.running ? <Progress job={comparison.job} label="Comparison" /> : null}
          {comparison.result ? <ComparisonPanel result={comparison.result} /> : null}
          <CostPanel
            view={result.forecast}
            costs={costs.data}
            editor={can(user, 'forecast:costs')}
            onSaved={costs.reload}
          />
          <CareLeaverPanel view={result.forecast.careLeavers} />
        </>
      ) : null}
    </>
  );
}
