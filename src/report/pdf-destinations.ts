/**
 * The page (1-based) each named destination of a PDF points at. Chromium writes every element id as a named
 * destination (`/Dests << /s-placements [25 0 R /XYZ …] >>`) with uncompressed page-tree objects, so the
 * pages of a document's sections can be read from a first PDF pass without a PDF library.
 */
export function namedDestinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf).toString('latin1');
  const pageIndex = pageOrder(text);
  const out = new Map<string, number>();
  const dests = /\/Dests\s+(\d+)\s+0\s+R/.exec(text);
  const body = dests ? objectBody(text, Number(dests[1])) : null;
  if (!body) return out;
  for (const m of body.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = pageIndex.get(Number(m[2]));
    if (page !== undefined) out.set(decodeName(m[1] as string), page);
  }
  return out;
}

/** Page object number → page number, walking the page tree from its root in order. */
function pageOrder(text: string): Map<number, number> {
  const order = new Map<number, number>();
  const root = /\/Type\s*\/Catalog[\s\S]*?\/Pages\s+(\d+)\s+0\s+R/.exec(text);
  if (!root) return order;
  const visit = (num: number, depth: number) => {
    const body = objectBody(text, num);
    if (!body || depth > 32) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (/\/Type\s*\/Pages\b/.test(body) && kids) {
      for (const k of (kids[1] as string).matchAll(/(\d+)\s+0\s+R/g)) visit(Number(k[1]), depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(body)) {
      order.set(num, order.size + 1);
    }
  };
  visit(Number(root[1]), 0);
  return order;
}

/** The text between `N 0 obj` and `endobj`. */
function objectBody(text: string, num: number): string | null {
  const start = text.search(new RegExp(`(^|[\\r\\n])${num} 0 obj\\b`));
  if (start < 0) return null;
  const end = text.indexOf('endobj', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** PDF name escapes: `#2D` → `-`. */
function decodeName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
