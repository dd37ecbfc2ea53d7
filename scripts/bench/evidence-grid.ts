/**
 * The evidence grid with 50,000 quotes, as a clerk meets it: the built UI in headless Chromium
 * through the browser host, on a store holding the sample investigation plus 50,000 copies of its
 * quotes. Times the first rows painted and the quick filter (the first filter, then warm ones), and
 * what the grid's data costs the backend (`quotes.table`) beside the full quote objects the CLI and
 * the reader use (`quotes.list`).
 *
 * Needs the renderer built (out/renderer, `npm run build`) and Debian's chromium at /usr/bin/chromium;
 * without them it says so in the table and measures nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { createBackend } from '../../backend';
import { startHost } from '../../backend/host/http-host';
import { seedQuotes } from '../../tests/helpers/seed-quotes';
import { definePageHelpers, timeGridLoad, timeQuickFilter, type FirstPaint } from './grid-timing';
import { ms, row, type Row } from './table';

const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SEEDED = 50_000;
/** First paint varies with what else the machine is doing: the median of a few fresh page loads. */
const LOADS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const megabytes = (chars: number) => `${(chars / 1e6).toFixed(1)} MB`;

function missingPrerequisite(): string | null {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) return 'out/renderer is missing: run “npm run build” first';
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}: apt-get install chromium`;
  return null;
}

export async function benchEvidenceGrid(dir: string, rows: Row[]): Promise<void> {
  const missing = missingPrerequisite();
  if (missing) {
    rows.push(row('Evidence grid, 50,000 quotes: not measured', missing));
    return;
  }
  const backend = await createBackend({ storePath: path.join(dir, 'grid.db') });
  const host = await startHost({ backend, rendererDir: RENDERER_DIR });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const { client } = backend;
    const { investigationId } = await client.call('sample.load', {});
    // Taken as chosen, so the page does not first ask who is working.
    await client.call('profiles.choose', { id: (await client.call('profiles.list', {})).currentId });
    seedQuotes(backend.store.db, SEEDED);
    const total = (await client.call('quotes.table', { investigationId, limit: 1 })).total;
    const countText = `${total.toLocaleString('en-GB')} quotes`;

    // What the backend spends on the grid's data (in-process, through JSON as on the wire).
    const timeCall = async (call: () => Promise<unknown>) => {
      let best = Infinity;
      let chars = 0;
      for (let run = 0; run < 3; run += 1) {
        const start = performance.now();
        const result = await call();
        best = Math.min(best, performance.now() - start);
        chars = JSON.stringify(result).length;
      }
      return { best, chars };
    };
    const table = await timeCall(() => client.call('quotes.table', { investigationId }));
    const list = await timeCall(() => client.call('quotes.list', { investigationId }));
    rows.push({
      measure: `Evidence grid's data, ${countText}: quotes.table (backend, JSON)`,
      ours: `${ms(table.best)}, ${megabytes(table.chars)}`,
      peer: `${ms(list.best)}, ${megabytes(list.chars)}`,
      peerName: 'quotes.list',
      ratio: `${(list.chars / table.chars).toFixed(1)}× smaller`,
      target: '',
    });

    const loads: FirstPaint[] = [];
    const filters: { label: string; rows: number; count: number }[] = [];
    for (let load = 0; load < LOADS; load += 1) {
      const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1360, height: 900 } });
      await definePageHelpers(context);
      const page = await context.newPage();
      await page.goto(host.url);
      await page.goto(`${host.origin}/#/investigations/${investigationId}/overview`);
      await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
      loads.push(await timeGridLoad(page, `#/investigations/${investigationId}/evidence`, `${countText}.`));
      if (load === LOADS - 1) {
        // The filter's texts are prepared while the page is idle after the first paint.
        await page.waitForTimeout(2_000);
        for (const [label, text] of [
          ['first', 'Bradford'],
          ['cleared', ''],
          ['warm', 'trust'],
          ['cleared', ''],
          ['warm', 'Commissioner'],
          ['cleared', ''],
        ] as const) {
          const timing = await timeQuickFilter(page, text);
          filters.push({ label, rows: timing.rows, count: timing.count });
        }
      }
      await context.close();
    }

    const firstRows = median(loads.map((l) => l.firstRows));
    const allRows = median(loads.map((l) => l.allRows));
    // The grid has answered when both the rows and the count have changed on screen.
    const answered = (f: { rows: number; count: number }) => Math.max(f.rows, f.count);
    const first = answered(filters[0]!);
    const warm = Math.max(...filters.slice(1).map(answered));
    rows.push(row(`Evidence grid, ${countText}, headless Chromium: first rows painted (median of ${LOADS})`, ms(firstRows), '< 1000 ms'));
    rows.push(row(`  the same: all ${countText} in the grid, count shown`, ms(allRows)));
    rows.push(row('  quick filter, the first of the page (rows and count painted)', ms(first), '< 150 ms'));
    rows.push(row('  quick filter, warm (slowest of 5, clearing included)', ms(warm), '< 150 ms'));
  } finally {
    await browser.close();
    await host.close();
    await backend.close();
  }
}
