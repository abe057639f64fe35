import { existsSync } from 'node:fs';

/** Where Debian installs Chromium (`apt-get install chromium`). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** How to turn PDF output on, for a message when Chromium is missing. */
export const ENABLE_PDF_HELP =
  'PDF needs Chromium: install Debian’s package (apt-get install chromium) or set SUFFICIENCY_CHROMIUM to the path of a Chromium or Chrome executable. HTML and DOCX work without it.';

/** The Chromium to print PDFs with: SUFFICIENCY_CHROMIUM if set (and present), else Debian's; null when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.SUFFICIENCY_CHROMIUM;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return existsSync(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : null;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
