export * from './looked-after.ts';
export * from './year-summary.ts';
