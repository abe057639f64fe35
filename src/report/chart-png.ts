import { Resvg } from '@resvg/resvg-js';
import { renderChartSvg } from './chart-svg.ts';
import type { ChartBlock } from './statement-document.ts';

/** A chart as PNG (for DOCX, which has no SVG everywhere): the server-side SVG rasterised by resvg at `scale`×. */
export function renderChartPng(chart: ChartBlock, scale = 2): Uint8Array {
  const svg = renderChartSvg(chart, 'png');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
