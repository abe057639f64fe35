import type { PublishedEditionSummary } from '../../store/index.ts';
import { escapeHtml } from '../html.ts';

const STYLES = `
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1.1875rem;line-height:1.45;color:#0b0c0c;background:#fff}
a{color:#1d70b8}a:visited{color:#4c2c92}a:focus{outline:3px solid transparent;background:#fd0;color:#0b0c0c;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}
header{background:#0b0c0c;color:#fff;padding:.75rem 1rem}header p{margin:0;font-weight:700}
main{max-width:960px;margin:0 auto;padding:1rem}
h1{font-size:2rem;line-height:1.1;margin:1rem 0}
.edition{border-top:1px solid #b1b4b6;padding:1rem 0}
.edition h2{font-size:1.5rem;margin:0 0 .25rem}
.meta{color:#505a5f;margin:0 0 .5rem}
.links{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
.links a{display:inline-block;min-height:24px;padding:.25rem 0}
footer{border-top:1px solid #b1b4b6;margin-top:2rem;padding:1rem;color:#505a5f;font-size:1rem}
@media (max-width:640px){body{font-size:1rem}h1{font-size:1.5rem}.edition h2{font-size:1.25rem}}
`;

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function dateText(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The public page of a council's published statements: no sign-in, no script, readable on a phone,
 * each edition with links to read it online and to download the PDF and DOCX.
 */
export function publicStatementsPage(
  council: { code: string; name: string },
  editions: readonly PublishedEditionSummary[],
): string {
  const base = `/public/${encodeURIComponent(council.code)}/statements`;
  const items = editions
    .map((e) => {
      const pdf =
        e.pdfBytes === null
          ? '<li>PDF not available for this edition</li>'
          : `<li><a href="${base}/${e.number}.pdf">Download PDF<span class="visually-hidden"> of edition ${e.number}</span> (${size(e.pdfBytes)})</a></li>`;
      return `<section class="edition" aria-labelledby="edition-${e.number}">
<h2 id="edition-${e.number}">${escapeHtml(e.title)}</h2>
<p class="meta">Edition ${e.number}, published ${dateText(e.publishedAt)}</p>
<ul class="links">
<li><a href="${base}/${e.number}">Read edition ${e.number} online (HTML, ${size(e.htmlBytes)})</a></li>
${pdf}
<li><a href="${base}/${e.number}.docx">Download Word document<span class="visually-hidden"> of edition ${e.number}</span> (${size(e.docxBytes)})</a></li>
</ul>
</section>`;
    })
    .join('\n');
  const title = `${council.name}: Market Position and Sufficiency Statements`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLES}.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;border:0!important;white-space:nowrap!important}</style>
</head>
<body>
<header><p>${escapeHtml(council.name)}</p></header>
<main id="main">
<h1>Market Position and Sufficiency Statements</h1>
<p>How ${escapeHtml(council.name)} plans enough homes for the children it looks after, for providers and the public. Figures are about groups of children only: counts of 1 to 5 are shown as c.</p>
${editions.length ? items : '<p>No edition has been published yet.</p>'}
</main>
<footer><p>Published with Sufficiency. <a href="${base}.json">These editions as JSON</a>.</p></footer>
</body>
</html>`;
}
