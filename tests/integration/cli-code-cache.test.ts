/**
 * bin/code-cache.cjs, which runs the CLI bundle through V8's code cache: a bundle runs as a
 * CommonJS main module would (its own require, __filename, __dirname, exit code), the first run
 * leaves a cache that later runs use, a cache V8 refuses is replaced, and a folder that cannot be
 * written to only means no cache.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

const LOADER = fileURLToPath(new URL('../../bin/code-cache.cjs', import.meta.url));

/** The bundle's code cache files (one, once a run has made it). */
const cachesIn = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith('.v8-cache'));

function makeBundle(): { dir: string; bundle: string } {
  const dir = tempDir('scrutiny-code-cache-');
  fs.writeFileSync(path.join(dir, 'helper.cjs'), "module.exports = (n) => `${n * 2}`;\n");
  const bundle = path.join(dir, 'bundle.cjs');
  fs.writeFileSync(
    bundle,
    [
      "const double = require('./helper.cjs');",
      "const { sep } = require('node:path');",
      'function work(n) { let total = 0; for (let i = 0; i < n; i += 1) total += i; return total; }',
      "console.log(JSON.stringify({ doubled: double(21), file: __filename, dir: __dirname, sep, total: work(1000), args: process.argv.slice(2) }));",
      "if (process.argv.includes('--fail')) process.exitCode = 3;",
    ].join('\n'),
  );
  return { dir, bundle };
}

/** Runs the bundle as bin/scrutiny.cjs does: a small main script hands it to the loader. */
function run(bundle: string, ...args: string[]) {
  return runVariant(bundle, '', ...args);
}

function runVariant(bundle: string, variant: string, ...args: string[]) {
  const main = path.join(tempDir('scrutiny-code-cache-main-'), 'main.cjs');
  fs.writeFileSync(main, `require(${JSON.stringify(LOADER)}).runWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(variant)});\n`);
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('running the CLI bundle through the code cache', () => {
  it('runs the bundle as a main module, and leaves a cache the next run uses', () => {
    const { dir, bundle } = makeBundle();
    const first = run(bundle, 'export', 'docx');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ doubled: '42', file: bundle, dir, sep: path.sep, total: 499500, args: ['export', 'docx'] });
    expect(cachesIn(dir)).toHaveLength(1);
    const cache = path.join(dir, cachesIn(dir)[0]!);
    expect(fs.statSync(cache).size).toBeGreaterThan(0);

    const made = fs.readFileSync(cache);
    const second = run(bundle, '--fail');
    expect(second.code).toBe(3);
    expect(JSON.parse(second.stdout).args).toEqual(['--fail']);
    // Used, not replaced.
    expect(fs.readFileSync(cache).equals(made)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['bundle.cjs', path.basename(cache), 'helper.cjs']);
  });

  it('never runs a cache made for another build of the bundle, even one of the same length', () => {
    const { dir, bundle } = makeBundle();
    expect(JSON.parse(run(bundle).stdout).doubled).toBe('42');
    const old = cachesIn(dir);
    // A rebuild: the same length, other code, a later time.
    const source = fs.readFileSync(bundle, 'utf8');
    const rebuilt = source.replace('double(21)', 'double(32)');
    expect(rebuilt.length).toBe(source.length);
    fs.writeFileSync(bundle, rebuilt);
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(bundle, later, later);
    expect(JSON.parse(run(bundle).stdout).doubled).toBe('64');
    // The old build's cache is replaced by this one's.
    expect(cachesIn(dir)).toHaveLength(1);
    expect(cachesIn(dir)).not.toEqual(old);
  });

  it('keeps a cache for each command, so one command’s first run does not decide for the others', () => {
    const { dir, bundle } = makeBundle();
    run(bundle);
    runVariant(bundle, 'export-docx', 'export', 'docx');
    runVariant(bundle, 'search', 'search');
    expect(cachesIn(dir).map((name) => name.split('.').slice(-2, -1)[0]).sort()).toEqual([expect.stringMatching(/^\d+-\d+$/), 'export-docx', 'search']);
    // A name that is not a command's is not put in a file name.
    runVariant(bundle, '../../etc/passwd');
    expect(cachesIn(dir)).toHaveLength(3);
    expect(JSON.parse(runVariant(bundle, 'export-docx', 'again').stdout).args).toEqual(['again']);
  });

  it('replaces a cache V8 refuses (another version, or damaged) and still runs', () => {
    const { dir, bundle } = makeBundle();
    run(bundle);
    const cache = path.join(dir, cachesIn(dir)[0]!);
    fs.writeFileSync(cache, Buffer.from('not a V8 code cache at all'));
    const result = run(bundle);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).doubled).toBe('42');
    expect(fs.readFileSync(cache).toString('utf8')).not.toBe('not a V8 code cache at all');
  });

  it('runs without a cache where it cannot write one', () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere; a read-only folder is then shown with a cache path that is a folder.
      const { bundle } = makeBundle();
      const stat = fs.statSync(bundle);
      const cache = `${bundle}.${Math.round(stat.mtimeMs)}-${stat.size}.v8-cache`;
      fs.mkdirSync(cache);
      const result = run(bundle);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(fs.statSync(cache).isDirectory()).toBe(true);
      return;
    }
    const { dir, bundle } = makeBundle();
    fs.chmodSync(dir, 0o555);
    try {
      const result = run(bundle);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(cachesIn(dir)).toEqual([]);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});

describe('the command a cache is kept for', () => {
  const { commandOf } = createRequire(import.meta.url)('../../bin/command-name.cjs') as { commandOf: (args: string[]) => string };
  it('names the command, its subcommand where it has them, and never a search’s words', () => {
    expect(commandOf(['--store', '/tmp/export', 'export', 'docx', '--investigation', 'x', '--out', 'y'])).toBe('export-docx');
    expect(commandOf(['import', 'transcript', 'file.pdf'])).toBe('import-transcript');
    expect(commandOf(['metrics', '--json'])).toBe('metrics');
    expect(commandOf(['search', 'stop', 'and', 'search'])).toBe('search');
    expect(commandOf(['--version'])).toBe('help');
    expect(commandOf([])).toBe('help');
  });
});
