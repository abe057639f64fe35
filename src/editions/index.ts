export * from './action-changes.ts';
export * from './disclosure-breaches.ts';
export * from './document-figures.ts';
export * from './edition-changes.ts';
export type * from './edition-figure.ts';
export * from './edition-status.ts';
export * from './edition-step.ts';
export * from './figure-changes.ts';
export * from './narrative-text.ts';
