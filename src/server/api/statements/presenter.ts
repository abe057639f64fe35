import { STATUS_LABELS } from '../../../editions/index.ts';
import type { NarrativeEntry, StatementEdition } from '../../../store/index.ts';

const iso = (d: Date) => d.toISOString();
const stamp = (by: string | null, at: Date | null) => (by && at ? { by, at: iso(at) } : null);

export function presentEdition(e: StatementEdition) {
  return {
    number: e.number,
    title: e.title,
    status: e.status,
    statusLabel: STATUS_LABELS[e.status],
    created: { by: e.created_by, at: iso(e.created_at) },
    lastEdited: { by: e.last_edited_by, at: iso(e.last_edited_at) },
    submitted: stamp(e.submitted_by, e.submitted_at),
    approved: stamp(e.approved_by, e.approved_at),
    published: stamp(e.published_by, e.published_at),
    withdrawn: stamp(e.withdrawn_by, e.withdrawn_at),
  };
}

export function presentHistoryEntry(n: NarrativeEntry) {
  return {
    sectionId: n.sectionId,
    text: n.text,
    savedBy: n.savedBy,
    savedAt: iso(n.savedAt),
    copied: n.copiedFrom !== null,
  };
}

/** The public page of a council's published statements. */
export function publicPagePath(code: string): string {
  return `/public/${encodeURIComponent(code)}/statements`;
}
