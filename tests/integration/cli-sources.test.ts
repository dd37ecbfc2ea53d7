/** `scrutiny sources` and `scrutiny footnotes` as a real process: tables, JSON and exit codes. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSourceId } from '../../backend/sample/sources';
import { tempStorePath } from '../helpers/temp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'scrutiny.cjs');

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scrutiny sources and footnotes', () => {
  let dir: string;
  let store: string;
  let investigationId: string;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    // One store for the whole file (the commands only read it); tempStorePath's folders are
    // removed after each test, so this one is made and removed here.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-cli-sources-'));
    store = path.join(dir, 'store.db');
    expect(cli(['--store', store, 'demo']).code).toBe(0);
    investigationId = JSON.parse(cli(['--store', store, 'investigations', '--json']).stdout)[0].id;
  }, 120_000);

  it('prints the register as a table: kind, publisher, title, date, citations', () => {
    const result = cli(['--store', store, 'sources', '--investigation', investigationId]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Kind\s+Publisher\s+Title\s+Date\s+Citations$/);
    expect(lines.find((l) => l.includes('Public Perceptions Dashboard'))).toMatch(/^Dashboard or data\s+MOPAC\s+Public Perceptions Dashboard\s+accessed 18 February 2025\s+5$/);
    expect(lines.find((l) => l.includes('29 January 2025'))).toMatch(/^Transcript\s+London Assembly\s+Police and Crime Committee Transcript\s+29 January 2025\s+34$/);
    expect(lines.filter((l) => l.startsWith('Transcript '))).toHaveLength(7);
    expect(result.stdout).toMatch(/\n42 sources, 160 citations\.\n$/);
  });

  it('prints the register as JSON, every store’s sample with the same ids', () => {
    const result = cli(['--store', store, 'sources', '--json']);
    expect(result.code).toBe(0);
    const sources = JSON.parse(result.stdout);
    expect(sources).toHaveLength(42);
    expect(sources.find((s: { id: string }) => s.id === sampleSourceId('police-reform-and-social-responsibility-act-2011'))).toMatchObject({
      kind: 'legislation',
      publisher: null,
      title: 'Police Reform and Social Responsibility Act 2011',
      url: 'https://www.legislation.gov.uk/ukpga/2011/13/contents',
      citationCount: 3,
      likelyDuplicateIds: [],
      transcriptId: null,
    });
  });

  it('prints the footnotes numbered, in house style', () => {
    const result = cli(['--store', store, 'footnotes', '--investigation', investigationId]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(151);
    expect(lines[0]).toBe("  1  MOPAC, Mayor invites Londoners to have their say on capital's new Police and Crime Plan, 18 December 2024");
    expect(lines[130]).toBe('131  London Assembly, Police and Crime Committee Transcript, 29 January 2025, p.38');
    expect(lines[142]).toBe('143  MOPAC, Victims and Witnesses Dashboard, accessed 4 February 2025');
  });

  it('prints the footnotes as JSON with their links', () => {
    const result = cli(['--store', store, 'footnotes', '--investigation', investigationId, '--json']);
    expect(result.code).toBe(0);
    const footnotes = JSON.parse(result.stdout);
    expect(footnotes).toHaveLength(151);
    expect(footnotes[5]).toEqual({
      id: expect.any(String),
      number: 6,
      text: 'Police Reform and Social Responsibility Act 2011, Section 6',
      runs: [
        { text: 'Police Reform and Social Responsibility Act 2011', href: 'https://www.legislation.gov.uk/ukpga/2011/13/contents', sourceId: sampleSourceId('police-reform-and-social-responsibility-act-2011') },
        { text: ', Section 6' },
      ],
      citations: [{ sourceId: sampleSourceId('police-reform-and-social-responsibility-act-2011'), style: 'full', locator: 'Section 6', label: null, accessedOn: null }],
      objectionId: null,
    });
    expect(footnotes[8].objectionId).not.toBeNull();
  });

  it('exits 1 with a plain message for an unknown investigation or a missing option', () => {
    const unknown = cli(['--store', store, 'footnotes', '--investigation', 'no-such-investigation']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/That investigation no longer exists/);
    expect(unknown.stdout).toBe('');
    const missing = cli(['--store', store, 'footnotes']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/required option '--investigation <id>'/);
    expect(cli(['--store', store, 'sources', '--investigation', 'nope']).code).toBe(1);
  });

  it('says so when a store has no sources yet', () => {
    const empty = tempStorePath();
    const result = cli(['--store', empty, 'sources']);
    expect(result).toMatchObject({ code: 0, stdout: 'No sources yet.\n' });
  });
});
