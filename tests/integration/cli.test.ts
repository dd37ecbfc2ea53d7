/** The `scrutiny` CLI as a real process: commands, JSON output and exit codes. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { tempDir, tempStorePath } from '../helpers/temp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'scrutiny.cjs');

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scrutiny CLI', () => {
  it('loads the sample and lists it with 12 recommendations, its members and meetings', () => {
    const store = tempStorePath();
    expect(cli(['--store', store, 'demo']).code).toBe(0);
    const listed = cli(['--store', store, 'investigations', '--json']);
    expect(listed.code).toBe(0);
    const investigations = JSON.parse(listed.stdout);
    expect(investigations).toHaveLength(1);
    const [sample] = investigations;
    expect(sample).toMatchObject({ title: "Response to the Mayor's draft Police and Crime Plan 2025-29", isSample: true, recommendationCount: 12 });
    expect(sample.members).toEqual([
      { name: 'Susan Hall AM', role: 'chairman', roleLabel: 'Chairman' },
      { name: 'Zoë Garbett AM', role: 'member', roleLabel: 'Member' },
    ]);
    expect(sample.meetings.length).toBeGreaterThanOrEqual(6);
    expect(sample.meetings.find((m: { heldOn: string }) => m.heldOn === '2025-01-15').panels).toHaveLength(2);
    expect(sample.recommendations[7]).toMatchObject({ number: 8, dissents: [{ member: 'Zoë Garbett AM', part: "support the Met's use of the tactic" }] });
  });

  it('check --json reports ok on a sound store', () => {
    const store = tempStorePath();
    cli(['--store', store, 'init']);
    const checked = cli(['--store', store, 'check', '--json']);
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ ok: true, integrity: ['ok'], schemaVersion: LATEST_SCHEMA_VERSION, pendingMigrations: [] });
  });

  it('takes the store from SCRUTINY_STORE', () => {
    const store = tempStorePath();
    expect(cli(['demo', '--json'], { SCRUTINY_STORE: store }).code).toBe(0);
    expect(fs.existsSync(store)).toBe(true);
  });

  it('exits 1 with a plain message for a file that is not a store, leaving it untouched', () => {
    const file = path.join(tempDir(), 'minutes.docx');
    fs.writeFileSync(file, 'PK\u0003\u0004 not really a database');
    const before = fs.readFileSync(file);
    const result = cli(['--store', file, 'investigations']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/minutes\.docx is not a Scrutiny Workbench store/);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('imports a transcript into a meeting and searches it', () => {
    const store = tempStorePath();
    cli(['--store', store, 'demo']);
    const [sample] = JSON.parse(cli(['--store', store, 'investigations', '--json']).stdout);
    const meeting = sample.meetings.find((m: { heldOn: string }) => m.heldOn === '2025-01-06');
    const file = path.join(tempDir(), 'youth-assembly.txt');
    fs.writeFileSync(file, 'Susan Hall AM (Chairman): Welcome to the London Youth Assembly.\fYoung person: Trust in the police is low among young Londoners.\n');
    const imported = cli(['--store', store, 'import', 'transcript', file, '--meeting', meeting.id, '--json']);
    expect(imported.code).toBe(0);
    const result = JSON.parse(imported.stdout);
    expect(result).toMatchObject({ pageCount: 2, turns: [{ label: 'Susan Hall AM (Chairman)', page: 1 }] });
    expect(result.turns[0].personId).not.toBeNull();
    expect(result.transcriptId).toMatch(/^[0-9a-f-]{36}$/);

    const found = cli(['--store', store, 'search', '"young Londoners"', '--investigation', sample.id, '--json']);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout).hits).toEqual([expect.objectContaining({ transcriptId: result.transcriptId, page: 2, snippet: expect.stringContaining('\u0002young Londoners\u0003') })]);
    const human = cli(['--store', store, 'search', 'Youth', 'Assembly']);
    expect(human.stdout).toMatch(/Police and Crime Committee Transcript, 6 January 2025, p\.1 — Susan Hall AM \(Chairman\)/);

    const again = cli(['--store', store, 'import', 'transcript', file, '--meeting', meeting.id]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already been imported/);
    const missing = cli(['--store', store, 'import', 'transcript', path.join(tempDir(), 'nope.pdf'), '--meeting', meeting.id]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no file at/);
    const badQuery = cli(['--store', store, 'search', 'NOT', 'police']);
    expect(badQuery.code).toBe(1);
    expect(badQuery.stderr).toMatch(/NOT needs something before it/);
    // Newest meetings first unless asked for the best match.
    const newest = JSON.parse(cli(['--store', store, 'search', 'police', '--investigation', sample.id, '--limit', '200', '--json']).stdout).hits as { heldOn: string }[];
    expect(newest.map((h) => h.heldOn)).toEqual(newest.map((h) => h.heldOn).sort().reverse());
    const best = cli(['--store', store, 'search', 'police', '--investigation', sample.id, '--order', 'best', '--json']);
    expect(best.code).toBe(0);
    expect(JSON.parse(best.stdout).hits.length).toBeGreaterThan(0);
    const wrongOrder = cli(['--store', store, 'search', 'police', '--order', 'oldest']);
    expect(wrongOrder.code).toBe(1);
    expect(wrongOrder.stderr).toMatch(/Allowed choices are newest, best/);
  });

  it('lists the sample’s quotes with the report’s attributions, and by tag', () => {
    const store = tempStorePath();
    cli(['--store', store, 'demo']);
    const [sample] = JSON.parse(cli(['--store', store, 'investigations', '--json']).stdout);
    const all = JSON.parse(cli(['--store', store, 'quotes', '--investigation', sample.id, '--json']).stdout);
    expect(all).toHaveLength(80);
    const hayward = all.find((q: { speaker: string }) => q.speaker === 'John Hayward-Cripps');
    expect(hayward).toMatchObject({ roleText: 'CEO', organisation: 'Neighbourhood Watch Network', transcript: 'Police and Crime Committee Transcript Panel 2' });
    const rec8 = JSON.parse(cli(['--store', store, 'quotes', '--investigation', sample.id, '--tag', 'recommendation 8', '--json']).stdout);
    expect(rec8.length).toBeGreaterThan(0);
    expect(rec8.every((q: { tags: string[] }) => q.tags.includes('Recommendation 8'))).toBe(true);
    const human = cli(['--store', store, 'quotes', '--investigation', sample.id, '--tag', 'Recommendation 8']);
    expect(human.stdout).toMatch(/^.+, .+ — Police and Crime Committee Transcript.*, \d+ \w+ 2025, p\.\d+/m);
    const unknown = cli(['--store', store, 'quotes', '--investigation', sample.id, '--tag', 'No such tag']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/There is no tag called “No such tag”/);
  });

  it('exits 1 for an unknown command or option', () => {
    expect(cli(['frobnicate']).code).toBe(1);
    expect(cli(['--store', tempStorePath(), 'serve', '--port', 'eighty']).code).toBe(1);
  });

  it('serve prints a loopback URL with a token and stops cleanly on SIGTERM', async () => {
    const store = tempStorePath();
    const renderer = tempDir();
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Scrutiny Workbench</title>');
    const child = spawn(process.execPath, [BIN, '--store', store, 'serve', '--sample', '--renderer', renderer], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)(#\/investigations\/[\w-]+\/overview)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const page = await fetch(url, { redirect: 'manual' });
    expect(page.status).toBe(303);
    const bare = await fetch(url.replace(/\?token=.*/, ''));
    expect(bare.status).toBe(401);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
