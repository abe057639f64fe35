import type { ChildDetail, PeriodView } from '../api/types.ts';
import { useCouncil } from '../components/councils-context.tsx';
import { ApiErrorSummary } from '../components/error-summary.tsx';
import { SummaryList } from '../components/summary-list.tsx';
import { Tag } from '../components/tag.tsx';
import { useApi } from '../components/use-api.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { formatDate } from '../format/format.ts';
import { Link } from '../router/index.ts';
import { CareTimeline } from './child/care-timeline.tsx';
import { ErrorPage } from './error-pages.tsx';
import { SEVERITY_TEXT } from './returns/findings-table.tsx';

const SEX: Record<string, string> = { M: 'Male', F: 'Female', U: 'Not known' };

function yesNo(value: boolean | null): string {
  return value === null ? '–' : value ? 'Yes' : 'No';
}

function PeriodTable({ period, index }: { period: PeriodView; index: number }) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption table__caption--s">
          Period of care {index + 1}: {formatDate(period.start)} to{' '}
          {period.end ? formatDate(period.end) : 'now'}
          {period.reasonEndedLabel ? (
            <span className="cell-note">Ended: {period.reasonEndedLabel}</span>
          ) : null}
          {period.lostToFollowUp ? (
            <span className="cell-note">Not in later returns (lost to follow-up)</span>
          ) : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Placement</th>
            <th scope="col">Provider</th>
            <th scope="col" className="num">
              Distance (miles)
            </th>
            <th scope="col">In area</th>
            <th scope="col">Reason for move</th>
          </tr>
        </thead>
        <tbody>
          {period.placements.map((p) => (
            <tr key={p.start}>
              <td>{formatDate(p.start)}</td>
              <td>{p.end ? formatDate(p.end) : 'Now'}</td>
              <td>
                {p.categoryLabel}
                <span className="cell-note">
                  {p.placementType ?? '–'} {p.placementTypeLabel ? `– ${p.placementTypeLabel}` : ''}
                </span>
              </td>
              <td>
                {p.provider ?? '–'}
                {p.inHouse !== null ? (
                  <span className="cell-note">{p.inHouse ? 'Council' : 'Private or voluntary'}</span>
                ) : null}
              </td>
              <td className="num">{p.distanceMiles === null ? '–' : p.distanceMiles.toFixed(1)}</td>
              <td>{yesNo(p.inArea)}</td>
              <td>{p.reasonForMoveLabel ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One child's time in care: details, a timeline, each period's placements, missing spells and findings. */
export function ChildPage({ code, id }: { code: string; id: string }) {
  const council = useCouncil(code);
  const base = `/councils/${encodeURIComponent(code)}/children`;
  const { data, error, loading } = useApi<ChildDetail>(
    council ? `/api${base}/${encodeURIComponent(id)}` : null,
  );
  usePageTitle(`Child ${id}`, council?.name);
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  if (error?.status === 403) return <ErrorPage status={403} />;
  return (
    <>
      <Link className="back-link" href={base}>
        Back to children
      </Link>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">Child {id}</h1>
      <ApiErrorSummary error={error} />
      {loading && !data ? <p className="body">Loading…</p> : null}
      {data ? <ChildDetailView detail={data} /> : null}
    </>
  );
}

function ChildDetailView({ detail }: { detail: ChildDetail }) {
  const { child, periods, missing, findings } = detail;
  return (
    <>
      <SummaryList
        rows={[
          ['Sex', child.sex ? (SEX[child.sex] ?? child.sex) : 'Not recorded'],
          ['Date of birth', formatDate(child.dob)],
          ['Ethnicity', child.ethnicityLabel ?? child.ethnicity ?? 'Not recorded'],
          [
            'Unaccompanied asylum-seeking child',
            child.uasc ? (child.uascCeased ? `Yes, until ${formatDate(child.uascCeased)}` : 'Yes') : 'No',
          ],
          ['Data runs to', formatDate(child.observedUntil)],
        ]}
      />
      <h2 className="heading-l">Timeline</h2>
      <CareTimeline periods={periods} until={child.observedUntil} />
      <h2 className="heading-l">Periods of care and placements</h2>
      {periods.map((period, i) => (
        <PeriodTable key={period.start} period={period} index={i} />
      ))}
      <h2 className="heading-l">Missing from placement</h2>
      {missing.length ? (
        <table className="table">
          <caption className="table__caption table__caption--s">
            Spells missing or away from placement
          </caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {missing.map((m) => (
              <tr key={`${m.start}-${m.kind ?? ''}`}>
                <td>{formatDate(m.start)}</td>
                <td>{m.end ? formatDate(m.end) : 'Not recorded'}</td>
                <td>{m.kindLabel ?? m.kind ?? 'Missing'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="body">No missing spells are recorded.</p>
      )}
      <h2 className="heading-l">Findings about this child</h2>
      {findings.length ? (
        <table className="table">
          <caption className="table__caption table__caption--s">
            Data quality findings naming this child
          </caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Finding</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f) => (
              <tr key={`${f.code}-${f.file ?? ''}-${f.row ?? ''}-${f.message}`}>
                <td>
                  <Tag tone={f.severity === 'structural' ? 'red' : 'yellow'}>
                    {SEVERITY_TEXT[f.severity] ?? f.severity}
                  </Tag>
                </td>
                <td>
                  <code>{f.code}</code>
                </td>
                <td>{f.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="body">No findings name this child.</p>
      )}
    </>
  );
}
