export * from './job.ts';
export * from './job-runner.ts';
export * from './job-store.ts';
