/** `scrutiny metrics` and `scrutiny metrics import` as a real process: output, JSON and exit codes. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_INDICATORS } from '../../backend/sample/metrics';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'scrutiny.cjs');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'csv');

let dir: string;
let store: string;
let investigationId: string;

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, '--store', store, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function indicators(): { name: string; unit: string; observationCount: number; firstPeriod: string | null; lastPeriod: string | null }[] {
  const listed = cli(['metrics', '--json']);
  expect(listed.code).toBe(0);
  return JSON.parse(listed.stdout);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-cli-metrics-'));
  store = path.join(dir, 'store.db');
  expect(cli(['demo']).code).toBe(0);
  investigationId = JSON.parse(cli(['investigations', '--json']).stdout)[0].id;
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('scrutiny metrics', () => {
  it('lists the sample’s indicators with unit, number of figures and the periods they span', () => {
    const listed = indicators();
    expect(listed).toHaveLength(SAMPLE_INDICATORS.length);
    expect(listed.find((i) => i.name === 'Total notifiable offences')).toMatchObject({ unit: 'count', observationCount: 3, firstPeriod: '2021/22', lastPeriod: '2023/24' });
    const human = cli(['metrics', '--investigation', investigationId]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Total notifiable offences (count): 3 figures, 2021/22 to 2023/24');
    expect(human.stdout).toContain('Public trust in the Met (per cent): 7 figures, December 2019 to December 2024; groups: Black Londoners, Disabled Londoners, LGBTQ+ Londoners, Mixed ethnicity Londoners');
  });

  it('exits 1 for an investigation that does not exist', () => {
    const result = cli(['metrics', '--investigation', 'no-such-investigation']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/That investigation no longer exists/);
  });
});

describe('scrutiny metrics import', () => {
  it('imports a datastore download into a new indicator with a column mapping and filters', () => {
    const result = cli([
      'metrics', 'import', path.join(FIXTURES, 'mps-monthly-crime-dashboard.csv'),
      '--indicator', 'Robbery of personal property by borough', '--unit', 'count', '--investigation', investigationId,
      '--period-column', 'Month-Year', '--value-column', 'Count', '--group-column', 'Area name',
      '--where', 'Offence Subgroup=ROBBERY OF PERSONAL PROPERTY', '--where', 'Measure=Offences', '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, created: true, imported: 36, replaced: 0, skipped: 180, mapping: { period: 'Month-Year', value: 'Count', group: 'Area name', layout: 'long' } });
    expect(indicators().find((i) => i.name === 'Robbery of personal property by borough')).toMatchObject({ observationCount: 36, firstPeriod: '2023-04', lastPeriod: '2024-03' });
  });

  it('uses the suggested mapping when no columns are given, and adds to an existing indicator found by name', () => {
    const csv = path.join(dir, 'homicides.csv');
    fs.writeFileSync(csv, 'Year,Homicides\n2023,109\n2024,97\n');
    const result = cli(['metrics', 'import', csv, '--indicator', 'homicides']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Imported 2 figures into “homicides” \(.+\)\.\n {2}Read with: period “Year”, value “Homicides”\.\n {2}1 of them replaced figures already there for the same period and group\.\n$/);
    expect(indicators().find((i) => i.name === 'Homicides')).toMatchObject({ observationCount: 6, lastPeriod: '2024' });
  });

  it('prints every bad row and imports nothing, exit 1', () => {
    const before = indicators();
    const result = cli(['metrics', 'import', path.join(FIXTURES, 'text-in-numbers.csv'), '--indicator', 'Monthly count', '--unit', 'count', '--investigation', investigationId]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'Line 3 (Count): “n/a” is not a number: datastores write it for a figure that is missing or withheld. Remove the row, or give the figure.',
      'Line 4 (Count): “..” is not a number: datastores write it for a figure that is missing or withheld. Remove the row, or give the figure.',
      'Line 5 (Count): “twelve” is not a number.',
      'Line 6 (Count): There is no figure in this cell.',
      'Line 7 (Count): “12.5%” is a percentage, but this indicator is a count.',
      'Nothing was imported: 5 rows have problems (period “Month”, value “Count”).',
      '',
    ]);
    expect(indicators()).toEqual(before);
  });

  it('with --json, prints the row report as JSON, still exit 1', () => {
    const result = cli(['metrics', 'import', path.join(FIXTURES, 'blank-and-duplicate-periods.csv'), '--indicator', 'Monthly count', '--unit', 'count', '--investigation', investigationId, '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: false, fileName: 'blank-and-duplicate-periods.csv', totalRows: 6, moreErrors: 0 });
    expect(report.errors.map((e: { line: number }) => e.line)).toEqual([3, 5, 7]);
    expect(result.stderr).toMatch(/^Nothing was imported: 3 rows have problems/);
  });

  it('refuses plainly: a new indicator without its unit, a file that is not a CSV, a wrong unit, a bad option', () => {
    const noUnit = cli(['metrics', 'import', path.join(FIXTURES, 'bom-utf8.csv'), '--indicator', 'Something new']);
    expect(noUnit).toMatchObject({ code: 1, stdout: '' });
    expect(noUnit.stderr).toBe('There is no indicator called “Something new”. To create it, give its --unit (count, percent, money, rate) and --investigation.\n');
    const notCsv = cli(['metrics', 'import', path.join(FIXTURES, 'pipe-delimited.csv'), '--indicator', 'Homicides']);
    expect(notCsv.code).toBe(1);
    expect(notCsv.stderr).toMatch(/^pipe-delimited\.csv has only one column/);
    const wrongUnit = cli(['metrics', 'import', path.join(FIXTURES, 'bom-utf8.csv'), '--indicator', 'Homicides', '--unit', 'percent']);
    expect(wrongUnit.stderr).toBe('“Homicides” is measured in count, not per cent. Leave out --unit, or import into another indicator.\n');
    const badOption = cli(['metrics', 'import', path.join(FIXTURES, 'bom-utf8.csv'), '--indicator', 'Homicides', '--unit', 'percentage']);
    expect(badOption.code).toBe(1);
    expect(badOption.stderr).toMatch(/The unit must be one of: count, percent, money, rate\./);
    const missing = cli(['metrics', 'import', path.join(dir, 'nowhere.csv'), '--indicator', 'Homicides']);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toMatch(/^There is no file at .*nowhere\.csv\.\n$/);
  });
});
