/**
 * The sufficiency strategy, its action plan and KPIs, and the voice of children and providers (issue 7).
 *
 * For the statement and progress report:
 * `strategySummary(db: Kysely<Database>, council: string, asAt: EpochDay, options?: StrategySummaryOptions):
 * Promise<StrategySummary>` — priorities, actions with RAG (suggested and overridden), progress updates to
 * `asAt`, KPIs with status and their actual and trajectory series; no child-level data. Forecast and gap
 * KPIs resolve through `options.resolvers` (`{ forecast, gap }`, each a `KpiResolver`) until those modules
 * supply theirs.
 */
export * from './default-priorities.ts';
export * from './kpi.ts';
export * from './kpi-resolvers.ts';
export * from './kpi-status.ts';
export * from './strategy.ts';
export * from './strategy-summary.ts';
export * from './suggest-rag.ts';
export * from './summarise-strategy.ts';
export * from './survey-csv.ts';
export * from './survey-scale.ts';
export * from './survey-summary.ts';
