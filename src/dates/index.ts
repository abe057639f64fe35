export * from './collection-year.ts';
export * from './epoch-day.ts';
