import { randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { jest } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { launchChromium } from './chromium.js';
import { buildWebApp } from './web-build.js';

/** A browser flow waits on real pages (build, server, Chromium): longer than jest's 5 s default. */
jest.setTimeout(60_000);

/** Screenshots of the main pages, kept as CI artifacts. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-artifacts/screenshots');

export interface BrowserApp {
  app: TestApp;
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Ports for an app whose address must be known before it starts: below Linux's ephemeral range. */
const KNOWN_PORTS = { first: 20_000, count: 10_000 };

/**
 * The real API on its own database, serving a fresh build of the web app, and a Chromium. On a
 * free port, or, with `publicAt`, on a port chosen first and given to the app's configuration
 * (OpenID Connect redirects name it): another process may take that port meanwhile, so a taken
 * one is given up with the app started for it, and another tried.
 */
export async function startBrowserApp(
  env: Record<string, string> = {},
  publicAt?: (baseUrl: string) => Record<string, string>,
): Promise<BrowserApp> {
  const web = buildWebApp();
  for (let attempt = 1; ; attempt += 1) {
    const port = publicAt ? KNOWN_PORTS.first + randomInt(KNOWN_PORTS.count) : 0;
    const app = await startTestApp({ WEB_DIR: web.dir, ...env, ...publicAt?.(`http://127.0.0.1:${port}`) });
    try {
      await app.app.listen(port, '127.0.0.1');
    } catch (error) {
      await app.close();
      if (publicAt && attempt < 5 && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') continue;
      web.remove();
      throw error;
    }
    const { port: listening } = app.app.getHttpServer().address() as AddressInfo;
    const browser = await launchChromium();
    return {
      app,
      baseUrl: `http://127.0.0.1:${listening}`,
      browser,
      async close() {
        await browser.close();
        await app.close();
        web.remove();
      },
    };
  }
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far (a page must have none). */
  problems: string[];
}

/** A new browser profile (own cookies) at the laptop size the app is designed for. */
export async function openPage(target: BrowserApp): Promise<WatchedPage> {
  const context = await target.browser.newContext({
    baseURL: target.baseUrl,
    viewport: { width: 1366, height: 768 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, context, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
