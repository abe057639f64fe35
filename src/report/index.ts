/**
 * The published documents from live data (issue 7): the Market Position & Sufficiency Statement and the
 * annual progress report to scrutiny, as a document model built from aggregate inputs only (every figure
 * through disclosure control), rendered to HTML, PDF (Chromium) and DOCX. See docs/statement.md.
 *
 * - `buildStatementDocument(input: StatementInput): StatementDocument` — pure, from aggregates.
 * - `councilStatementInput(data: CouncilData, options): Promise<StatementInput>` — from a council's data.
 * - `loadCouncilStatement(db, councilCode, { asAt, narratives?, cache? })`, `loadScrutinyReport(db, …)`.
 * - `renderHtml(doc, { pageNumbers? }): string`, `renderPdf(doc): Promise<PdfResult>`,
 *   `renderDocx(doc): Promise<Uint8Array>`.
 * - `STATEMENT_PROVIDERS`: the sections other modules fill (supply, gap, costs, voice, strategy).
 */
export * from './build-scrutiny-report.ts';
export * from './build-statement-document.ts';
export { renderChartPng } from './chart-png.ts';
export { renderChartSvg } from './chart-svg.ts';
export { DEFAULT_CHROMIUM, ENABLE_PDF_HELP, findChromium } from './chromium.ts';
export * from './council-statement.ts';
export { kpiFigure } from './kpi-figure.ts';
export * from './load-council-documents.ts';
export { narrativeParts } from './narrative-html.ts';
export { renderDocx } from './render-docx.ts';
export { type HtmlOptions, renderHtml } from './render-html.ts';
export { type PdfOptions, type PdfResult, renderPdf } from './render-pdf.ts';
export * from './section-provider.ts';
export * from './statement-document.ts';
export * from './statement-input.ts';
export { strategySection } from './strategy-blocks.ts';
export { strategyProvider } from './strategy-provider.ts';
export { costsProvider, gapProvider, supplyBlocks, supplyProvider } from './supply-providers.ts';
export { surveyBlocks, voiceProvider } from './voice-provider.ts';
