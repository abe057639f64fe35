export * from './disclose-against-previous.ts';
export * from './disclose-indicator.ts';
export * from './disclose-trend.ts';
export type { Equation, LinearTable } from './linear-table.ts';
export { unprotectedCells } from './protection.ts';
export * from './public-indicator.ts';
export { secondarySuppression } from './secondary-suppression.ts';
