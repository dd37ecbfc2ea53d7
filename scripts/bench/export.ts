/**
 * The Word export's part of `npm run bench`:
 *
 *   Export the sample in-process (warm), p50 / p95                        target < 200 ms
 *   The whole `scrutiny export docx` process (start-up, store, export, write)
 *     vs pandoc converting the same report (Markdown with footnotes,
 *     generated from the same model by ./report-markdown.ts) to .docx      target: faster than pandoc
 *   The same command's first run after a build, before V8's code cache exists (bin/code-cache.cjs)
 *
 * Each command is timed best of five, one run of each in turn, so that a busy moment on the
 * machine falls on both. `npm run build` must have run: otherwise bin/scrutiny.cjs runs the
 * TypeScript through tsx, and the row says so.
 *
 * Both commands run without NODE_EXTRA_CA_CERTS. A machine that sets it (this one does, for its
 * npm registry's proxy) makes Node 20 read and parse every root certificate as it starts, before
 * any of the workbench's code: about 70 ms here, for a command that never opens a TLS connection,
 * and nothing for pandoc. A clerk's machine does not set it; where it is set, the process is timed
 * with it as well and printed on its own row, so nothing is hidden.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../../backend';
import { CLI_BUNDLE, CLI_SOURCES, isBuildFresh } from '../build-freshness.cjs';
import { reportMarkdown } from './report-markdown';
import { ms, row as plainRow, type Row } from './table';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/scrutiny.cjs');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** This process's environment without NODE_EXTRA_CA_CERTS (see above). */
function withoutExtraCaCerts(): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _extraCaCerts, ...env } = process.env;
  return env;
}

/** Wall time of one run of a command; NaN if it fails. */
function timeOnce(command: string, args: string[], env: NodeJS.ProcessEnv = withoutExtraCaCerts()): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
  if (result.status !== 0) {
    console.error(`${command} failed: ${result.stderr ?? result.error?.message}`);
    return NaN;
  }
  return performance.now() - start;
}

/** Best of `runs` for each command, the commands taking turns. */
function bestOfInTurn(commands: { command: string; args: string[]; env?: NodeJS.ProcessEnv }[], runs = 5): number[] {
  const best = commands.map(() => Infinity);
  for (let i = 0; i < runs; i += 1) {
    commands.forEach(({ command, args, env }, index) => {
      best[index] = Math.min(best[index]!, timeOnce(command, args, env));
    });
  }
  return best;
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
  const bundled = isBuildFresh(ROOT, [CLI_BUNDLE], CLI_SOURCES);
  // The first run after a build: no code cache yet (it is written as that run ends).
  const outMain = path.join(ROOT, 'out/main');
  for (const name of fs.readdirSync(outMain)) if (/^cli\.cjs\..*\.v8-cache$/.test(name)) fs.rmSync(path.join(outMain, name), { force: true });
  const firstRun = timeOnce(process.execPath, [BIN, ...args]);
  const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS !== undefined;
  const ourCommand = { command: process.execPath, args: [BIN, ...args] };
  const pandocCommand = { command: 'pandoc', args: ['--from', 'markdown', '--to', 'docx', '--output', path.join(dir, 'pandoc.docx'), markdownPath] };
  const timed = bestOfInTurn([ourCommand, ...(havePandoc ? [pandocCommand] : []), ...(extraCaCerts ? [{ ...ourCommand, env: process.env }] : [])]);
  const ours = timed[0]!;
  const peer = havePandoc ? timed[1] : undefined;
  const withCaCerts = timed[timed.length - 1]!;
  const row = (measure: string, time: number): Row => ({
    measure,
    ours: Number.isNaN(time) ? 'failed' : ms(time),
    peer: havePandoc && peer !== undefined ? (Number.isNaN(peer) ? 'failed' : ms(peer)) : 'not installed',
    peerName: 'pandoc (Markdown → .docx)',
    ratio: Number.isNaN(time) || peer === undefined || Number.isNaN(peer) ? '–' : `${(time / peer).toFixed(2)}× pandoc`,
    target: 'faster than pandoc (< 1×)',
  });
  const how = bundled ? 'bundled CLI with V8 code cache' : 'not built: TypeScript through tsx (run npm run build)';
  rows.push(row(`scrutiny export docx, whole process (sample; ${how}), best of 5`, ours));
  if (extraCaCerts) rows.push(row('… with this machine’s NODE_EXTRA_CA_CERTS, which Node reads at start-up', withCaCerts));
  if (bundled) rows.push(row('… its first run after a build (no code cache yet)', firstRun));
}
