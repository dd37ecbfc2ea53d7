/**
 * Crash safety (issue 8): the real backend, in a child process doing imports, quotes, tags and
 * merges of a member's bundles,
 * is killed with SIGKILL at random moments, over a hundred times. After every kill the store
 * opens, passes SQLite's integrity check, and holds every action acknowledged before the kill.
 *
 * The moments are random but replayable: the seed is printed, and SCRUTINY_CRASH_SEED=<seed>
 * runs the same choices again. The child (tests/helpers/crash-child.ts) is bundled once with
 * esbuild so that each restart costs a fraction of a second rather than tsx's start-up, which
 * is what makes a hundred kills fit in well under three minutes on two cores.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../backend';
import { findBundle } from '../../backend/bundles/bundle-area';
import { checkStore, openStore } from '../../db/store';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KILLS = 100;
const SEED = Number(process.env.SCRUTINY_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: small, fast and the same everywhere, so a seed replays the same choices. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let work: string;
let childScript: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-crash-'));
  const bundle = path.join(work, 'bundle');
  fs.mkdirSync(bundle);
  // Packages stay outside the bundle and are found through this link, as from the checkout.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(bundle, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(bundle, 'package.json'), '{ "type": "module" }\n');
  await build({
    // The backend starts its import worker from `import-worker.js` beside it, as in the desktop build.
    entryPoints: { 'crash-child': path.join(ROOT, 'tests/helpers/crash-child.ts'), 'import-worker': path.join(ROOT, 'backend/import/worker.ts') },
    outdir: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  childScript = path.join(bundle, 'crash-child.js');
}, 60_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

interface Acknowledged {
  transcripts: Map<string, number>;
  quotes: Set<string>;
  tags: Set<string>;
  /** Themes that acknowledged merges brought in. */
  merged: Set<string>;
}

/** Starts the child, kills it with SIGKILL after `delayMs` (from its start, or from "ready"), and returns what it acknowledged. */
function runAndKill(storePath: string, setup: object, seed: number, delayMs: number, fromReady: boolean): Promise<{ lines: string[]; ready: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, storePath, JSON.stringify(setup), String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    let ready = false;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    let timer = fromReady ? null : setTimeout(kill, delayMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!ready && out.startsWith('ready\n')) {
        ready = true;
        if (fromReady) timer = setTimeout(kill, delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (!killed || signal !== 'SIGKILL') {
        reject(new Error(`The child stopped by itself (code ${code}, signal ${signal}) before it was killed:\n${err}`));
        return;
      }
      // Only whole lines: a line cut off by the kill was never fully written, so never counted.
      const lines = out.split('\n').slice(0, -1);
      resolve({ lines: lines.filter((line) => line !== 'ready'), ready });
    });
  });
}

function record(acknowledged: Acknowledged, lines: string[]): void {
  for (const line of lines) {
    const [kind, a, b] = line.split(' ');
    if (kind === 'transcript') acknowledged.transcripts.set(a!, Number(b));
    else if (kind === 'quote') acknowledged.quotes.add(a!);
    else if (kind === 'tag') acknowledged.tags.add(`${a} ${b}`);
    else if (kind === 'merge') acknowledged.merged.add(a!);
    else throw new Error(`Unexpected line from the child: ${line}`);
  }
}

/** Reopens the store as the app would and checks it against everything acknowledged so far. */
async function verify(storePath: string, acknowledged: Acknowledged, round: number): Promise<void> {
  const store = await openStore(storePath, { create: false });
  try {
    const check = checkStore(store);
    expect(check, `integrity after kill ${round} (seed ${SEED})`).toMatchObject({ ok: true, integrity: ['ok'], foreignKeyViolations: 0 });
    const db = store.db;
    const quotes = new Set((db.prepare('SELECT id FROM quotes').all() as { id: string }[]).map((r) => r.id));
    const missingQuotes = [...acknowledged.quotes].filter((id) => !quotes.has(id));
    expect(missingQuotes, `acknowledged quotes missing after kill ${round} (seed ${SEED})`).toEqual([]);
    const tags = new Set((db.prepare('SELECT quote_id, tag_id FROM quote_tags').all() as { quote_id: string; tag_id: string }[]).map((r) => `${r.quote_id} ${r.tag_id}`));
    const missingTags = [...acknowledged.tags].filter((pair) => !tags.has(pair));
    expect(missingTags, `acknowledged tags missing after kill ${round} (seed ${SEED})`).toEqual([]);
    const pages = new Map((db.prepare('SELECT transcript_id AS id, count(*) AS n FROM transcript_pages GROUP BY transcript_id').all() as { id: string; n: number }[]).map((r) => [r.id, r.n]));
    const themes = new Set((db.prepare('SELECT id FROM tags').all() as { id: string }[]).map((r) => r.id));
    const missingMerged = [...acknowledged.merged].filter((id) => !themes.has(id));
    expect(missingMerged, `themes from acknowledged merges missing after kill ${round} (seed ${SEED})`).toEqual([]);
    const wrongTranscripts = [...acknowledged.transcripts].filter(([id, count]) => pages.get(id) !== count);
    expect(wrongTranscripts, `acknowledged transcripts missing or partial after kill ${round} (seed ${SEED})`).toEqual([]);
  } finally {
    store.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged action through ${KILLS} SIGKILLs at random moments`, async () => {
    console.log(`crash-safety seed: ${SEED} (replay with SCRUTINY_CRASH_SEED=${SEED})`);
    const random = generator(SEED);
    const storePath = path.join(work, 'store.db');

    // An investigation with a meeting, one transcript and a few themes, made through the API.
    const backend = await createBackend({ storePath });
    const { id: investigationId } = await backend.client.call('investigations.create', { title: 'Crash safety', committeeName: 'Police and Crime Committee' });
    const meeting = await backend.client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-03-05', title: 'Neighbourhood policing' });
    const tagIds: string[] = [];
    for (const name of ['Trust', 'Neighbourhood teams', 'Stop and search', 'Victims']) tagIds.push((await backend.client.call('tags.create', { investigationId, name })).id);
    await backend.close();

    // A member's copy of the store adds themes one at a time; after each, a bundle of the whole
    // investigation is kept for the child to merge back (bundle k brings themes 1..k).
    const memberPath = path.join(work, 'member.db');
    fs.copyFileSync(storePath, memberPath);
    if (fs.existsSync(`${storePath}-wal`)) fs.copyFileSync(`${storePath}-wal`, `${memberPath}-wal`);
    const member = await createBackend({ storePath: memberPath });
    const bundles: { file: string; tagId: string }[] = [];
    for (let k = 1; k <= 8; k += 1) {
      const { id: tagId } = await member.client.call('tags.create', { investigationId, name: `Member theme ${k}` });
      const made = await member.client.call('bundles.export', { investigationId });
      const file = path.join(work, `member-${k}.scrutiny`);
      fs.copyFileSync(findBundle(memberPath, made.exportId)!.path, file);
      bundles.push({ file, tagId });
    }
    await member.close();
    const setup = { investigationId, meetingId: meeting.id, tagIds, bundles };

    const acknowledged: Acknowledged = { transcripts: new Map(), quotes: new Set(), tags: new Set(), merged: new Set() };
    const started = Date.now();
    let duringWork = 0;
    let ackedInRound = 0;
    for (let round = 1; round <= KILLS; round += 1) {
      // One kill in five lands while the child starts (opening the store, its start-up backup,
      // loading the import worker); the rest while it works, up to half a second in.
      const early = round % 5 === 0;
      const delay = early ? Math.floor(random() * 250) : Math.floor(random() * 500);
      const { lines, ready } = await runAndKill(storePath, setup, Math.floor(random() * 2 ** 31), delay, !early);
      if (!early && ready) duringWork += 1;
      if (lines.length > 0) ackedInRound += 1;
      record(acknowledged, lines);
      await verify(storePath, acknowledged, round);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `crash-safety: ${KILLS} kills (${duringWork} while working, ${ackedInRound} after acknowledged actions) in ${seconds} s; acknowledged ${acknowledged.transcripts.size} imports, ${acknowledged.quotes.size} quotes, ${acknowledged.tags.size} tags, merges bringing ${acknowledged.merged.size} of the member's 8 themes`,
    );
    // The run must have exercised every kind of action, or it proves nothing.
    expect(duringWork).toBe(KILLS * 0.8);
    expect(ackedInRound).toBeGreaterThanOrEqual(KILLS * 0.5);
    expect(acknowledged.transcripts.size).toBeGreaterThanOrEqual(20);
    expect(acknowledged.quotes.size).toBeGreaterThanOrEqual(100);
    expect(acknowledged.tags.size).toBeGreaterThanOrEqual(50);
    expect(acknowledged.merged.size).toBeGreaterThanOrEqual(3);

    // And the store still opens as the app opens it.
    const after = await createBackend({ storePath });
    expect((await after.client.call('store.check', {})).ok).toBe(true);
    await after.close();
  }, 170_000);
});
