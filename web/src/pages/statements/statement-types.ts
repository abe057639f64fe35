/** The statement edition API's answers (src/server/api/statements/schema.ts). */
export type EditionStatus = 'draft' | 'in-review' | 'approved' | 'published' | 'withdrawn';

export interface Stamp {
  by: string;
  at: string;
}

export interface Edition {
  number: number;
  title: string;
  status: EditionStatus;
  statusLabel: string;
  created: Stamp;
  lastEdited: Stamp;
  submitted: Stamp | null;
  approved: Stamp | null;
  published: Stamp | null;
  withdrawn: Stamp | null;
}

export interface EditionList {
  editions: Edition[];
  publicPage: string;
}

export interface EditionSection {
  id: string;
  heading: string;
  narrative: string;
  saved: Stamp | null;
  copiedFromEdition: boolean;
  figures: { label: string; value: string }[];
  tables: string[];
}

export type Step = 'edit' | 'submit' | 'approve' | 'publish' | 'withdraw';

export interface EditionDetail {
  edition: Edition;
  sections: EditionSection[];
  allowed: Record<Step, boolean>;
  refusals: Partial<Record<Step, string>>;
  publication: { hasPdf: boolean; pdfNote: string | null; publishedAt: string; publicUrl: string } | null;
}

export interface FigureChange {
  key: string;
  label: string;
  status: 'changed' | 'unchanged' | 'added' | 'removed';
  previous: { display: string; period: string } | null;
  current: { display: string; period: string } | null;
  change: string;
}

export interface ActionRef {
  id: string;
  title: string;
  priority: string;
  status: string;
  rag: string | null;
}

export interface EditionChanges {
  since: { number: number; title: string; publishedAt: string } | null;
  figures: FigureChange[];
  unchanged: number;
  actions: {
    added: ActionRef[];
    completed: ActionRef[];
    dropped: ActionRef[];
    removed: ActionRef[];
    ragChanged: { action: ActionRef; from: string | null; to: string | null }[];
  };
}

export const STATUS_TONES: Record<EditionStatus, 'grey' | 'blue' | 'yellow' | 'green' | 'red'> = {
  draft: 'grey',
  'in-review': 'yellow',
  approved: 'blue',
  published: 'green',
  withdrawn: 'red',
};

/** The API path of a council's editions. */
export function editionsPath(code: string): string {
  return `/api/councils/${encodeURIComponent(code)}/statements/editions`;
}

/** The app path of a council's statement screens. */
export function statementsHref(code: string): string {
  return `/councils/${encodeURIComponent(code)}/statements`;
}
