/**
 * Backups (issue 8): automatic ones on start, daily and before a migration or merge, kept in a
 * rotation; each verified; a damaged one caught; restore in the running app and from the CLI,
 * refusing what it must with the store unchanged.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../backend';
import type { HandlerContext } from '../../backend/api/context';
import { BackupService, backupBeforeMerge } from '../../backend/backups';
import { inspectStoreFile } from '../../backend/backups/verify';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { openStore } from '../../db/store';
import { ApiError } from '../../shared/api/errors';
import type { BackupEntry } from '../../shared/domain/backups';
import { sampleBackend, tempBackend, tempDir, tempStorePath } from '../helpers/temp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'scrutiny.cjs');

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every row of every table but the store's own settings, in a stable order. */
function dump(db: Database.Database): string {
  const tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'store_info' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  return JSON.stringify(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).all()]));
}

function dumpFile(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return dump(db);
  } finally {
    db.close();
  }
}

/** The backups of a store as they are on disk, without a backend. */
function listed(storePath: string): BackupEntry[] {
  return new BackupService(storePath, () => null).list().backups;
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/** A sample store with the start-up backup finished (a manual backup queues behind it). */
async function sampleWithBackup(): Promise<{ backend: Backend; investigationId: string; manual: BackupEntry }> {
  const { backend, investigationId } = await sampleBackend();
  const manual = await backend.client.call('backups.create', { note: 'Before the test' });
  return { backend, investigationId, manual };
}

async function addQuote(backend: Backend, investigationId: string, note: string) {
  const [quote] = await backend.client.call('quotes.list', { investigationId });
  return backend.client.call('quotes.create', { transcriptId: quote!.transcriptId, startOffset: quote!.startOffset, endOffset: quote!.endOffset, note });
}

describe('automatic backups', () => {
  it('backs up on start a store with work in it, once, and not again until it has changed', async () => {
    const empty = await tempBackend();
    await empty.close();
    expect(listed(empty.storePath)).toEqual([]);

    const { backend } = await sampleBackend();
    const storePath = backend.storePath;
    await backend.close();
    const [start] = listed(storePath);
    expect(listed(storePath)).toHaveLength(1);
    expect(start).toMatchObject({ reason: 'start', kind: 'automatic', schemaVersion: LATEST_SCHEMA_VERSION, verification: { state: 'verified', problem: null } });
    expect(dumpFile(start!.path)).toBe(dumpFile(storePath));

    // Restarting an unchanged store adds nothing: ten restarts must not push ten useful backups out.
    await (await tempBackend(storePath)).close();
    expect(listed(storePath)).toHaveLength(1);

    const again = await tempBackend(storePath);
    const [investigation] = await again.client.call('investigations.list', {});
    await again.client.call('investigations.update', { id: investigation!.id, title: 'Renamed after the first backup' });
    await again.close();
    await (await tempBackend(storePath)).close();
    expect(listed(storePath).map((b) => b.reason)).toEqual(['start', 'start']);
    expect(dumpFile(listed(storePath)[0]!.path)).toContain('Renamed after the first backup');
  });

  it('makes the backup before a migration part of the rotation, checked and recorded', async () => {
    const file = tempStorePath();
    const store = await openStore(file);
    store.db.prepare(`INSERT INTO store_info (key, value) VALUES ('marker', 'before migration')`).run();
    store.db.prepare('DELETE FROM schema_migrations WHERE version = ?').run(LATEST_SCHEMA_VERSION);
    store.close();
    const migrations = MIGRATIONS as unknown as { version: number; name: string; sql: string }[];
    const original = migrations[LATEST_SCHEMA_VERSION - 1]!;
    migrations[LATEST_SCHEMA_VERSION - 1] = { ...original, sql: `INSERT INTO store_info (key, value) VALUES ('migrated', 'yes');` };
    try {
      const backend = await tempBackend(file);
      const { backups } = await backend.client.call('backups.list', {});
      expect(backups).toEqual([
        expect.objectContaining({ reason: `before-v${LATEST_SCHEMA_VERSION}`, kind: 'automatic', schemaVersion: LATEST_SCHEMA_VERSION - 1, verification: expect.objectContaining({ state: 'verified' }) }),
      ]);
      const copy = new Database(backups[0]!.path, { readonly: true });
      expect(copy.prepare(`SELECT value FROM store_info WHERE key = 'marker'`).get()).toEqual({ value: 'before migration' });
      expect(copy.prepare(`SELECT count(*) AS n FROM store_info WHERE key = 'migrated'`).get()).toEqual({ n: 0 });
      copy.close();
    } finally {
      migrations[LATEST_SCHEMA_VERSION - 1] = original;
    }
  });

  it('keeps the newest N automatic backups and every manual one, deleting their records too', async () => {
    const { backend, manual } = await sampleWithBackup();
    const service = new BackupService(backend.storePath, () => backend.store);
    const merging = { backups: service } as unknown as HandlerContext;

    expect(await backend.client.call('backups.settings.get', {})).toEqual({ keep: 10, folder: path.join(path.dirname(backend.storePath), 'backups') });
    await backend.client.call('backups.settings.set', { keep: 3 });
    const made: BackupEntry[] = [];
    for (let i = 0; i < 5; i += 1) made.push(await backupBeforeMerge(merging, `Bundle ${i + 1} from Zoë Garbett AM`));

    const { backups } = await backend.client.call('backups.list', {});
    const automatic = backups.filter((b) => b.kind === 'automatic');
    expect(automatic.map((b) => b.id)).toEqual(made.slice(2).reverse().map((b) => b.id));
    expect(automatic[0]).toMatchObject({ reason: 'before-merge', note: 'Bundle 5 from Zoë Garbett AM' });
    expect(backups.filter((b) => b.kind === 'manual').map((b) => b.id)).toEqual([manual.id]);
    // Nothing of a rotated backup is left behind: no file, no record.
    const files = fs.readdirSync(path.dirname(manual.path)).sort();
    expect(files).toEqual(backups.flatMap((b) => [b.id, `${b.id}.json`]).sort());

    // Lowering the number applies at once.
    await backend.client.call('backups.settings.set', { keep: 1 });
    expect((await backend.client.call('backups.list', {})).backups.map((b) => b.id)).toEqual([made[4]!.id, manual.id]);

    const refused = await rejection(backend.client.call('backups.settings.set', { keep: 0 }));
    expect(refused).toMatchObject({ code: 'invalid_input', message: 'Keep at least 1 automatic backup.' });
  });

  it('takes a daily backup when one is due, but none while the store is as a backup already has it', async () => {
    const { backend: template, investigationId } = await sampleBackend();
    await template.close();
    expect(listed(template.storePath).map((b) => b.reason)).toEqual(['start']);
    const daily = (storePath: string) => listed(storePath).filter((b) => b.reason === 'daily');
    // A "day" of nothing, checked every 20 ms.
    const backend = await createBackend({ storePath: template.storePath, backups: { onStart: false, checkEveryMs: 20, dailyAfterMs: 0 } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(daily(backend.storePath)).toHaveLength(0);
      const quote = await addQuote(backend, investigationId, 'A change for the daily backup');
      await expect.poll(() => daily(backend.storePath).length).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(daily(backend.storePath)).toHaveLength(1);
      expect(dumpFile(daily(backend.storePath)[0]!.path)).toContain(quote.id);
    } finally {
      await backend.close();
    }
  });
});

describe('checking backups', () => {
  it('catches a changed byte in a backup (its checksum), shows it as failed, and refuses to restore it', async () => {
    const { backend, manual } = await sampleWithBackup();
    const bytes = fs.readFileSync(manual.path);
    // One letter of the investigation's title: SQLite's own check would not notice this.
    const at = bytes.indexOf(Buffer.from('draft Police and Crime Plan'));
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'D'.charCodeAt(0);
    fs.writeFileSync(manual.path, bytes);

    const checked = await backend.client.call('backups.verify', { id: manual.id });
    expect(checked.verification).toMatchObject({ state: 'failed', problem: expect.stringMatching(/checksum no longer matches/) });
    const listedAgain = (await backend.client.call('backups.list', {})).backups.find((b) => b.id === manual.id)!;
    expect(listedAgain.verification.state).toBe('failed');

    const before = dump(backend.store.db);
    const refused = await rejection(backend.client.call('backups.restore', { id: manual.id }));
    expect(refused.message).toMatch(/^The backup of .* has changed since it was made \(its checksum no longer matches\), so it is damaged\. Choose another backup\.$/);
    expect(dump(backend.store.db)).toBe(before);
    expect((await backend.client.call('backups.list', {})).backups.some((b) => b.reason === 'before-restore')).toBe(false);
    expect(fs.readdirSync(path.dirname(backend.storePath)).filter((name) => name.includes('.restoring-'))).toEqual([]);
  });

  it('catches damaged pages with SQLite’s integrity check when a backup has no record', async () => {
    const { backend, manual } = await sampleWithBackup();
    fs.rmSync(`${manual.path}.json`);
    expect((await backend.client.call('backups.list', {})).backups.find((b) => b.id === manual.id)!.verification.state).toBe('unknown');
    const bytes = fs.readFileSync(manual.path);
    for (let i = 4096 * 3; i < 4096 * 3 + 2000; i += 1) bytes[i] = 0xa5;
    fs.writeFileSync(manual.path, bytes);

    const checked = await backend.client.call('backups.verify', { id: manual.id });
    expect(checked.verification).toMatchObject({ state: 'failed', problem: expect.stringMatching(/^The backup is damaged/) });
    const before = dump(backend.store.db);
    expect((await rejection(backend.client.call('backups.restore', { id: manual.id }))).message).toMatch(/damaged/);
    expect(dump(backend.store.db)).toBe(before);
  });

  it('shows a backup that has changed size as failed without reading it', async () => {
    const { backend, manual } = await sampleWithBackup();
    fs.truncateSync(manual.path, manual.bytes - 4096);
    const entry = (await backend.client.call('backups.list', {})).backups.find((b) => b.id === manual.id)!;
    expect(entry.verification).toMatchObject({ state: 'failed', problem: expect.stringMatching(/bytes long but was/) });
  });

  it('refuses ids that are not backups of this store', async () => {
    const { backend } = await sampleWithBackup();
    expect(await rejection(backend.client.call('backups.restore', { id: '../store.db' }))).toMatchObject({ code: 'invalid_input' });
    expect(await rejection(backend.client.call('backups.delete', { id: 'store-2020-01-01T00-00-00-000Z-manual.db' }))).toMatchObject({ code: 'not_found' });
  });
});

describe('restoring in the app', () => {
  it('puts every row back as it was, keeps the changes in a "before restore" backup, tells every window and keeps serving', async () => {
    const { backend, investigationId, manual } = await sampleWithBackup();
    const original = dump(backend.store.db);
    const added = await addQuote(backend, investigationId, 'Marked after the backup');
    await backend.client.call('investigations.update', { id: investigationId, title: 'Renamed after the backup' });
    await backend.client.call('tags.create', { investigationId, name: 'Stop and search' });
    expect((await backend.client.call('history.state', {})).canUndo).toBe(true);
    const events: unknown[] = [];
    backend.subscribe('store.changed', (event) => events.push(event));

    const result = await backend.client.call('backups.restore', { id: manual.id });
    expect(result.check).toMatchObject({ ok: true, integrity: ['ok'] });
    expect(result.restored.id).toBe(manual.id);
    expect(result.safetyBackup).toMatchObject({ reason: 'before-restore', verification: { state: 'verified' } });
    expect(dump(backend.store.db)).toBe(original);
    expect(events).toContainEqual({ entities: [], investigationId: null });
    // The undo history belonged to the store that was replaced.
    expect((await backend.client.call('history.state', {})).canUndo).toBe(false);

    const safety = new Database(result.safetyBackup!.path, { readonly: true });
    expect(safety.prepare('SELECT note FROM quotes WHERE id = ?').get(added.id)).toEqual({ note: 'Marked after the backup' });
    safety.close();

    // The backend carries on with the restored store, and what it writes is kept.
    const after = await addQuote(backend, investigationId, 'Marked after the restore');
    await backend.close();
    const reopened = new Database(backend.storePath, { readonly: true });
    expect(reopened.prepare('SELECT note FROM quotes WHERE id = ?').get(after.id)).toEqual({ note: 'Marked after the restore' });
    expect(reopened.prepare('SELECT count(*) AS n FROM quotes WHERE id = ?').get(added.id)).toEqual({ n: 0 });
    reopened.close();
  });

  it('loses no change made while a restore runs: each is in the restored store or in the "before restore" backup', async () => {
    const { backend, investigationId, manual } = await sampleWithBackup();
    const restoring = backend.client.call('backups.restore', { id: manual.id });
    const made: string[] = [];
    let done = false;
    void restoring.finally(() => (done = true));
    while (!done || made.length < 3) {
      made.push((await addQuote(backend, investigationId, `During the restore ${made.length}`)).id);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const result = await restoring;
    const safety = new Database(result.safetyBackup!.path, { readonly: true });
    for (const id of made) {
      const live = backend.store.db.prepare('SELECT count(*) AS n FROM quotes WHERE id = ?').get(id) as { n: number };
      const kept = safety.prepare('SELECT count(*) AS n FROM quotes WHERE id = ?').get(id) as { n: number };
      expect(live.n + kept.n, id).toBeGreaterThan(0);
    }
    safety.close();
  });

  it('restores a backup made by an older version and brings it up to date, backing it up before migrating', async () => {
    const { backend, manual } = await sampleWithBackup();
    // The backup as an older version would have left it: the latest migration not yet applied.
    const older = new Database(manual.path);
    older.prepare('DELETE FROM schema_migrations WHERE version = ?').run(LATEST_SCHEMA_VERSION);
    older.prepare(`INSERT INTO store_info (key, value) VALUES ('marker', 'older version')`).run();
    older.close();
    fs.rmSync(`${manual.path}.json`);
    const migrations = MIGRATIONS as unknown as { version: number; name: string; sql: string }[];
    const original = migrations[LATEST_SCHEMA_VERSION - 1]!;
    migrations[LATEST_SCHEMA_VERSION - 1] = { ...original, sql: `INSERT INTO store_info (key, value) VALUES ('migrated', 'yes');` };
    try {
      const result = await backend.client.call('backups.restore', { id: manual.id });
      expect(result.check).toMatchObject({ ok: true, schemaVersion: LATEST_SCHEMA_VERSION, pendingMigrations: [] });
    } finally {
      migrations[LATEST_SCHEMA_VERSION - 1] = original;
    }
    const info = backend.store.db.prepare(`SELECT key, value FROM store_info WHERE key IN ('marker', 'migrated') ORDER BY key`).all();
    expect(info).toEqual([
      { key: 'marker', value: 'older version' },
      { key: 'migrated', value: 'yes' },
    ]);
    const { backups } = await backend.client.call('backups.list', {});
    expect(backups.map((b) => b.reason).slice(0, 2)).toEqual([`before-v${LATEST_SCHEMA_VERSION}`, 'before-restore']);
    expect(backups[0]).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION - 1, verification: { state: 'verified' } });
  });

  it('refuses a backup from a newer version, a file that is not a store and another program’s database, leaving the store unchanged', async () => {
    const { backend, manual } = await sampleWithBackup();
    const folder = path.dirname(manual.path);
    const base = path.basename(backend.storePath, '.db');

    const newer = path.join(folder, `${base}-2020-01-01T00-00-00-000Z-manual.db`);
    fs.copyFileSync(manual.path, newer);
    const db = new Database(newer);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(LATEST_SCHEMA_VERSION + 5, 'from the future', '2030-01-01T00:00:00.000Z');
    db.close();
    fs.writeFileSync(path.join(folder, `${base}-2020-01-02T00-00-00-000Z-manual.db`), 'Minutes of the meeting, not a database at all.\n'.repeat(10));
    const other = new Database(path.join(folder, `${base}-2020-01-03T00-00-00-000Z-manual.db`));
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();

    const before = dump(backend.store.db);
    const listBefore = (await backend.client.call('backups.list', {})).backups.map((b) => b.id);
    const cases: [string, RegExp][] = [
      [`${base}-2020-01-01T00-00-00-000Z-manual.db`, new RegExp(`made by a newer version of Scrutiny Workbench \\(store version ${LATEST_SCHEMA_VERSION + 5}; this app understands up to version ${LATEST_SCHEMA_VERSION}\\)`)],
      [`${base}-2020-01-02T00-00-00-000Z-manual.db`, /is not a Scrutiny Workbench store \(it is not an SQLite database\)/],
      [`${base}-2020-01-03T00-00-00-000Z-manual.db`, /is an SQLite database, but not a Scrutiny Workbench store/],
    ];
    for (const [id, message] of cases) {
      const refused = await rejection(backend.client.call('backups.restore', { id }));
      expect(refused.code).toBe('invalid_input');
      expect(refused.message).toMatch(message);
    }
    expect(dump(backend.store.db)).toBe(before);
    expect((await backend.client.call('backups.list', {})).backups.map((b) => b.id)).toEqual(listBefore);
    expect(fs.readdirSync(path.dirname(backend.storePath)).filter((name) => name.includes('.restoring-'))).toEqual([]);
  });

  it('refuses while another program has the store open, and carries on with the store as it was', async () => {
    const { backend, investigationId, manual } = await sampleWithBackup();
    await addQuote(backend, investigationId, 'Marked after the backup');
    const before = dump(backend.store.db);
    // Another program reading the store (as another copy of the workbench would).
    const elsewhere = new Database(backend.storePath, { readonly: true });
    elsewhere.prepare('SELECT count(*) FROM quotes').get();
    try {
      const refused = await rejection(backend.client.call('backups.restore', { id: manual.id }));
      expect(refused).toMatchObject({ code: 'store_unavailable', message: expect.stringMatching(/^The store is open in another program/) });
    } finally {
      elsewhere.close();
    }
    expect(dump(backend.store.db)).toBe(before);
    expect((await addQuote(backend, investigationId, 'Still working')).note).toBe('Still working');
  });
});

describe('scrutiny backup and scrutiny restore', () => {
  let demo: string | undefined;
  /** A store with the sample, made once through the CLI and copied for each test. */
  function sampleStore(): string {
    if (!demo) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-backups-cli-'));
      process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
      demo = path.join(dir, 'sample.db');
      expect(cli(['--store', demo, 'demo']).code).toBe(0);
    }
    const copy = tempStorePath();
    fs.copyFileSync(demo, copy);
    return copy;
  }

  it('backs up into the backups folder, or to a new file with --out, and never overwrites a file', () => {
    const store = sampleStore();
    const made = cli(['--store', store, 'backup', '--note', 'Before the merge', '--json']);
    expect(made.code, made.stderr).toBe(0);
    const entry = JSON.parse(made.stdout) as BackupEntry;
    expect(entry).toMatchObject({ kind: 'manual', reason: 'manual', note: 'Before the merge', verification: { state: 'verified' } });
    expect(listed(store).map((b) => b.id)).toEqual([entry.id]);

    const out = path.join(tempDir(), 'copy.db');
    const copied = cli(['--store', store, 'backup', '--out', out, '--json']);
    expect(copied.code, copied.stderr).toBe(0);
    expect(JSON.parse(copied.stdout)).toMatchObject({ path: out, verified: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(inspectStoreFile(out, 'The copy').check.ok).toBe(true);
    expect(dumpFile(out)).toBe(dumpFile(store));

    const again = cli(['--store', store, 'backup', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`${out} already exists. Choose a new file name; nothing was written.\n`);
  });

  it('restores a backup over the store, keeping the store as it was', async () => {
    const store = sampleStore();
    const out = path.join(tempDir(), 'before-changes.db');
    expect(cli(['--store', store, 'backup', '--out', out]).code).toBe(0);
    const original = dumpFile(store);
    const backend = await createBackend({ storePath: store, backups: { onStart: false } });
    const [investigation] = await backend.client.call('investigations.list', {});
    await backend.client.call('investigations.update', { id: investigation!.id, title: 'Renamed after the backup' });
    await backend.close();

    const restored = cli(['--store', store, 'restore', out, '--json']);
    expect(restored.code, restored.stderr).toBe(0);
    const result = JSON.parse(restored.stdout);
    expect(result).toMatchObject({ store, restoredFrom: out, schemaVersion: LATEST_SCHEMA_VERSION, check: { ok: true }, safetyBackup: { verification: { state: 'verified' } } });
    expect(dumpFile(store)).toBe(original);
    expect(dumpFile(result.safetyBackup.path)).toContain('Renamed after the backup');

    const human = cli(['--store', store, 'restore', out]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^Restored ${store} from ${out}\\.\\n  The store as it was is kept at .*before-restore\\.db \\(before a restore, \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d\\)\\.\\n`));
  });

  it('refuses a file that is not a store, a newer store, and a store open elsewhere (exit 1), leaving the store unchanged', () => {
    const store = sampleStore();
    const dir = tempDir();
    const bytes = fs.readFileSync(store);

    const notStore = path.join(dir, 'minutes.db');
    fs.writeFileSync(notStore, 'Minutes of the meeting.\n'.repeat(20));
    const refused = cli(['--store', store, 'restore', notStore]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`${notStore} is not a Scrutiny Workbench store (it is not an SQLite database).\n`);

    const newer = path.join(dir, 'newer.db');
    fs.copyFileSync(store, newer);
    const db = new Database(newer);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(LATEST_SCHEMA_VERSION + 1, 'from the future', '2030-01-01T00:00:00.000Z');
    db.close();
    const tooNew = cli(['--store', store, 'restore', newer]);
    expect(tooNew.code).toBe(1);
    expect(tooNew.stderr).toMatch(/was made by a newer version of Scrutiny Workbench/);
    expect(fs.readFileSync(store).equals(bytes)).toBe(true);
    expect(listed(store)).toEqual([]);

    const good = path.join(dir, 'good.db');
    fs.copyFileSync(store, good);
    const before = dumpFile(store);
    const elsewhere = new Database(store);
    elsewhere.prepare('SELECT count(*) FROM quotes').get();
    try {
      const busy = cli(['--store', store, 'restore', good]);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(/^The store is open in another program/);
    } finally {
      elsewhere.close();
    }
    expect(dumpFile(store)).toBe(before);
  });

  it('restores over a store too damaged to open, keeping the damaged one byte for byte', () => {
    const store = sampleStore();
    const good = path.join(tempDir(), 'good.db');
    fs.copyFileSync(store, good);
    const bytes = fs.readFileSync(store);
    for (let i = 4096 * 2; i < bytes.length; i += 1) bytes[i] = 0xa5;
    fs.writeFileSync(store, bytes);
    expect(cli(['--store', store, 'check']).code).toBe(1);

    const restored = cli(['--store', store, 'restore', good, '--json']);
    expect(restored.code, restored.stderr).toBe(0);
    const { safetyBackup } = JSON.parse(restored.stdout);
    expect(safetyBackup.verification).toMatchObject({ state: 'failed' });
    expect(fs.readFileSync(safetyBackup.path).equals(bytes)).toBe(true);
    expect(cli(['--store', store, 'check', '--json']).code).toBe(0);
    expect(dumpFile(store)).toBe(dumpFile(good));
  });
});
