/**
 * Exchange bundles in a real browser against the real backend and HTTP host: the Overview's
 * "Exchange with other members" section; importing a member's bundle (choose → preview → back up
 * and merge → result), the conflict it raises listed and put back; exporting a bundle and
 * downloading it; axe on the section and every dialog step.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { exportBytes, memberStore } from '../fixtures/bundles/helpers';
import { tempDir } from '../helpers/temp';
import { useWorkbenches } from './harness';

const SLOW = { timeout: 180_000 };

const workbenches = useWorkbenches();

async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

describe('exchange bundles', () => {
  test('import a member’s bundle, review and reverse the conflict, export a bundle', SLOW, async () => {
    // A member's store (a copy of the sample) edits a quote's note; so, later, does this store.
    const member = await memberStore('Anna Member');
    const quoteId = (member.backend.store.db.prepare(`SELECT id FROM quotes WHERE substr(id, 15, 1) = '8' ORDER BY id LIMIT 1`).get() as { id: string }).id;
    await member.backend.client.call('quotes.update', { id: quoteId, note: 'Anna’s reading of this passage' });
    const file = path.join(tempDir(), 'anna.scrutiny');
    fs.writeFileSync(file, await exportBytes(member));

    const workbench = await workbenches.openSample();
    const { page, host, backend } = workbench;
    const investigationId = workbench.sampleId!;
    await backend.client.call('quotes.update', { id: quoteId, note: 'The clerk’s reading' });

    await page.goto(`${host.origin}/#/investigations/${investigationId}`);
    await page.getByRole('heading', { name: 'Exchange with other members' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('No merge has replaced anyone’s edit.').count()).toBe(1);
    await expectNoSeriousViolations(page, 'overview section');

    await page.getByRole('button', { name: 'Import a bundle…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a bundle' });
    await dialog.getByLabel('Bundle file').setInputFiles(file);
    await expectNoSeriousViolations(page, 'import: choose');
    await dialog.getByRole('button', { name: 'Check what it would change' }).click();
    await dialog.getByText('Importing it would make:').waitFor({ timeout: 20_000 }).catch(async (e: unknown) => {
      throw new Error(`${String(e)}\n${await dialog.innerText()}`);
    });
    const summary = await dialog.innerText();
    expect(summary, summary).toMatch(/Importing it would make: \d+ new, \d+ updated, 1 in conflict, 0 deleted/);
    expect(await dialog.getByText(/keeps “The clerk’s reading”/).count()).toBe(1);
    await expectNoSeriousViolations(page, 'import: preview');
    // The preview changed nothing.
    expect((backend.store.db.prepare('SELECT count(*) AS n FROM merge_conflicts').get() as { n: number }).n).toBe(0);

    await dialog.getByRole('button', { name: 'Back up and merge' }).click();
    await dialog.getByText('The bundle was merged.').waitFor({ timeout: 20_000 });
    await expectNoSeriousViolations(page, 'import: done');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The conflict is listed; putting back Anna's note makes it the note.
    const put = page.getByRole('button', { name: /Put back “Anna’s reading of this passage”/ });
    await put.waitFor({ timeout: 20_000 });
    await expectNoSeriousViolations(page, 'conflicts list');
    await put.click();
    await page.getByText('No merge has replaced anyone’s edit.').waitFor({ timeout: 20_000 });
    expect((backend.store.db.prepare('SELECT note FROM quotes WHERE id = ?').get(quoteId) as { note: string }).note).toBe('Anna’s reading of this passage');

    // Export: the whole investigation, downloaded from the host.
    await page.getByRole('button', { name: 'Export a bundle…' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export a bundle' });
    await expectNoSeriousViolations(page, 'export: choose');
    await exporting.getByLabel('The whole investigation').check();
    await exporting.getByRole('button', { name: 'Make the bundle' }).click();
    const link = exporting.getByRole('link', { name: /^Download .*\.scrutiny$/ });
    await link.waitFor({ timeout: 20_000 });
    await expectNoSeriousViolations(page, 'export: done');
    const href = await link.getAttribute('href');
    const response = await page.request.get(`${host.origin}${href!}`);
    expect(response.status()).toBe(200);
    const body = await response.body();
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('File › Import a bundle… and Export a bundle… open their dialogs on the Overview', SLOW, async () => {
    const workbench = await workbenches.openSample();
    const { page, host, backend , sendMenuCommand } = workbench;
    await page.goto(`${host.origin}/#/investigations/${workbench.sampleId!}/evidence`);
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();

    await sendMenuCommand('import-bundle');
    const importing = page.getByRole('dialog', { name: 'Import a bundle' });
    await importing.waitFor({ timeout: 20_000 });
    expect(page.url()).toMatch(/\/overview$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => importing.count()).toBe(0);

    await sendMenuCommand('export-bundle');
    await page.getByRole('dialog', { name: 'Export a bundle' }).waitFor({ timeout: 20_000 });
  });
});
