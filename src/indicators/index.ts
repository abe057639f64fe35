export * from './all-indicators.ts';
export type * from './indicator.ts';
export type * from './indicator-input.ts';
export * from './looked-after.ts';
export * from './year-summary.ts';
