/**
 * The Word export's part of `npm run bench`:
 *
 *   Export the sample in-process (warm), p50 / p95                        target < 200 ms
 *   The whole `scrutiny export docx` process (start-up, store, export, write)
 *     vs pandoc converting the same report (Markdown with footnotes,
 *     generated from the same model by ./report-markdown.ts) to .docx      target: faster than pandoc
 *   The same command bundled into one JavaScript file with esbuild, as a packaged app would run
 *     it without tsx (for how much of the process is start-up rather than the export)
 *
 * Each command is timed best of three, as the other peers are.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../../backend';
import { reportMarkdown } from './report-markdown';
import { ms, row as plainRow, type Row } from './table';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/scrutiny.js');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Wall time of a command, best of `runs`; NaN if it fails. */
function timeCommand(command: string, args: string[], runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (result.status !== 0) {
      console.error(`${command} failed: ${result.stderr ?? result.error?.message}`);
      return NaN;
    }
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * The CLI as one ES module (esbuild, which tsx and Vite already bring), written under
 * node_modules/.cache so that its external packages (better-sqlite3) resolve. Null if esbuild is
 * not there.
 */
async function bundledCli(): Promise<string | null> {
  try {
    const { buildSync } = await import('esbuild');
    const outfile = path.join(ROOT, 'node_modules/.cache/scrutiny-bench/scrutiny.mjs');
    buildSync({
      stdin: { contents: `import { runCli } from './backend/cli/main.ts';\nprocess.exitCode = await runCli(process.argv.slice(2));\n`, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      external: ['better-sqlite3', 'pdfjs-dist', 'electron'],
      banner: { js: "import { createRequire as scrutinyCreateRequire } from 'node:module'; const require = scrutinyCreateRequire(import.meta.url);" },
      logLevel: 'error',
    });
    return outfile;
  } catch (error) {
    console.error(`Could not bundle the CLI: ${(error as Error).message}`);
    return null;
  }
}

export async function benchExport(dir: string, rows: Row[]): Promise<void> {
  const storePath = path.join(dir, 'export.db');
  const backend = await createBackend({ storePath });
  let investigationId: string;
  let markdown: string;
  try {
    const { client } = backend;
    investigationId = (await client.call('sample.load', {})).investigationId;
    markdown = reportMarkdown(await client.call('report.model', { investigationId }));
    for (let i = 0; i < 5; i += 1) await client.call('export.docx', { investigationId }); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const start = performance.now();
      await client.call('export.docx', { investigationId });
      times.push(performance.now() - start);
    }
    rows.push(plainRow('Export the sample to Word in-process (warm): p50', ms(percentile(times, 50)), '< 200 ms'));
    rows.push(plainRow('Export the sample to Word in-process (warm): p95', ms(percentile(times, 95)), '< 200 ms'));
  } finally {
    await backend.close();
  }

  const markdownPath = path.join(dir, 'report.md');
  fs.writeFileSync(markdownPath, markdown);
  const args = ['--store', storePath, 'export', 'docx', '--investigation', investigationId, '--out', path.join(dir, 'scrutiny.docx')];
  const havePandoc = spawnSync('sh', ['-c', 'command -v pandoc']).status === 0;
  const peer = havePandoc ? timeCommand('pandoc', ['--from', 'markdown', '--to', 'docx', '--output', path.join(dir, 'pandoc.docx'), markdownPath]) : NaN;
  const row = (measure: string, ours: number): Row => ({
    measure,
    ours: Number.isNaN(ours) ? 'failed' : ms(ours),
    peer: havePandoc ? (Number.isNaN(peer) ? 'failed' : ms(peer)) : 'not installed',
    peerName: 'pandoc (Markdown → .docx)',
    ratio: Number.isNaN(ours) || Number.isNaN(peer) ? '–' : `${(ours / peer).toFixed(2)}× pandoc`,
    target: 'faster than pandoc (< 1×)',
  });
  rows.push(row('scrutiny export docx, whole process (sample)', timeCommand(process.execPath, [BIN, ...args])));
  const bundle = await bundledCli();
  if (bundle) rows.push(row('… the same, bundled JS without tsx', timeCommand(process.execPath, [bundle, ...args])));
}
