export * from './comparator-figure.ts';
export * from './comparator-store.ts';
export * from './comparators-for.ts';
export * from './dfe-csv.ts';
export { indicatorForDfe } from './dfe-mapping.ts';
export * from './england-figures.ts';
