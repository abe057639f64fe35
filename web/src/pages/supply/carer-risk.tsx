import { formatDate, formatNumber } from '../../format/format.ts';
import { FigureTable } from './figure-table.tsx';
import { formatPlaces, formatShare } from './format-figures.ts';
import { APPROVAL_LABELS, CARER_AGE_LABELS } from './labels.ts';
import { BarChart } from './supply-charts.tsx';
import type { CapacityAnswer, InHouseAnswer, Recruitment } from './types.ts';

/** Households now and the chance of deregistering within a year, by the oldest main carer's age band. */
export function CarerRisk({ capacity, inHouse }: { capacity: CapacityAnswer; inHouse: InHouseAnswer }) {
  const { risk } = capacity.fostering;
  const households = (band: string) => inHouse.carerAges.find((a) => a.band === band);
  const { categories, series } = {
    categories: risk.bands.map((b) => CARER_AGE_LABELS[b.band]),
    series: [
      {
        name: 'Chance of deregistering in a year (%)',
        values: risk.bands.map((b) => b.annualProbability * 100),
      },
    ],
  };
  const window = `${formatDate(risk.from)} to ${formatDate(risk.to)}`;
  return (
    <section aria-labelledby="risk">
      <h2 className="heading-l" id="risk">
        Deregistration risk by carer age
      </h2>
      <BarChart
        categories={categories}
        series={series}
        horizontal
        description={`Bar chart: chance a household deregisters within a year, by the oldest main carer's age, from ${window}. ${risk.bands.map((b) => `${CARER_AGE_LABELS[b.band]}: ${formatShare(b.annualProbability)}`).join('; ')}.`}
      />
      <FigureTable
        caption={`Households on ${formatDate(capacity.origin)} and deregistrations ${window}, by carer age`}
        columns={[
          { header: 'Oldest main carer' },
          { header: 'Households now', numeric: true },
          { header: 'Usable places now', numeric: true },
          { header: 'Deregistrations', numeric: true },
          { header: 'Household-years', numeric: true },
          { header: 'Chance in a year', numeric: true },
        ]}
        rows={risk.bands.map((b) => ({
          key: b.band,
          cells: [
            CARER_AGE_LABELS[b.band],
            formatNumber(households(b.band)?.households),
            formatNumber(households(b.band)?.usable),
            formatNumber(b.deregistrations),
            formatPlaces(b.householdYears),
            b.borrowed
              ? `${formatShare(b.annualProbability)} (all ages: no households in this band)`
              : formatShare(b.annualProbability),
          ],
        }))}
      />
    </section>
  );
}

function recruitmentText(r: Recruitment): string {
  return `${formatPlaces(r.householdsPerYear)} ${APPROVAL_LABELS[r.approvalType].toLowerCase()} households a year, ${formatPlaces(r.usablePlacesPerHousehold)} usable places each${r.carerAge === null ? '' : `, carers aged ${r.carerAge} at approval`} (${r.source})`;
}

/** Usable places on each future 31 March with recruitment as assumed, and the assumption in words. */
export function CarerProjection({ capacity }: { capacity: CapacityAnswer }) {
  const { projection, recruitment } = capacity.fostering;
  return (
    <section aria-labelledby="projection">
      <h2 className="heading-l" id="projection">
        The next 5 years, with recruitment
      </h2>
      <p className="body">Recruitment assumed (the gap screen can try other numbers):</p>
      {recruitment.length ? (
        <ul className="list">
          {recruitment.map((r) => (
            <li key={r.approvalType}>{recruitmentText(r)}</li>
          ))}
        </ul>
      ) : (
        <p className="body">No recruitment: no household was approved in the last 3 years.</p>
      )}
      <FigureTable
        caption="Projected in-house fostering places (usable)"
        columns={[
          { header: 'On' },
          { header: 'From today’s households', numeric: true },
          { header: 'From recruitment', numeric: true },
          { header: 'Expected deregistrations in the year', numeric: true },
          { header: 'Usable places', numeric: true },
          { header: 'Average over the year', numeric: true },
        ]}
        rows={projection.map((p) => ({
          key: p.date,
          cells: [
            formatDate(p.date),
            formatPlaces(p.existing),
            formatPlaces(p.recruited),
            formatPlaces(p.expectedDeregistrations),
            formatPlaces(p.usable),
            formatPlaces(p.averageUsable),
          ],
        }))}
      />
    </section>
  );
}
