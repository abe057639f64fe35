/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A complete, accessible page shell (GOV.UK-like calm styling, no scripts). */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Sufficiency</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; margin: 0; color: #0b0c0c; background: #fff; line-height: 1.5; }
  header { background: #0b0c0c; color: #fff; padding: 0.75rem 1.5rem; }
  header a { color: #fff; font-weight: 700; font-size: 1.25rem; text-decoration: none; }
  main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 2rem; margin: 0 0 0.5rem; }
  .lede { font-size: 1.15rem; color: #505a5f; }
  table { border-collapse: collapse; width: 100%; margin: 1.5rem 0; }
  caption { text-align: left; font-weight: 700; font-size: 1.25rem; margin-bottom: 0.5rem; }
  th, td { text-align: left; padding: 0.5rem 1rem 0.5rem 0; border-bottom: 1px solid #b1b4b6; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .skip { position: absolute; left: -9999px; }
  .skip:focus { position: static; display: block; padding: 0.5rem; background: #fd0; color: #0b0c0c; }
  a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
  .note { color: #505a5f; font-size: 0.95rem; }
</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><a href="/">Sufficiency</a></header>
<main id="main">
${body}
</main>
</body>
</html>`;
}
