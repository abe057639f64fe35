import * as echarts from 'echarts';
import type { ChartBlock } from './statement-document.ts';

/**
 * A chart as a self-contained, accessible SVG rendered on the server (ECharts SSR, no browser): `role="img"`,
 * a `<title>` and `<desc>` first so screen readers announce it, and the figures' table is printed beside it
 * by the renderers. `id` makes the title/desc ids unique within a page.
 */
export function renderChartSvg(chart: ChartBlock, id: string): string {
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: chart.width,
    height: chart.height,
  });
  try {
    instance.setOption(chart.option as echarts.EChartsOption);
    const svg = instance.renderToSVGString();
    return accessibleSvg(svg, chart, id);
  } finally {
    instance.dispose();
  }
}

/** Puts role, aria-labelledby, title and desc on the root `<svg>`; drops ECharts' own aria-label. */
function accessibleSvg(svg: string, chart: ChartBlock, id: string): string {
  const open = svg.indexOf('>', svg.indexOf('<svg'));
  const head = svg.slice(0, open).replace(/\s(role|aria-label|aria-labelledby)="[^"]*"/g, '');
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    `${head} role="img" aria-labelledby="${titleId} ${descId}" focusable="false">` +
    `<title id="${titleId}">${escapeXml(chart.title)}</title><desc id="${descId}">${escapeXml(chart.description)}</desc>` +
    svg.slice(open + 1)
  );
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
