export * from './looked-after.ts';
export * from './year-summary.ts';
export type * from './indicator.ts';
export type * from './indicator-input.ts';
export * from './all-indicators.ts';
