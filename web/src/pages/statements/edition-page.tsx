import { useState } from 'react';
import { useCouncil } from '../../components/councils-context.tsx';
import { ApiErrorSummary } from '../../components/error-summary.tsx';
import { NotificationBanner } from '../../components/notification-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { Tag } from '../../components/tag.tsx';
import { useApi } from '../../components/use-api.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime } from '../../format/format.ts';
import { Link } from '../../router/index.ts';
import { ErrorPage } from '../error-pages.tsx';
import { EditionSteps } from './edition-steps.tsx';
import { NarrativeEditor } from './narrative-editor.tsx';
import {
  type EditionDetail,
  editionsPath,
  STATUS_TONES,
  type Stamp,
  statementsHref,
} from './statement-types.ts';

const stamp = (s: Stamp | null) => (s ? `${formatDateTime(s.at)} by ${s.by}` : '—');

/** One edition: its status and history, the next steps, and the narrative of every section. */
export function EditionPage({ code, number }: { code: string; number: string }) {
  const council = useCouncil(code);
  const path = `${editionsPath(code)}/${encodeURIComponent(number)}`;
  const { data, error, reload } = useApi<EditionDetail>(council ? path : null);
  const [done, setDone] = useState<string | undefined>();
  usePageTitle(
    data ? `Edition ${data.edition.number}: ${data.edition.title}` : 'Statement edition',
    council?.name,
  );
  if (!council || error?.status === 404) return <ErrorPage status={404} />;
  if (!data) return error ? <ApiErrorSummary error={error} /> : <p className="body">Loading…</p>;
  const { edition, publication } = data;
  const base = `${statementsHref(code)}/${edition.number}`;
  return (
    <>
      <Link className="back-link" href={statementsHref(code)}>
        All editions
      </Link>
      <span className="caption-l">{council.name}</span>
      <h1 className="heading-xl">
        Edition {edition.number}: {edition.title}
      </h1>
      {done ? (
        <NotificationBanner title="Done" success>
          <p className="body">{done}</p>
        </NotificationBanner>
      ) : null}
      <SummaryList
        rows={[
          [
            'Status',
            <Tag key="s" tone={STATUS_TONES[edition.status]}>
              {edition.statusLabel}
            </Tag>,
          ],
          ['Started', stamp(edition.created)],
          ['Last edited', stamp(edition.lastEdited)],
          ['Sent for review', stamp(edition.submitted)],
          ['Approved', stamp(edition.approved)],
          ['Published', stamp(edition.published)],
        ]}
      />
      <ul className="list">
        <li>
          <Link href={`${base}/preview`}>Preview edition {edition.number}</Link>
        </li>
        <li>
          <Link href={`${base}/changes`}>What changed since the last published edition</Link>
        </li>
        {publication ? (
          <li>
            <a href={publication.publicUrl}>Edition {edition.number} on the public page</a>
            {publication.hasPdf ? null : ` (no PDF: ${publication.pdfNote ?? 'none was made'})`}
          </li>
        ) : null}
      </ul>
      <EditionSteps
        path={path}
        detail={data}
        onDone={(message) => {
          setDone(message);
          reload();
        }}
      />
      {data.sections.map((section) => (
        <NarrativeEditor
          key={`${section.id}-${edition.status}`}
          path={path}
          section={section}
          editable={data.allowed.edit}
          onSaved={reload}
        />
      ))}
    </>
  );
}
