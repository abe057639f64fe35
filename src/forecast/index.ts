export { asKnownAt } from './as-known-at.ts';
export { bias, intervalCoverage, intervalScore, mae, relativeMae } from './scores.ts';
export * from './exposure.ts';
export * from './transition-rates.ts';
export * from './entries.ts';
export * from './poisson-trend.ts';
export * from './project-counts.ts';
export * from './quantiles.ts';
export * from './backtest.ts';
