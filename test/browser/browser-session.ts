import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureDemoUsers } from '../../src/auth/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { ensureWebBuild } from '../../src/server/web-build.ts';
import type { Database } from '../../src/store/index.ts';

/** Debian's Chromium; `.ci/run` installs it. Without it the browser tests are skipped, saying why. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function signIn(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * axe-core's serious and critical violations on the page as it stands, against WCAG 2.0–2.2 A and AA.
 * The script goes in through the DevTools protocol (page.evaluate), which the page's CSP does not govern.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    // Runs inside the page, where axe and document exist (this file is compiled without DOM types).
    const page = globalThis as unknown as { axe: typeof axe; document: Parameters<typeof axe.run>[0] };
    const result = await page.axe.run(page.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The app served on a free port with the demo users for one council, and Chromium to drive it. */
export interface ServedApp {
  app: FastifyInstance;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the web app (once), serves it on the test database with the demo users (demo-<role>, password
 * demo-<role>-2026) for `councilCode`, and launches Chromium. `close` stops both.
 */
export async function serveWithDemoUsers(db: Kysely<Database>, councilCode: string): Promise<ServedApp> {
  await ensureDemoUsers(db, councilCode);
  const app = await buildServer({ db, demo: true, webRoot: await ensureWebBuild() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    app,
    base,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}
