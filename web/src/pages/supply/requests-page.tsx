import { type FormEvent, useState } from 'react';
import { query } from '../../api/client.ts';
import { TextInput } from '../../components/fields.tsx';
import { formatDate, formatNumber } from '../../format/format.ts';
import { navigate, useLocation } from '../../router/index.ts';
import { FigureDefinitions } from './figure-definitions.tsx';
import { FigureTable } from './figure-table.tsx';
import { formatShare } from './format-figures.ts';
import { Headlines } from './headlines.tsx';
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  inOrder,
  labelOf,
  OUTCOME_LABELS,
  OUTCOMES,
  REQUESTED_TYPE_LABELS,
} from './labels.ts';
import { BarChart } from './supply-charts.tsx';
import { SupplyFrame } from './supply-frame.tsx';
import type { RequestSummary, RequestsAnswer } from './types.ts';
import { useSupply } from './use-supply.ts';

const DEFINITIONS: [string, string][] = [
  [
    'Requests',
    'Placement requests (referrals) made to the placements team in the period, by the date of the request.',
  ],
  [
    'Outcome',
    'Where the child was placed: in-house, an external provider on the framework, an external spot purchase, or not found.',
  ],
  [
    'Not found',
    'Requests no suitable placement was found for, by the type asked for and the child’s age when asked.',
  ],
  [
    'Days to place',
    'Days from the request to the placement: the median (half took longer) and the 90th percentile (1 in 10 took longer).',
  ],
];

/** Placement requests: by outcome, not found by requested type and age band, days to place. */
export function RequestsPage({ code }: { code: string }) {
  const { path, search } = useLocation();
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const loaded = useSupply<RequestsAnswer>(code, `requests${query({ from, to })}`);
  const [draft, setDraft] = useState({ from, to });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(path + query(draft), { replace: true });
  };
  return (
    <SupplyFrame code={code} tab="requests" title="Placement requests" loaded={loaded}>
      {({ requests }) => (
        <>
          <form className="filters" onSubmit={apply} aria-label="Choose a period">
            <div className="inline-controls">
              <TextInput
                id="from"
                label="From"
                type="date"
                value={draft.from || requests.from}
                onChange={(e) => setDraft({ ...draft, from: e.target.value })}
              />
              <TextInput
                id="to"
                label="To"
                type="date"
                value={draft.to || requests.to}
                onChange={(e) => setDraft({ ...draft, to: e.target.value })}
              />
              <button type="submit" className="button button--secondary">
                Show period
              </button>
            </div>
          </form>
          <RequestFigures requests={requests} />
        </>
      )}
    </SupplyFrame>
  );
}

function RequestFigures({ requests }: { requests: RequestSummary }) {
  const period = `${formatDate(requests.from)} to ${formatDate(requests.to)}`;
  const byOutcome = OUTCOMES.map((o) => requests.cells.reduce((s, c) => s + (c.byOutcome[o] ?? 0), 0));
  const types = inOrder(
    requests.cells.map((c) => c.requestedType),
    Object.keys(REQUESTED_TYPE_LABELS),
  );
  const bands = inOrder(
    requests.cells.map((c) => c.ageBand),
    AGE_BANDS,
  );
  const cell = (t: string, b: string) => requests.cells.find((c) => c.requestedType === t && c.ageBand === b);
  const outcomes = {
    categories: OUTCOMES.map((o) => labelOf(OUTCOME_LABELS, o)),
    series: [{ name: 'Requests', values: byOutcome }],
  };
  const notFound = {
    categories: types.map((t) => labelOf(REQUESTED_TYPE_LABELS, t)),
    series: bands.map((b) => ({
      name: labelOf(AGE_BAND_LABELS, b),
      stack: 'not-found',
      values: types.map((t) => cell(t, b)?.notFound ?? 0),
    })),
  };
  if (requests.requests === 0)
    return <p className="body">No placement requests are recorded for {period}.</p>;
  return (
    <>
      <FigureDefinitions items={DEFINITIONS} section="Placement requests" />
      <Headlines
        label={`Placement requests, ${period}`}
        items={[
          { label: 'Requests', value: formatNumber(requests.requests), note: period },
          {
            label: 'Not found',
            value: formatNumber(requests.notFound),
            note: `${formatShare(requests.notFound / requests.requests)} of requests`,
          },
        ]}
      />
      <section aria-labelledby="by-outcome">
        <h2 className="heading-l" id="by-outcome">
          Requests by outcome
        </h2>
        <BarChart
          categories={outcomes.categories}
          series={outcomes.series}
          horizontal
          description={`Bar chart: placement requests by outcome, ${period}. ${OUTCOMES.map((o, i) => `${labelOf(OUTCOME_LABELS, o)}: ${byOutcome[i]}`).join('; ')}.`}
        />
        <FigureTable
          caption={`Placement requests by outcome, ${period}`}
          columns={[
            { header: 'Outcome' },
            { header: 'Requests', numeric: true },
            { header: 'Share', numeric: true },
          ]}
          rows={OUTCOMES.map((o, i) => ({
            key: o,
            cells: [
              labelOf(OUTCOME_LABELS, o),
              formatNumber(byOutcome[i]),
              formatShare((byOutcome[i] ?? 0) / requests.requests),
            ],
          }))}
        />
      </section>
      <section aria-labelledby="not-found">
        <h2 className="heading-l" id="not-found">
          Not found, by requested type and age
        </h2>
        {requests.notFound === 0 ? (
          <p className="body">Every request in the period found a placement.</p>
        ) : (
          <BarChart
            categories={notFound.categories}
            series={notFound.series}
            horizontal
            description={`Stacked bar chart: requests not found by the type asked for, split by age band, ${period}. ${types.map((t) => `${labelOf(REQUESTED_TYPE_LABELS, t)}: ${bands.reduce((s, b) => s + (cell(t, b)?.notFound ?? 0), 0)}`).join('; ')}.`}
          />
        )}
        <FigureTable
          caption={`Requests not found (of all requests) by requested type and age band, ${period}`}
          columns={[
            { header: 'Requested type' },
            ...bands.map((b) => ({ header: labelOf(AGE_BAND_LABELS, b), numeric: true })),
            { header: 'All ages', numeric: true },
          ]}
          rows={types.map((t) => {
            const all = requests.cells.filter((c) => c.requestedType === t);
            return {
              key: t,
              cells: [
                labelOf(REQUESTED_TYPE_LABELS, t),
                ...bands.map((b) => {
                  const c = cell(t, b);
                  return c ? `${formatNumber(c.notFound)} of ${formatNumber(c.requests)}` : '–';
                }),
                `${formatNumber(all.reduce((s, c) => s + c.notFound, 0))} of ${formatNumber(all.reduce((s, c) => s + c.requests, 0))}`,
              ],
            };
          })}
        />
      </section>
      <section aria-labelledby="days-to-place">
        <h2 className="heading-l" id="days-to-place">
          Days to place
        </h2>
        <FigureTable
          caption={`Days from request to placement by outcome, ${period}`}
          columns={[
            { header: 'Outcome' },
            { header: 'Placed', numeric: true },
            { header: 'Median days', numeric: true },
            { header: '1 in 10 took longer than (days)', numeric: true },
          ]}
          rows={requests.daysToPlace.map((d) => ({
            key: d.outcome,
            cells: [
              labelOf(OUTCOME_LABELS, d.outcome),
              formatNumber(d.n),
              d.median === null ? '–' : formatNumber(Math.round(d.median)),
              d.p90 === null ? '–' : formatNumber(Math.round(d.p90)),
            ],
          }))}
        />
      </section>
    </>
  );
}
