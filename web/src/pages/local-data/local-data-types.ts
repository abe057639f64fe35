/** The local-data API's answers as the pages use them (see src/server/api/local-data/schema.ts). */
export interface LocalBatch {
  id: number;
  kind: string;
  slug: string;
  fileName: string;
  sha256: string;
  bytes: number;
  rows: number;
  status: 'active' | 'superseded';
  supersededBy: number | null;
  importedBy: string;
  importedAt: string;
}

export interface LocalKindSummary {
  kind: string;
  slug: string;
  title: string;
  description: string;
  childLevel: boolean;
  personal: boolean;
  active: LocalBatch | null;
}

export interface LocalDataSummary {
  kinds: LocalKindSummary[];
  history: LocalBatch[];
}

export interface LocalFinding {
  code: string;
  file?: string;
  row?: number;
  column?: string;
  value?: string;
  expected?: string;
  fix: string;
  message: string;
}

export type LocalUploadAnswer =
  | {
      status: 'imported';
      kind: string;
      slug: string;
      batchId: number;
      rows: number;
      supersededBatchId?: number;
    }
  | { status: 'rejected'; kind: string | null; findings: LocalFinding[] };

export interface TemplateColumnInfo {
  name: string;
  type: string;
  typeDescription: string;
  required: boolean;
  description: string;
  example: string;
  codes?: { code: string; label: string }[];
}

export interface TemplateInfo {
  kind: string;
  slug: string;
  title: string;
  description: string;
  fileName: string;
  childLevel: boolean;
  personal: boolean;
  key: string[];
  rules: string[];
  columns: TemplateColumnInfo[];
}
