import { escapeXml } from './chart-svg.ts';

/**
 * The council's narrative (markdown-lite) as HTML: blank lines separate paragraphs, lines starting "- " make
 * a list, "## " a subheading (h3), `**bold**` bold. Everything is escaped first, so no HTML gets through.
 */
export function narrativeHtml(text: string): string {
  return narrativeParts(text)
    .map((part) => {
      if (part.kind === 'heading') return `<h3>${inline(part.text)}</h3>`;
      if (part.kind === 'list') return `<ul>${part.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
      return `<p>${inline(part.text)}</p>`;
    })
    .join('\n');
}

export type NarrativePart =
  | { kind: 'paragraph' | 'heading'; text: string }
  | { kind: 'list'; items: string[] };

/** The narrative's paragraphs, subheadings and lists (shared by the HTML and DOCX renderers). */
export function narrativeParts(text: string): NarrativePart[] {
  const parts: NarrativePart[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    if (lines.length === 1 && lines[0]?.startsWith('## ')) {
      parts.push({ kind: 'heading', text: lines[0].slice(3).trim() });
    } else if (lines.every((l) => l.startsWith('- '))) {
      parts.push({ kind: 'list', items: lines.map((l) => l.slice(2).trim()) });
    } else {
      parts.push({ kind: 'paragraph', text: lines.join(' ') });
    }
  }
  return parts;
}

/** Splits `**bold**` runs: [text, bold, text, …]. */
export function boldRuns(text: string): { text: string; bold: boolean }[] {
  return text
    .split(/\*\*(.+?)\*\*/g)
    .map((t, i) => ({ text: t, bold: i % 2 === 1 }))
    .filter((r) => r.text.length > 0);
}

function inline(text: string): string {
  return boldRuns(text)
    .map((r) => (r.bold ? `<strong>${escapeXml(r.text)}</strong>` : escapeXml(r.text)))
    .join('');
}
