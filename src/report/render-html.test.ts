import { describe, expect, it } from 'vitest';
import { buildStatementDocument } from './build-statement-document.ts';
import { renderHtml } from './render-html.ts';
import { STATEMENT_SECTIONS } from './statement-document.ts';
import { SMALL_FORECAST, smallCouncilInput } from './test-statement-input.ts';

describe('renderHtml', () => {
  const input = smallCouncilInput();
  input.forecast = { status: 'ok', forecast: SMALL_FORECAST };
  input.narratives = { ...input.narratives, voice: 'Young people said: <script>alert(1)</script>' };
  const doc = buildStatementDocument(input);
  const html = renderHtml(doc);

  it('has one h1 and every section heading as an h2, in order, each listed in the contents', () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const headings = [...html.matchAll(/<h2 id="h-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    const escaped = STATEMENT_SECTIONS.map((s) => s.heading.replace(/'/g, '&#39;'));
    expect(headings).toEqual(
      [...STATEMENT_SECTIONS.map((s) => s.heading), 'Definitions and notes'].map((h) =>
        h.replace('&', '&amp;'),
      ),
    );
    expect(escaped).toHaveLength(12);
    for (const s of STATEMENT_SECTIONS) expect(html).toContain(`<a href="#s-${s.id}">`);
  });

  it('is self-contained, in English, readable on a phone', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<(link|script|img)\b/);
    expect(html).toContain('@media print');
  });

  it('gives every chart a title, a description and a table of the same figures', () => {
    const charts = [...html.matchAll(/<svg[^>]*role="img" aria-labelledby="(chart-\d+)-title \1-desc"/g)];
    expect(charts.length).toBeGreaterThan(2);
    for (const [, id] of charts) {
      expect(html).toContain(`<title id="${id}-title">`);
      const after = html.slice(html.indexOf(`<desc id="${id}-desc">`));
      expect(after.indexOf('<table>')).toBeLessThan(after.indexOf('</figure>') + 400);
    }
  });

  it('prints the forecast with the small modelled count as c', () => {
    expect(html).toContain('<th scope="row">Fostering</th><td>14 (13 to 15)</td>');
    expect(html).toContain('<th scope="row">Residential</th><td>c (c to c)</td>');
    expect(html).toContain('<th scope="row">All children looked after</th><td>25 (24 to 26)</td>');
  });

  it('escapes the council’s narrative and keeps its bold and lists', () => {
    expect(html).toContain('<strong>loving home</strong>');
    expect(html).toContain('<ul><li>close to home</li><li>with brothers and sisters</li></ul>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('numbers the contents when given pages (the PDF’s second pass)', () => {
    const numbered = renderHtml(doc, { pageNumbers: { introduction: 3, definitions: 9 } });
    expect(numbered).toContain(
      '<a href="#s-introduction">Introduction and vision</a><span class="page"><span class="visually-hidden">page </span>3</span>',
    );
  });
});
