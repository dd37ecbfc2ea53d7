/**
 * The Backups dialog in a real browser against the real backend: the list, back up now (with a
 * note), restore after a confirmation that says what will happen, the check of a damaged
 * backup, the keep-N setting, delete, and "Check store integrity". Each screen gets an axe check.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useWorkbenches } from './harness';

const SLOW = { timeout: 120_000 };

const workbenches = useWorkbenches();

async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const ORIGINAL_TITLE = "Response to the Mayor's draft Police and Crime Plan 2025-29";

describe('the Backups dialog', () => {
  test('backs up, lists, restores after confirming, and the page shows the restored store', SLOW, async () => {
    const workbench = await workbenches.openSample();
    const { page, backend, host, sampleId , sendMenuCommand } = workbench;
    await page.goto(`${host.origin}/#/investigations/${sampleId}/overview`);
    const heading = page.getByRole('main').getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(ORIGINAL_TITLE);

    // File › Back up the store… backs up at once and shows the list.
    await sendMenuCommand('backup-store');
    const dialog = page.getByRole('dialog', { name: 'Back up the store' });
    await expect.poll(() => dialog.innerText()).toContain('The backup was made and checked');
    const rows = dialog.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Made by hand');
    await expectAccessible(page, 'backups dialog');

    // A change after the backup, made elsewhere (another window, the CLI).
    await backend.client.call('investigations.update', { id: sampleId!, title: 'Renamed after the backup' });
    await expect.poll(() => heading.textContent()).toBe('Renamed after the backup');

    // Back up now, with a note.
    await dialog.getByLabel('Note for the backup').fill('After renaming');
    await dialog.getByRole('button', { name: 'Back up now', exact: true }).click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain('After renaming');

    // Restore the first backup: the confirmation says what happens to the store as it is now.
    await rows.nth(1).getByRole('button', { name: /^Restore… the backup of / }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    const explanation = await confirm.innerText();
    expect(explanation).toContain('The store will be replaced by the backup of');
    expect(explanation).toContain('First, the store as it is now is backed up (“Before a restore”)');
    await expectAccessible(page, 'restore confirmation');
    await confirm.getByRole('button', { name: 'Restore this backup' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    await expect.poll(() => dialog.innerText()).toContain('The store was restored from the backup of');
    expect(await dialog.innerText()).toContain('The store as it was just before is kept as the backup of');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().innerText()).toContain('Before a restore');

    // Every window is told: the page behind shows the restored title without a reload.
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => heading.textContent()).toBe(ORIGINAL_TITLE);
    expect((await backend.client.call('investigations.get', { id: sampleId! })).investigation.title).toBe(ORIGINAL_TITLE);
  });

  test('shows a damaged backup as failed when checked, refuses to restore it, and keeps the store as it was', SLOW, async () => {
    const workbench = await workbenches.openSample();
    const { page, backend , sendMenuCommand } = workbench;
    const made = await backend.client.call('backups.create', { note: 'To be damaged' });
    const bytes = fs.readFileSync(made.path);
    const at = bytes.indexOf(Buffer.from('draft Police and Crime Plan'));
    bytes[at] = 'D'.charCodeAt(0);
    fs.writeFileSync(made.path, bytes);

    await sendMenuCommand('backup-store');
    const dialog = page.getByRole('dialog', { name: 'Back up the store' });
    await expect.poll(() => dialog.innerText()).toContain('The backup was made and checked');
    const damaged = dialog.getByRole('row', { name: /To be damaged/ });
    await damaged.getByRole('button', { name: /^Check the backup of / }).click();
    await expect.poll(() => damaged.innerText()).toContain('Failed its check');
    expect(await damaged.innerText()).toContain('checksum no longer matches');
    await expectAccessible(page, 'a failed backup');

    await damaged.getByRole('button', { name: /^Restore… the backup of / }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await confirm.getByRole('button', { name: 'Restore this backup' }).click();
    await expect.poll(() => confirm.getByRole('alert').innerText()).toMatch(/has changed since it was made \(its checksum no longer matches\), so it is damaged\. Choose another backup\./);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect((await backend.client.call('backups.list', {})).backups.some((b) => b.reason === 'before-restore')).toBe(false);
  });

  test('sets how many automatic backups to keep, deletes a backup, and checks the store’s integrity', SLOW, async () => {
    const workbench = await workbenches.openSample();
    const { page, backend, host, sampleId } = workbench;
    // From the Export area's "Back up the store" button.
    await page.goto(`${host.origin}/#/investigations/${sampleId}/export`);
    await page.getByRole('button', { name: 'Back up the store' }).click();
    const dialog = page.getByRole('dialog', { name: 'Back up the store' });
    await expect.poll(() => dialog.innerText()).toContain('The backup was made and checked');

    const keep = dialog.getByLabel('Automatic backups to keep');
    expect(await keep.inputValue()).toBe('10');
    await keep.fill('0');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => dialog.locator('.field__error').innerText()).toContain('Keep at least 1 automatic backup.');
    await keep.fill('4');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await backend.client.call('backups.settings.get', {})).keep).toBe(4);
    await expect.poll(() => dialog.innerText()).toContain('keeps the newest 4 of those');

    await dialog.getByRole('button', { name: 'Check store integrity' }).click();
    await expect.poll(() => dialog.innerText()).toContain('The store is in good order.');
    expect(await dialog.innerText()).toContain('No problems found');
    await expectAccessible(page, 'integrity check in the backups dialog');

    const rows = dialog.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('button', { name: /^Delete… the backup of / }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this backup?' });
    expect(await confirm.innerText()).toContain('This cannot be undone; the store itself is not changed.');
    await confirm.getByRole('button', { name: 'Delete the backup' }).click();
    await expect.poll(() => dialog.innerText()).toContain('There are no backups of this store yet.');
    expect((await backend.client.call('backups.list', {})).backups).toEqual([]);
  });

  test('Help › Check store integrity shows the result of the check plainly', SLOW, async () => {
    const workbench = await workbenches.openSample();
    const { page, backend , sendMenuCommand } = workbench;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    await sendMenuCommand('check-store');
    const check = page.getByRole('dialog', { name: 'Check the store' });
    await expect.poll(() => check.innerText()).toContain('The store is in good order.');
    const text = await check.innerText();
    expect(text).toContain('Integrity');
    expect(text).toContain('No problems found');
    expect(text).toContain('Broken links between records');
    await expectAccessible(page, 'check the store');
  });
});
