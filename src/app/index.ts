export * from './council-timelines.ts';
export * from './council-years.ts';
export * from './demo-council.ts';
export * from './return-files.ts';
