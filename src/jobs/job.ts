import type { JobStatus } from '../store/database-schema.ts';

export type { JobStatus };

/** Where a long job is: a phase name the UI shows (e.g. `reading`, `writing`) and done of total units. */
export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

/**
 * A long job (import now; forecasts and reports later) as stored: a user can leave the page and come
 * back. `succeeded` means the job ran to its end (an import that was *rejected* still succeeded as a job:
 * its result says so); `failed` means it could not finish (an unexpected error, or a restart).
 */
export interface Job {
  id: string;
  kind: string;
  councilCode: string | null;
  createdBy: string;
  status: JobStatus;
  progress: JobProgress;
  result: unknown;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a job's work returns: its result (stored as JSON), or a message a user can act on. */
export type JobOutcome =
  | { status: 'succeeded'; result: unknown }
  | { status: 'failed'; error: string; result?: unknown };
