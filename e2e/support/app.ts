/** One real server and one Chromium per test file, started before and stopped after it. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, signIn, signInWithLink } from './auth.js';
import { launchBrowser, newPage } from './browser.js';
import { startServer, type TestServer } from './server.js';

/** Timeout for one browser test (generous: the whole suite runs in parallel with it). */
export const E2E_TIMEOUT = 120_000;

export type E2eApp = {
  server: TestServer;
  browser: Browser;
  /** A new page in a new browser context (its own cookies). */
  page(): Promise<Page>;
  /** A new page signed in as the first administrator (the one-time link the first time). */
  adminPage(): Promise<Page>;
};

/** Registers the start and the stop; the returned object is filled in by `beforeAll`. */
export function useApp(): E2eApp {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let linkUsed = false;
  const app: E2eApp = {
    get server() {
      if (!server) throw new Error('the server is not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started');
      return browser;
    },
    page: () => newPage(app.browser),
    async adminPage() {
      const page = await app.page();
      if (linkUsed) await signIn(page, app.server.base, ADMIN_EMAIL, ADMIN_PASSWORD);
      else await signInWithLink(page, app.server.signInUrl, ADMIN_PASSWORD);
      linkUsed = true;
      return page;
    },
  };
  beforeAll(async () => {
    const [s, b] = await Promise.allSettled([startServer(), launchBrowser()]);
    if (s.status === 'fulfilled') server = s.value;
    if (b.status === 'fulfilled') browser = b.value;
    if (s.status === 'rejected') throw s.reason;
    if (b.status === 'rejected') throw b.reason;
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.stop()]);
  }, 30_000);
  return app;
}
