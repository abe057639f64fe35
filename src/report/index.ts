export * from './build-statement-document.ts';
export { renderChartPng } from './chart-png.ts';
export { renderChartSvg } from './chart-svg.ts';
export * from './council-statement.ts';
export { narrativeParts } from './narrative-html.ts';
export { type HtmlOptions, renderHtml } from './render-html.ts';
export * from './section-provider.ts';
export * from './statement-document.ts';
export * from './statement-input.ts';
