// Shapes of the JSON API (see the API contract; src/server/api/*/schema.ts on the server).

export type Role = 'admin' | 'analyst' | 'commissioner' | 'viewer';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  analyst: 'Performance analyst',
  commissioner: 'Commissioner',
  viewer: 'Viewer (aggregate figures only)',
};

export interface CouncilRef {
  code: string;
  name: string;
}

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  councils: CouncilRef[];
  permissions: string[];
  totpEnabled: boolean;
  method: 'password' | 'oidc';
  /** Set when an admin created or reset the password: the user must choose a new one first. */
  mustChangePassword?: boolean;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export interface AuthConfig {
  oidc: { enabled: boolean; label: string };
  demoUsers?: { username: string; password: string; role: Role }[];
}

export interface Council {
  code: string;
  name: string;
  region: string;
  years: number[];
}

export interface YearFigures {
  collectionYear: number;
  label: string;
  lookedAfterDuringYear: number;
  lookedAfterAtCensus: number;
  startedInYear?: number;
  ceasedInYear?: number;
}

export interface Overview {
  council: CouncilRef;
  years: YearFigures[];
  latest: YearFigures | null;
}

/** The pooled view over the user's councils (GET /api/region/overview). */
export interface RegionOverview {
  councils: CouncilRef[];
  years: (YearFigures & { councilsWithData: number })[];
  latest: (YearFigures & { councilsWithData: number }) | null;
  perCouncil: Overview[];
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  progress: { phase: string; done: number; total: number };
  result?: ImportResult;
  error?: string;
  councilCode: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What an import job leaves when it ends (a rejected return is a job that succeeded). */
export interface ImportResult {
  status: 'imported' | 'rejected';
  batchId: number | null;
  supersededBatchId: number | null;
  collectionYear: number;
  files: (BatchFile & { rowsSetAside?: number })[];
  rowCounts: Record<string, number>;
  structuralFindings: number;
  contentFindings: number;
  /** The first findings (structural only for a rejection); all are in the findings table once imported. */
  findings: Finding[];
  findingsShown: number;
}

export interface BatchFile {
  name: string;
  sha256: string;
  bytes: number;
  rows?: number;
}

export interface Batch {
  id: number | string;
  collectionYear: number;
  label: string;
  kind: 'return' | 'in-year';
  asAt: string;
  status: 'active' | 'superseded' | 'rejected';
  importedBy: string;
  importedAt: string;
  restoredBy?: string | null;
  restoredAt?: string | null;
  files: BatchFile[];
  rowCounts: Record<string, number>;
  structuralFindings: number;
  contentFindings: number;
  rowsSetAside: number;
}

export interface Finding {
  /** structural: the file or row cannot be read; content: readable but questionable. */
  severity: 'structural' | 'content';
  code: string;
  file?: string;
  table?: string;
  row?: number;
  column?: string;
  value?: string;
  expected?: string;
  childId?: string;
  message: string;
  batchId?: number | string;
  collectionYear?: number;
}

export interface FindingsPage {
  findings: Finding[];
  total: number;
  codes: { code: string; count: number }[];
}

export interface ChildRow {
  id: string;
  sex: string | null;
  ageNow: number;
  ageBand: string;
  inCareNow: boolean;
  currentCategory: string | null;
  currentCategoryLabel: string | null;
  periods: number;
  placements: number;
  firstStart: string | null;
  lastEnd: string | null;
}

export interface ChildrenPage {
  children: ChildRow[];
  total: number;
  /** The data date "now" refers to. */
  asOf: string | null;
}

export interface PlacementView {
  start: string;
  end: string | null;
  placementType: string | null;
  placementTypeLabel: string | null;
  category: string;
  categoryLabel: string;
  provider: string | null;
  inHouse: boolean | null;
  distanceMiles: number | null;
  inArea: boolean | null;
  reasonForMove: string | null;
  reasonForMoveLabel: string | null;
  temporarySpells: number;
}

export interface PeriodView {
  start: string;
  end: string | null;
  reasonEnded: string | null;
  reasonEndedLabel: string | null;
  lostToFollowUp: boolean;
  placements: PlacementView[];
}

export interface MissingSpell {
  kind: string | null;
  kindLabel: string | null;
  start: string;
  end: string | null;
}

export interface ChildDetail {
  child: {
    id: string;
    sex: string | null;
    dob: string;
    ethnicity: string | null;
    ethnicityLabel: string | null;
    uasc: boolean;
    uascCeased: string | null;
    observedUntil: string;
  };
  periods: PeriodView[];
  missing: MissingSpell[];
  findings: Finding[];
}

/** Placement codes (and, if given, only these providers) → category; the first matching rule wins. */
export interface CategoryRule {
  category: string;
  placementTypes: string[];
  providers?: string[];
}

export interface CouncilSettings {
  displayName: string;
  contactEmail: string | null;
  populationUnder18: { year: number; population: number }[];
  categoryMapping: CategoryRule[];
  categoryMappingIsDefault: boolean;
  /** Every category a rule may name, with its label. */
  categories: { category: string; label: string }[];
  postcodeDirectoryVersion: string;
  updatedBy?: string | null;
  updatedAt?: string | null;
}

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  allCouncils?: boolean;
  councils: CouncilRef[];
  mustChangePassword?: boolean;
  totpEnabled?: boolean;
  locked?: boolean;
  lockedUntil?: string | null;
  lastSignInAt?: string | null;
  disabled?: boolean;
}

export interface AuditEvent {
  id: number | string;
  at: string;
  actor: string;
  action: string;
  councilCode: string | null;
  detail: unknown;
}

export interface AuditPage {
  events: AuditEvent[];
  total: number;
}
