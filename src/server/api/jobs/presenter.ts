import type { Job } from '../../../jobs/index.ts';

export function presentJob(job: Job) {
  return {
    id: job.id,
    kind: job.kind,
    councilCode: job.councilCode,
    status: job.status,
    progress: job.progress,
    ...(job.result !== null && job.result !== undefined ? { result: job.result } : {}),
    ...(job.error !== null ? { error: job.error } : {}),
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}
