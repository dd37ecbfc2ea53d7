/**
 * Draft › Versions in a real browser against the real backend and HTTP host: saving a version
 * (a blank name refused, then saved from the keyboard), editing the report through the API,
 * comparing in the page (the summary, the words marked with <ins>/<del> and their text cues),
 * recording the committee's agreement with members and the Recommendation 8 dissent, the
 * version's preview showing the old words, and axe on every view and dialog. See harness.ts for
 * what must be built first.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sampleId } from '../../backend/sample/load-sample';
import { useWorkbenches } from './harness';

const SLOW = { timeout: 180_000 };

const workbenches = useWorkbenches();

async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const FOREWORD_LAST = sampleId('block/foreword/-/7');
const dialog = (page: Page) => page.getByRole('dialog');
const versionRow = (page: Page, name: string) => page.locator('.versions-table tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe('versions', () => {
  test('save a version, edit through the API, compare, record agreement and preview', SLOW, async () => {
    const workbench = await workbenches.openSample();
    const { page, host, backend } = workbench;
    const investigationId = workbench.sampleId!;
    const { client } = backend;

    await page.goto(`${host.origin}/#/investigations/${investigationId}/draft?view=versions`);
    await page.getByRole('heading', { name: 'Saved versions' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('No versions are saved yet.').count()).toBe(1);
    await expectNoSeriousViolations(page, 'Versions, none saved');

    // Save a version: a blank name is refused with the API's message; then typed and saved with Enter.
    await page.getByRole('button', { name: 'Save a version' }).click();
    const save = dialog(page);
    await save.getByRole('heading', { name: 'Save a version' }).waitFor();
    await expectNoSeriousViolations(page, 'Save a version dialog');
    await save.getByRole('button', { name: 'Save version' }).click();
    await save.locator('.field__error').filter({ hasText: 'The version’s name cannot be empty.' }).waitFor();
    const name = save.getByRole('textbox', { name: 'Name' });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousViolations(page, 'Save a version dialog with an error');
    await name.fill("Chairman's draft");
    await name.press('Enter');
    await save.waitFor({ state: 'detached' });
    const row = versionRow(page, "Chairman's draft");
    await row.waitFor();
    expect(await row.innerText()).toContain('12 recommendations, 151 footnotes; the same as the current draft');
    expect(await row.innerText()).toContain('Not agreed');

    // A second version with the same name in another case is refused, next to the field.
    await page.getByRole('button', { name: 'Save a version' }).click();
    await dialog(page).getByRole('textbox', { name: 'Name' }).fill("CHAIRMAN'S DRAFT");
    await dialog(page).getByRole('button', { name: 'Save version' }).click();
    await dialog(page).locator('.field__error').filter({ hasText: 'There is already a version called “Chairman\'s draft”. Choose another name.' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });

    // Edit the report through the API: one paragraph reworded, one recommendation added before Recommendation 3.
    const blocks = await client.call('blocks.list', { investigationId });
    const paragraph = blocks.find((b) => b.id === FOREWORD_LAST)!;
    await client.call('blocks.update', { id: paragraph.id, block: { kind: 'paragraph', content: JSON.parse(JSON.stringify(paragraph.content).replace('facing huge challenges', 'facing serious and growing challenges')) } });
    const model = await client.call('report.model', { investigationId });
    const third = model.recommendations[2]!;
    await client.call('recommendations.create', {
      chapterId: third.chapterId,
      sectionId: third.sectionId,
      position: blocks.find((b) => b.id === third.blockId)!.position,
      parts: [{ kind: 'paragraph', text: 'MOPAC should publish a quarterly report on progress against the final Police and Crime Plan.' }],
    });
    // The list hears of the change and the version is no longer the current draft.
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).not.toContain('the same as the current draft');

    // Compare it with the current draft (the defaults).
    expect(await page.getByRole('combobox', { name: 'Compare' }).inputValue()).not.toBe('');
    expect(await page.getByRole('combobox', { name: 'With' }).inputValue()).toBe('current');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const heading = page.getByRole('heading', { name: /^Changes from “Chairman's draft” \(saved .*\) to the current draft$/ });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Changes from/);
    expect(await page.locator('.comparison__summary').innerText()).toBe('1 paragraph changed, Recommendation 3 added, Recommendations 3–12 became 4–13.');
    const changed = page.locator('.comparison__item--changed');
    expect(await changed.count()).toBe(1);
    expect(await changed.locator('.comparison__label').innerText()).toBe('CHANGED Paragraph 8');
    // Marked by the element, a visible cue and words for screen readers, never by colour alone.
    expect(await changed.locator('del').allTextContents()).toEqual(['[−deleted: huge] (end of deletion)']);
    expect(await changed.locator('ins').allTextContents()).toEqual(['[+inserted: serious and growing] (end of insertion)']);
    expect(await changed.locator('del .diff-cue').first().isVisible()).toBe(true);
    expect(await changed.locator('del .diff-cue').first().innerText()).toBe('[−');
    expect(await changed.locator('ins .diff-cue').first().innerText()).toBe('[+');
    expect(await page.locator('.comparison__renumbered li').allInnerTexts()).toEqual(['Recommendations 3–12 became 4–13']);
    const addedRecommendation = page.locator('.comparison__item--added').filter({ hasText: 'Recommendation 3: added' });
    expect(await addedRecommendation.locator('ins').innerText()).toContain('MOPAC should publish a quarterly report');
    // The choice is in the address: a reload shows the same comparison.
    expect(page.url()).toMatch(/view=versions.*from=.*to=current/);
    await expectNoSeriousViolations(page, 'Comparison with the current draft');

    // Record the committee's agreement.
    await row.getByRole('button', { name: "Record agreement of “Chairman's draft”" }).click();
    const agree = dialog(page);
    await agree.getByRole('heading', { name: "Record agreement of “Chairman's draft”" }).waitFor();
    const date = agree.getByLabel('Date agreed');
    await date.waitFor();
    expect(await date.inputValue()).toBe(localToday());
    const dissent = agree.getByRole('checkbox', { name: "Zoë Garbett AM, Recommendation 8, from “support the Met's use of the tactic”" });
    expect(await dissent.isChecked()).toBe(true);
    await expectNoSeriousViolations(page, 'Record agreement dialog');
    await date.fill('2025-03-04');
    expect(await agree.locator('.field__reads').innerText()).toBe('Tuesday 4 March 2025');
    // Nobody ticked: refused with the API's message.
    await agree.getByRole('button', { name: 'Record agreement' }).click();
    await agree.locator('.field__error').filter({ hasText: 'Choose the members present.' }).waitFor();
    await expectNoSeriousViolations(page, 'Record agreement dialog with an error');
    // Ticked from the keyboard.
    await agree.getByRole('checkbox', { name: 'Susan Hall AM (Chairman)' }).focus();
    await page.keyboard.press('Space');
    await agree.getByRole('checkbox', { name: 'Zoë Garbett AM', exact: true }).check();
    await agree.getByRole('button', { name: 'Record agreement' }).click();
    await agree.waitFor({ state: 'detached' });
    await expect.poll(() => row.innerText()).toContain('Agreed on 4 March 2025');
    const agreement = page.locator('.agreement');
    await agreement.waitFor();
    expect(await agreement.getByRole('heading').innerText()).toBe("“Chairman's draft”, agreed on 4 March 2025");
    expect(await agreement.innerText()).toContain('Susan Hall AM, Zoë Garbett AM');
    expect(await agreement.innerText()).toContain("Zoë Garbett AM, Recommendation 8, from “support the Met's use of the tactic”");
    // An agreed version cannot be deleted: there is no Delete for it.
    expect(await row.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    const [stored] = await client.call('agreements.list', { investigationId });
    expect(stored!.membersPresent.map((m) => m.name)).toEqual(['Susan Hall AM', 'Zoë Garbett AM']);
    expect(stored!.dissentsNoted.map((d) => d.objectionId)).toEqual([sampleId('objection/dissent-garbett-rec-8')]);
    await expectNoSeriousViolations(page, 'Versions with an agreement');

    // The version's preview is the report as it read: the old words, twelve recommendations.
    const hashBefore = await page.evaluate(() => window.location.hash);
    await row.getByRole('button', { name: "Preview “Chairman's draft”" }).click();
    const preview = dialog(page);
    await preview.locator('.version-preview article.report').waitFor();
    const text = await preview.locator('.version-preview').innerText();
    expect(text).toContain('Policing in London is facing huge challenges');
    expect(text).not.toContain('serious and growing');
    expect(text).not.toContain('MOPAC should publish a quarterly report');
    expect(await preview.locator('.version-preview .chapter').filter({ hasText: 'Recommendation 12' }).count()).toBeGreaterThan(0);
    expect(await preview.locator('.version-preview h2.recommendation-heading, .version-preview h3.recommendation-heading').filter({ hasText: /^Recommendation 13$/ }).count()).toBe(0);
    // Its contents links move within the preview, not the app.
    await preview.locator('.version-preview .contents a').filter({ hasText: 'Foreword' }).click();
    expect(await page.evaluate(() => window.location.hash)).toBe(hashBefore);
    expect(await page.evaluate(() => document.activeElement?.closest('.chapter')?.querySelector('h1')?.textContent)).toBe('Foreword');
    await expectNoSeriousViolations(page, 'Version preview');
    await preview.getByRole('button', { name: 'Close dialog' }).click();
    await preview.waitFor({ state: 'detached' });

    // A reload keeps the comparison (it is in the address).
    await page.reload();
    await heading.waitFor({ timeout: 20_000 });
    expect(await page.locator('.comparison__summary').innerText()).toBe('1 paragraph changed, Recommendation 3 added, Recommendations 3–12 became 4–13.');

    // A second version, compared with the first: saved now, so it is the current draft's words.
    const second = await client.call('versions.save', { investigationId, name: 'Amended draft' });
    const amended = versionRow(page, 'Amended draft');
    await amended.waitFor();
    await page.getByRole('combobox', { name: 'With' }).selectOption(second.id);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByRole('heading', { name: /^Changes from “Chairman's draft” \(saved .*\) to “Amended draft” \(saved .*\)$/ }).waitFor();
    expect(await page.locator('.comparison__summary').innerText()).toBe('1 paragraph changed, Recommendation 3 added, Recommendations 3–12 became 4–13.');

    // Rename it, then delete it (it is not agreed).
    await amended.getByRole('button', { name: 'Rename “Amended draft”' }).click();
    const rename = dialog(page);
    await rename.getByRole('heading', { name: 'Rename “Amended draft”' }).waitFor();
    await expectNoSeriousViolations(page, 'Rename dialog');
    await rename.getByRole('textbox', { name: 'Name' }).fill('Draft after comments');
    await rename.getByRole('button', { name: 'Save', exact: true }).click();
    await rename.waitFor({ state: 'detached' });
    const renamed = versionRow(page, 'Draft after comments');
    await renamed.waitFor();
    await renamed.getByRole('button', { name: 'Delete “Draft after comments”' }).click();
    const confirm = dialog(page);
    await confirm.getByRole('heading', { name: 'Delete “Draft after comments”?' }).waitFor();
    await expectNoSeriousViolations(page, 'Delete a version dialog');
    await confirm.getByRole('button', { name: 'Delete version' }).click();
    await confirm.waitFor({ state: 'detached' });
    await renamed.waitFor({ state: 'detached' });
    // The comparison it was part of is gone with it; the other version stays.
    expect(await page.locator('.comparison').count()).toBe(0);
    expect((await client.call('versions.list', { investigationId })).map((v) => v.name)).toEqual(["Chairman's draft"]);
  });
});
