/**
 * Browser-test harness: a temporary store, the real backend and local HTTP host serving the
 * built renderer (out/renderer), and a headless Chromium from the system. Everything a test
 * starts is stopped again by `close()`.
 *
 * Needs, before vitest runs: `npm run build` (or `npx electron-vite build`) so that
 * out/renderer/index.html exists, and /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createBackend, type Backend } from '../../backend';
import { startHost, type RunningHost } from '../../backend/host/http-host';
import type { AppCommand } from '../../shared/api/wire';

export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertPrerequisites(): void {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The renderer has not been built: ${path.join(RENDERER_DIR, 'index.html')} is missing. Run "npm run build" (electron-vite build) before the browser tests.`,
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install the chromium package, or set CHROMIUM_PATH to a Chromium binary.`);
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertPrerequisites();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Workbench {
  backend: Backend;
  host: RunningHost;
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen by the page. */
  problems: string[];
  /**
   * Sends a menu command (File › Back up…, Edit › Undo…) as the desktop menu would, once the page
   * is listening: an event sent before its stream connects would be lost, and the test would wait
   * for a dialog that never opens.
   */
  sendMenuCommand(command: AppCommand): Promise<void>;
  /** Stops the host only (to test the "host has stopped" banner); close() still cleans up. */
  stopHost(): Promise<void>;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  /** Load the sample investigation through the API before the page opens. */
  sample?: boolean;
  viewport?: { width: number; height: number };
  /**
   * Leave the store as on a first start, so the page asks "Who is working at this computer?".
   * Otherwise the store's provisional profile is taken as chosen before the page opens (the author
   * of changes stays the same), so that the question does not cover the pages other tests use.
   */
  firstStart?: boolean;
}

export async function openWorkbench(browser: Browser, options: WorkbenchOptions = {}): Promise<Workbench & { sampleId: string | null }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scrutiny-browser-'));
  const backend = await createBackend({ storePath: path.join(dir, 'store.db') });
  let sampleId: string | null = null;
  if (options.sample) sampleId = (await backend.client.call('sample.load', {})).investigationId;
  if (!options.firstStart) {
    const { currentId } = await backend.client.call('profiles.list', {});
    await backend.client.call('profiles.choose', { id: currentId });
  }
  const host = await startHost({ backend, rendererDir: RENDERER_DIR });
  const context = await browser.newContext({ locale: 'en-GB', viewport: options.viewport ?? { width: 1360, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The API answers refused calls with 4xx and an error body the page shows; Chromium also logs
    // each one. Those logs are expected, anything else is a problem.
    const url = message.location().url;
    const expectedApiRefusal =
      message.text().startsWith('Failed to load resource: the server responded with a status of 4') &&
      (url.endsWith('/api/call') || new URL(url, 'http://x').pathname === '/api/upload');
    if (!expectedApiRefusal) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(host.url);

  let hostStopped = false;
  const stopHost = async () => {
    if (hostStopped) return;
    hostStopped = true;
    await host.close();
  };
  return {
    backend,
    host,
    context,
    page,
    problems,
    sampleId,
    stopHost,
    async sendMenuCommand(command) {
      const deadline = Date.now() + 15_000;
      while (host.eventStreamCount() === 0) {
        if (Date.now() > deadline) throw new Error('The page never connected to the event stream, so a menu command cannot reach it.');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      backend.emit('app.command', { command });
    },
    async close() {
      await context.close().catch(() => undefined);
      await stopHost();
      await backend.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type OpenWorkbench = Workbench & { sampleId: string | null };
export type SampleWorkbench = Workbench & { sampleId: string };

/**
 * What every browser test file sets up: one Chromium for the file, a fresh workbench for each test
 * that asks for one, closed after the test, and the test failed if its page logged an error (a
 * console error, an uncaught exception, a Content Security Policy violation). Call it once, at the
 * top of the file.
 */
export function useWorkbenches() {
  let browser: Browser | undefined;
  let current: OpenWorkbench | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const problems = current?.problems ?? [];
    await current?.close();
    current = null;
    expect(problems, 'the page reported errors').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(options: WorkbenchOptions = {}): Promise<OpenWorkbench> {
    if (!browser) throw new Error('Chromium has not started: call useWorkbenches() at the top of the test file.');
    current = await openWorkbench(browser, options);
    return current;
  }

  return {
    /** A workbench for this test: an empty store unless `sample` is set. */
    open,
    /** A workbench for this test on the sample investigation. */
    async openSample(options: Omit<WorkbenchOptions, 'sample'> = {}): Promise<SampleWorkbench> {
      const workbench = await open({ ...options, sample: true });
      if (!workbench.sampleId) throw new Error('The sample was not loaded.');
      return { ...workbench, sampleId: workbench.sampleId };
    },
    /** The workbench this test opened, if any. */
    get current(): OpenWorkbench | null {
      return current;
    },
  };
}
