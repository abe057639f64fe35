import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { TextInput } from '../../components/fields.tsx';
import { FanChart } from './fan-chart.tsx';
import {
  CATEGORIES,
  CATEGORY_TEXT,
  type Category,
  type ForecastView,
  millions,
  type UnitCosts,
} from './types.ts';

/** (f) The cost projection (chart and table) and the unit costs it assumes, editable by analysts and admins. */
export function CostPanel({
  view,
  costs,
  editor,
  onSaved,
}: {
  view: ForecastView;
  costs: UnitCosts | undefined;
  editor: boolean;
  onSaved(): void;
}) {
  const points = view.costs.years.map((y) => ({ label: `Year ${y.year}`, fan: y.total }));
  const overall = view.costs.overall;
  return (
    <section aria-labelledby="costs-heading">
      <h2 className="heading-l" id="costs-heading">
        Placement costs
      </h2>
      <p className="body">
        Over {view.costs.years.length} years: <strong>{millions(overall.p50)}</strong> (80% range{' '}
        {millions(overall.p10)} to {millions(overall.p90)}). Children fill the council’s own places first (as
        many as were placed in-house at the start, plus any a scenario adds); the rest are placed externally.
      </p>
      <FanChart
        unit="pounds"
        points={points}
        description={`Fan chart of placement costs by year after ${view.origin}: median with 80% and 90% ranges. The figures are in the table below.`}
      />
      <div className="table-scroll">
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">
            Placement costs by year: median (80% range)
          </caption>
          <thead>
            <tr>
              <th scope="col">Year after the start</th>
              <th scope="col" className="num">
                All placements
              </th>
              {CATEGORIES.map((c) => (
                <th scope="col" className="num" key={c}>
                  {CATEGORY_TEXT[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.costs.years.map((y) => (
              <tr key={y.year}>
                <td>Year {y.year}</td>
                {[y.total, ...CATEGORIES.map((c) => y.byCategory[c])].map((f, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                  <td className="num" key={i}>
                    {millions(f.p50)} ({millions(f.p10)}–{millions(f.p90)})
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <UnitCostTable
        assumptions={view.costs.assumptions}
        caption={`Unit costs used (${view.costs.assumptions.source})`}
      />
      {editor && costs ? (
        <UnitCostForm
          base={`/api/councils/${encodeURIComponent(view.councilCode)}`}
          costs={costs}
          onSaved={onSaved}
        />
      ) : null}
    </section>
  );
}

function UnitCostTable({
  assumptions,
  caption,
}: {
  assumptions: ForecastView['costs']['assumptions'];
  caption: string;
}) {
  return (
    <table className="table table--compact">
      <caption className="table__caption table__caption--s">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Placement type</th>
          <th scope="col" className="num">
            In-house, a week
          </th>
          <th scope="col" className="num">
            External, a week
          </th>
          <th scope="col" className="num">
            Price rise a year
          </th>
        </tr>
      </thead>
      <tbody>
        {CATEGORIES.map((c) => (
          <tr key={c}>
            <td>{CATEGORY_TEXT[c]}</td>
            <td className="num">£{assumptions.weekly[c].inHouse.toLocaleString('en-GB')}</td>
            <td className="num">£{assumptions.weekly[c].external.toLocaleString('en-GB')}</td>
            <td className="num">{(assumptions.inflation[c] * 100).toFixed(1)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnitCostForm({ base, costs, onSaved }: { base: string; costs: UnitCosts; onSaved(): void }) {
  const initial = Object.fromEntries(
    CATEGORIES.flatMap((c) => [
      [`${c}-inHouse`, String(costs.weekly[c].inHouse)],
      [`${c}-external`, String(costs.weekly[c].external)],
      [`${c}-inflation`, String(Math.round(costs.inflation[c] * 1000) / 10)],
    ]),
  );
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const send = (body: unknown) =>
    api('PUT', `${base}/forecast-costs`, body)
      .then(() => {
        setError(undefined);
        setSaved(true);
        onSaved();
      })
      .catch((caught) => setError(asApiError(caught)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const weekly = {} as Record<Category, { inHouse: number; external: number }>;
    const inflation = {} as Record<Category, number>;
    for (const c of CATEGORIES) {
      weekly[c] = { inHouse: Number(values[`${c}-inHouse`]), external: Number(values[`${c}-external`]) };
      inflation[c] = Number(values[`${c}-inflation`]) / 100;
    }
    void send({ weekly, inflation });
  };
  return (
    <details className="details">
      <summary className="details__summary">Change the unit costs</summary>
      <form className="details__text" onSubmit={submit}>
        <ApiErrorSummary error={error} />
        {saved ? (
          <p className="body" role="status">
            Unit costs saved. Run the forecast again to use them.
          </p>
        ) : null}
        <p className="hint">
          {costs.isDefault ? 'The defaults are in use.' : `Last changed by ${costs.updatedBy ?? 'someone'}.`}
        </p>
        {CATEGORIES.map((c) => (
          <fieldset className="fieldset" key={c}>
            <legend className="label">{CATEGORY_TEXT[c]}</legend>
            <div className="inline-controls">
              {(
                [
                  ['inHouse', 'In-house (£ a week)'],
                  ['external', 'External (£ a week)'],
                  ['inflation', 'Price rise (% a year)'],
                ] as const
              ).map(([field, label]) => (
                <TextInput
                  key={field}
                  id={`cost-${c}-${field}`}
                  label={label}
                  inputMode="decimal"
                  className="input--width-10"
                  value={values[`${c}-${field}`]}
                  onChange={(e) => setValues((old) => ({ ...old, [`${c}-${field}`]: e.target.value }))}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <div className="form-actions">
          <button type="submit" className="button">
            Save unit costs
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void send({ reset: true })}
          >
            Return to the defaults
          </button>
        </div>
      </form>
    </details>
  );
}
