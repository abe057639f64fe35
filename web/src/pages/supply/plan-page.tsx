import { useState } from 'react';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatDate, formatDateTime } from '../../format/format.ts';
import { Link, useLocation } from '../../router/index.ts';
import { can, useSession } from '../../session/index.ts';
import { FigureDefinitions } from './figure-definitions.tsx';
import { PlanDiff } from './plan-diff.tsx';
import { PlanTable } from './plan-table.tsx';
import { PlanVersions } from './plan-versions.tsx';
import { SavePlanForm } from './save-plan-form.tsx';
import { SupplyFrame } from './supply-frame.tsx';
import { supplyPath } from './supply-nav.tsx';
import type { Plan, PlanAnswer, PlanVersion, PlanVersionsAnswer } from './types.ts';
import { supplyApi, useSupply } from './use-supply.ts';

const DEFINITIONS: [string, string][] = [
  [
    'Need (P50, P90)',
    'Children forecast in the placement type on 31 March at the end of the financial year (middle and 1-in-10 high).',
  ],
  ['In-house supply', 'In-house places × target occupancy, averaged over the year.'],
  [
    'To commission',
    'Need − in-house supply, never below 0; P10 to P90 is the range from a low to a high forecast.',
  ],
  [
    'Suggested buying',
    'Block contracts for the places even the low forecast needs every year from now to the end; spot for the rest.',
  ],
  [
    'Spend',
    'In-house children × 52.18 weeks × in-house weekly cost + places to commission × 52.18 weeks × external weekly cost.',
  ],
  ['Headroom', 'Budget − spend at P50; negative is over budget.'],
];

const positive = (text: string | null) => (text && /^\d+$/.test(text) ? Number(text) : undefined);

/** The 5-year commissioning plan as it stands (or a saved version), saving a version, versions and their differences. */
export function PlanPage({ code }: { code: string }) {
  const { search } = useLocation();
  const version = positive(search.get('version'));
  const from = positive(search.get('from'));
  const to = positive(search.get('to'));
  const current = useSupply<PlanAnswer>(code, 'plan');
  return (
    <SupplyFrame code={code} tab="plan" title="Commissioning plan" loaded={current}>
      {(answer) => <PlanFigures code={code} answer={answer} version={version} from={from} to={to} />}
    </SupplyFrame>
  );
}

function PlanFigures({
  code,
  answer,
  version,
  from,
  to,
}: {
  code: string;
  answer: PlanAnswer;
  version: number | undefined;
  from: number | undefined;
  to: number | undefined;
}) {
  const { user } = useSession();
  const versions = useApi<PlanVersionsAnswer>(`${supplyApi(code)}/plans`);
  const saved = useApi<PlanVersion>(version ? `${supplyApi(code)}/plans/${version}` : null);
  const [justSaved, setJustSaved] = useState<PlanVersion | undefined>(undefined);
  const shown: Plan | undefined = version ? saved.data?.plan : answer.plan;
  return (
    <>
      {justSaved ? (
        <NotificationBanner title="Saved" success>
          <p className="body">
            Version {justSaved.version} of the plan is saved{justSaved.note ? `: “${justSaved.note}”` : ''}.
          </p>
        </NotificationBanner>
      ) : null}
      <FigureDefinitions items={DEFINITIONS} section="The commissioning plan" />
      <section aria-labelledby="plan-table">
        <h2 className="heading-l" id="plan-table">
          {version ? `Version ${version} of the plan` : 'The plan as it stands'}
        </h2>
        {version ? (
          <>
            <ApiErrorSummary error={saved.error} />
            {saved.data ? (
              <p className="body">
                Saved {formatDateTime(saved.data.createdAt)} by {saved.data.createdBy}
                {saved.data.note ? `: “${saved.data.note}”` : ''}.{' '}
                <Link href={supplyPath(code, 'plan')}>Show the plan as it stands</Link>
              </p>
            ) : null}
          </>
        ) : (
          <p className="body">
            From the figures on {formatDate(answer.plan.origin)}, not saved. Save it below to keep it as a
            version.
          </p>
        )}
        {shown ? (
          <PlanTable
            plan={shown}
            caption={`commissioning plan by placement type${version ? `, version ${version}` : ''}`}
          />
        ) : null}
      </section>
      {shown ? <PlanRules plan={shown} /> : null}
      {can(user, 'plan:edit') ? (
        <section aria-labelledby="save-plan">
          <h2 className="heading-l" id="save-plan">
            Save a version
          </h2>
          <SavePlanForm
            code={code}
            inputs={answer.inputs}
            onSaved={(v) => {
              setJustSaved(v);
              versions.reload();
            }}
          />
        </section>
      ) : null}
      <section aria-labelledby="plan-versions">
        <h2 className="heading-l" id="plan-versions">
          Saved versions
        </h2>
        <ApiErrorSummary error={versions.error} />
        {versions.data ? (
          <PlanVersions
            key={versions.data.versions.map((v) => v.version).join(',')}
            code={code}
            versions={versions.data.versions}
            from={from}
            to={to}
          />
        ) : null}
      </section>
      {from && to ? <PlanDiff code={code} from={from} to={to} /> : null}
    </>
  );
}

function PlanRules({ plan }: { plan: Plan }) {
  return (
    <section aria-labelledby="plan-rules">
      <h2 className="heading-l" id="plan-rules">
        How the plan is worked out
      </h2>
      <ul className="list">
        {plan.rules.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <details className="details">
        <summary className="details__summary">Assumptions</summary>
        <div className="details__text">
          <ul className="list">
            {plan.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      </details>
    </section>
  );
}
