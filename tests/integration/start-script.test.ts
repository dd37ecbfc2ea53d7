/**
 * `npm start` (scripts/start.mjs) as a newcomer runs it on a machine without the Electron
 * runtime: one plain sentence saying so, then the workbench in the browser on the sample.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm start without the Electron runtime', () => {
  it('says so in one sentence and serves the sample in the browser, then stops cleanly on Ctrl+C', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
      cwd: ROOT,
      // An empty runtime folder: the binary is "not installed" whatever this machine has.
      env: { ...process.env, SCRUTINY_STORE: path.join(dir, 'store.db'), ELECTRON_OVERRIDE_DIST_PATH: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    await expect.poll(() => stdout, { timeout: 110_000, interval: 200 }).toMatch(/Press Ctrl\+C to stop/);
    expect(stdout).toContain('The Electron desktop runtime is not installed on this machine, so Scrutiny Workbench is starting in your web browser instead.');
    const address = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+#\/investigations\/[\w-]+\/overview/.exec(stdout);
    expect(address, stdout).not.toBeNull();

    // The address's token is swapped for a session cookie, then the page loads with it.
    const exchange = await fetch(address![0], { redirect: 'manual' });
    const cookie = exchange.headers.get('set-cookie')?.split(';')[0];
    expect(cookie).toBeTruthy();
    const page = await fetch(new URL('/', address![0]), { headers: { cookie: cookie! } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Stopped.');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 120_000);
});
