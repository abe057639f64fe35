import { escapeXml as esc, renderChartSvg } from './chart-svg.ts';
import { HTML_STYLES } from './html-styles.ts';
import { narrativeHtml } from './narrative-html.ts';
import type { Block, DocumentSection, StatementDocument, TableBlock } from './statement-document.ts';

export interface HtmlOptions {
  /** Page of each section (by id, and `definitions`) for the contents list: the PDF's second pass. */
  pageNumbers?: Readonly<Record<string, number>>;
}

/**
 * The document as one self-contained, accessible HTML file: inline CSS, charts as inline SVG with a title,
 * a description and the same figures as a table, a contents list, headings in order (h1 → h2 → h3), readable
 * on a phone and laid out for print (the PDF is this file printed by Chromium).
 *
 * ### Example
 * ```ts
 * await writeFile('statement.html', renderHtml(buildStatementDocument(input)));
 * ```
 */
export function renderHtml(doc: StatementDocument, options: HtmlOptions = {}): string {
  const title = `${doc.title}: ${doc.council.name}, ${doc.editionLabel}`;
  const contents = [
    ...doc.sections.map((s) => ({ id: s.id, heading: s.heading })),
    { id: 'definitions', heading: 'Definitions and notes' },
  ];
  let chartId = 0;
  const sections = doc.sections.map((s) => sectionHtml(s, () => `chart-${++chartId}`)).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${HTML_STYLES}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the statement</a>
<header class="cover">
<p class="council">${esc(doc.council.name)}</p>
<h1>${esc(doc.title)}</h1>
<p class="meta">Edition of ${esc(doc.editionLabel)}</p>
<p class="meta">${esc(doc.coverage)}</p>
</header>
<nav class="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading">Contents</h2>
<ol>
${contents.map((c) => contentsItem(c, options.pageNumbers?.[c.id])).join('\n')}
</ol>
</nav>
<main id="main">
${sections}
<section id="s-definitions" aria-labelledby="h-definitions">
<h2 id="h-definitions">Definitions and notes</h2>
<p>${esc(doc.disclosureNote)}</p>
<dl class="definitions">
${doc.definitions.map((d) => `<dt id="${esc(d.id)}">${esc(d.title)}</dt><dd>${esc(d.text)}</dd>`).join('\n')}
</dl>
</section>
</main>
<footer><p>${esc(doc.council.name)} · ${esc(doc.title)} · ${esc(doc.editionLabel)}. All figures are from the council’s data through disclosure control; no child can be identified.</p></footer>
</body>
</html>
`;
}

function contentsItem(c: { id: string; heading: string }, page: number | undefined): string {
  const number =
    page === undefined ? '' : `<span class="page"><span class="visually-hidden">page </span>${page}</span>`;
  return `<li><a href="#s-${esc(c.id)}">${esc(c.heading)}</a>${number}</li>`;
}

function sectionHtml(section: DocumentSection, nextChartId: () => string): string {
  const parts = [`<h2 id="h-${esc(section.id)}">${esc(section.heading)}</h2>`];
  if (section.narrative) parts.push(`<div class="narrative">${narrativeHtml(section.narrative)}</div>`);
  for (const block of section.blocks) parts.push(blockHtml(block, nextChartId));
  return `<section id="s-${esc(section.id)}" aria-labelledby="h-${esc(section.id)}">\n${parts.join('\n')}\n</section>`;
}

function blockHtml(block: Block, nextChartId: () => string): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${esc(block.text)}</p>`;
    case 'subheading':
      return `<h3>${esc(block.text)}</h3>`;
    case 'note':
      return `<p class="note">${esc(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'figures':
      return `<dl class="figures">${block.figures
        .map((f) => {
          const link = f.definition
            ? ` <a href="#${esc(f.definition)}">Definition<span class="visually-hidden"> of ${esc(f.label)}</span></a>`
            : '';
          return `<div><dt>${esc(f.label)}</dt><dd>${esc(f.value)}${link}</dd></div>`;
        })
        .join('')}</dl>`;
    case 'table':
      return tableHtml(block.table);
    case 'chart': {
      const id = nextChartId();
      return `<figure aria-labelledby="${id}-caption"><figcaption id="${id}-caption">${esc(block.chart.title)}</figcaption>${renderChartSvg(block.chart, id)}</figure>\n${tableHtml(block.chart.table)}`;
    }
  }
}

/** A table with caption, column and row headers, in a focusable scroll region when wide. */
export function tableHtml(table: TableBlock): string {
  const head = `<thead><tr>${table.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${table.rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.header)}</th>${r.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody>`;
  const notes = (table.notes ?? []).map((n) => `<p class="notes">${esc(n)}</p>`).join('');
  const definition = table.definition
    ? `<p class="notes"><a href="#${esc(table.definition)}">Definition<span class="visually-hidden"> of ${esc(table.caption)}</span></a></p>`
    : '';
  return `<div class="table-wrap" role="region" aria-label="${esc(table.caption)}" tabindex="0"><table${table.textColumns ? ' class="text"' : ''}><caption>${esc(table.caption)}</caption>${head}${body}</table></div>${notes}${definition}`;
}
