import { Tag, type TagTone } from '../../components/tag.tsx';
import type { Action, Kpi, Rag } from './types.ts';

const RAG_TONES: Record<Rag, TagTone> = { red: 'red', amber: 'orange', green: 'green' };
const RAG_TEXT: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** An action's RAG: the tag shown, and — when a user overrode it — the suggestion and their reason beside it. */
export function RagTag({ rag }: { rag: Action['rag'] }) {
  const shown = rag.rag;
  return (
    <span>
      {shown ? <Tag tone={RAG_TONES[shown]}>{RAG_TEXT[shown]}</Tag> : <Tag>Not rated</Tag>}
      {rag.override ? (
        <span className="cell-note">
          Overridden by a user: “{rag.override.reason}”. Suggested:{' '}
          {rag.suggested.rag ? RAG_TEXT[rag.suggested.rag] : 'not rated'} ({rag.suggested.reason}).
        </span>
      ) : (
        <span className="cell-note">Suggested from the dates: {rag.suggested.reason}</span>
      )}
    </span>
  );
}

const KPI_TONES: Record<Kpi['status'], TagTone> = {
  'on-track': 'green',
  'off-track': 'red',
  achieved: 'blue',
  'no-data': 'grey',
};

export function KpiStatusTag({ kpi }: { kpi: Pick<Kpi, 'status' | 'statusLabel'> }) {
  return <Tag tone={KPI_TONES[kpi.status]}>{kpi.statusLabel}</Tag>;
}
