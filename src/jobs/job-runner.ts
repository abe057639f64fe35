import type { Kysely } from 'kysely';
import type { Database } from '../store/database-schema.ts';
import type { Job, JobOutcome, JobProgress } from './job.ts';
import { createJob, finishJob, markJobRunning, saveJobProgress } from './job-store.ts';

/** A job's work: reports progress (as often as it likes; the runner throttles writes) and returns its outcome. */
export type JobWork = (report: (p: JobProgress) => void) => Promise<JobOutcome>;

export interface JobRunnerOptions {
  /** Least time between two progress writes to the database (default 250 ms: at most ~4 a second). */
  progressIntervalMs?: number;
  /** Called with an unexpected error (no personal data: the message is not shown to users). */
  onError?: (error: unknown, job: { id: string; kind: string }) => void;
  /** Clock, for tests. */
  now?: () => number;
}

export const UNEXPECTED_JOB_ERROR =
  'The job stopped because of an unexpected error. Please try again; if it happens again, tell your administrator.';

/**
 * Runs jobs one at a time in this process, in the order submitted; the rest wait as `queued`. Each job's
 * state is in the `job` table, so any request (or a later visit) can read its progress.
 *
 * ### Example
 * ```ts
 * const runner = new JobRunner(db);
 * const job = await runner.submit({ kind: 'import', councilCode, createdBy: 'ana' }, async (report) => {
 *   report({ phase: 'reading', done: 0, total: 10 });
 *   return { status: 'succeeded', result: { rows: 10 } };
 * });
 * ```
 */
export class JobRunner {
  readonly #db: Kysely<Database>;
  readonly #interval: number;
  readonly #onError: NonNullable<JobRunnerOptions['onError']>;
  readonly #now: () => number;
  #tail: Promise<void> = Promise.resolve();
  #pending = 0;

  constructor(db: Kysely<Database>, options: JobRunnerOptions = {}) {
    this.#db = db;
    this.#interval = options.progressIntervalMs ?? 250;
    this.#onError = options.onError ?? (() => {});
    this.#now = options.now ?? Date.now;
  }

  /** Stores a queued job and chains its work after the jobs before it. Resolves once the job row exists. */
  async submit(
    spec: { kind: string; councilCode: string | null; createdBy: string },
    work: JobWork,
  ): Promise<Job> {
    const job = await createJob(this.#db, spec);
    this.#pending++;
    this.#tail = this.#tail.then(() => this.#run(job, work)).finally(() => this.#pending--);
    return job;
  }

  /** Jobs queued or running in this process. */
  get pending(): number {
    return this.#pending;
  }

  /** Resolves when every job submitted so far has ended (tests, shutdown). */
  async idle(): Promise<void> {
    let tail: Promise<void>;
    do {
      tail = this.#tail;
      await tail;
    } while (tail !== this.#tail);
  }

  async #run(job: Job, work: JobWork): Promise<void> {
    const tracker = new ProgressTracker(this.#db, job.id, this.#interval, this.#now);
    try {
      await markJobRunning(this.#db, job.id);
      const outcome = await work((p) => tracker.report(p));
      await tracker.settle();
      await finishJob(this.#db, job.id, outcome);
    } catch (error) {
      this.#onError(error, job);
      await tracker.settle().catch(() => {});
      await finishJob(this.#db, job.id, { status: 'failed', error: UNEXPECTED_JOB_ERROR }).catch((e) =>
        this.#onError(e, job),
      );
    }
  }
}

/** Writes progress at most once per interval, and always on a change of phase; never two writes at once. */
class ProgressTracker {
  #lastWrite = Number.NEGATIVE_INFINITY;
  #lastPhase = '';
  #writing: Promise<void> = Promise.resolve();
  #busy = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly id: string,
    private readonly interval: number,
    private readonly now: () => number,
  ) {}

  report(p: JobProgress): void {
    const at = this.now();
    if (this.#busy) return;
    if (p.phase === this.#lastPhase && at - this.#lastWrite < this.interval) return;
    this.#lastWrite = at;
    this.#lastPhase = p.phase;
    this.#busy = true;
    this.#writing = saveJobProgress(this.db, this.id, p)
      .catch(() => {})
      .finally(() => {
        this.#busy = false;
      });
  }

  settle(): Promise<void> {
    return this.#writing;
  }
}
