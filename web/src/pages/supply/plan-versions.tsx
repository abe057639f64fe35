import { type FormEvent, useState } from 'react';
import { query } from '../../api/client.ts';
import { Select } from '../../components/fields.tsx';
import { formatDate, formatDateTime } from '../../format/format.ts';
import { Link, navigate } from '../../router/index.ts';
import { FigureTable } from './figure-table.tsx';
import { supplyPath } from './supply-nav.tsx';
import type { PlanVersionSummary } from './types.ts';

/** Saved plan versions, newest first, each viewable, and a choice of two to compare. */
export function PlanVersions({
  code,
  versions,
  from,
  to,
}: {
  code: string;
  versions: PlanVersionSummary[];
  from?: number | undefined;
  to?: number | undefined;
}) {
  const base = supplyPath(code, 'plan');
  const [draft, setDraft] = useState({
    from: String(from ?? versions[1]?.version ?? versions[0]?.version ?? ''),
    to: String(to ?? versions[0]?.version ?? ''),
  });
  const compare = (event: FormEvent) => {
    event.preventDefault();
    navigate(base + query(draft));
  };
  if (versions.length === 0) return <p className="body">No version of the plan has been saved yet.</p>;
  const options = versions.map((v): [string, string] => [String(v.version), `Version ${v.version}`]);
  return (
    <>
      <FigureTable
        caption="Saved versions of the plan, newest first"
        columns={[
          { header: 'Version' },
          { header: 'Saved' },
          { header: 'By' },
          { header: 'Figures from' },
          { header: 'Note' },
          { header: 'Plan' },
        ]}
        rows={versions.map((v) => ({
          key: String(v.version),
          cells: [
            `Version ${v.version}`,
            formatDateTime(v.createdAt),
            v.createdBy,
            formatDate(v.origin),
            v.note || '–',
            <Link key="view" href={base + query({ version: v.version })}>
              View<span className="visually-hidden"> version {v.version}</span>
            </Link>,
          ],
        }))}
      />
      {versions.length > 1 ? (
        <form className="filters" onSubmit={compare} aria-label="Compare two versions">
          <div className="inline-controls">
            <Select
              id="diff-from"
              label="Compare version"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
              options={options}
            />
            <Select
              id="diff-to"
              label="with version"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
              options={options}
            />
            <button type="submit" className="button button--secondary">
              Show differences
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
