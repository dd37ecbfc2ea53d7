/**
 * Sources in a real browser against the real backend and HTTP host: the register (search, filter,
 * details and where a source is cited), adding a source (a `javascript:` link refused, a duplicate
 * found and merged), a cited source refused deletion, the footnotes (footnote 2, filter, the
 * editor's live preview, adding and deleting), links that are never unsafe, the keyboard, and
 * accessibility of every screen and dialog. See harness.ts for what must be built first.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { link } from '../../shared/api/contract-sources';
import { useWorkbenches } from './harness';

const SLOW = { timeout: 120_000 };

const workbenches = useWorkbenches();

function open() {
  return workbenches.openSample();
}

function sourcesUrl(origin: string, investigationId: string, query = ''): string {
  return `${origin}/#/investigations/${investigationId}/sources${query}`;
}

async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** The register's live count: "42 sources." or "Showing 3 sources of 42." */
const status = (page: Page) => page.locator('.sources-status [role="status"]');
const rows = (page: Page) => page.locator('.sources-grid .ag-row');
const toast = (page: Page) => page.locator('.toast');

async function openRegister(page: Page, origin: string, investigationId: string): Promise<void> {
  await page.goto(sourcesUrl(origin, investigationId));
  await rows(page).first().waitFor({ timeout: 20_000 });
}

/** Every cell of one column of the rows shown. */
async function column(page: Page, colId: string): Promise<string[]> {
  return (await page.locator(`.sources-grid .ag-row [col-id="${colId}"]`).allInnerTexts()).map((t) => t.trim());
}

async function footnoteItem(page: Page, position: number): Promise<Locator> {
  const item = page.locator('.footnote-list > li').filter({ has: page.locator('.footnote__number', { hasText: new RegExp(`^Footnote ${position}$`) }) });
  await item.waitFor();
  return item;
}

describe('the register', () => {
  test('lists the sample’s sources; filters by kind, searches, and shows where a source is cited', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const sources = await backend.client.call('sources.list', { investigationId: sampleId });
    expect(sources.length).toBeGreaterThan(30);
    await openRegister(page, host.origin, sampleId);

    await expect.poll(() => status(page).textContent()).toBe(`${sources.length} sources.`);
    for (const name of ['Kind', 'Publisher', 'Title', 'Published', 'Accessed', 'Citations', 'Duplicate?']) {
      expect(await page.getByRole('columnheader', { name, exact: true }).count(), name).toBe(1);
    }
    // Dates as the source gives them, in house style.
    const casey = sources.find((s) => s.title === 'Baroness Casey Review')!;
    expect(casey.publishedOn).toBe('2023-03');
    await expectNoSeriousViolations(page, 'Sources register');

    // Filter by kind: only dashboards.
    const dashboards = sources.filter((s) => s.kind === 'dashboard');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Dashboard or data' });
    await expect.poll(() => status(page).textContent()).toBe(`Showing ${dashboards.length} sources of ${sources.length}.`);
    expect(new Set(await column(page, 'kind'))).toEqual(new Set(['Dashboard or data']));
    expect((await column(page, 'title')).sort()).toEqual(dashboards.map((s) => s.title).sort());
    // And by publisher on top.
    const metDashboards = dashboards.filter((s) => s.publisher === 'Metropolitan Police');
    await page.getByRole('combobox', { name: 'Publisher' }).selectOption('Metropolitan Police');
    await expect.poll(() => status(page).textContent()).toBe(`Showing ${metDashboards.length} sources of ${sources.length}.`);
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Every kind' });
    await page.getByRole('combobox', { name: 'Publisher' }).selectOption({ label: 'Every publisher' });
    await expect.poll(() => status(page).textContent()).toBe(`${sources.length} sources.`);

    // Search finds words in the title, whatever their case.
    await page.getByRole('searchbox', { name: 'Search sources' }).fill('monthly crime');
    await expect.poll(() => status(page).textContent()).toBe(`Showing 1 source of ${sources.length}.`);
    expect(await column(page, 'title')).toEqual(['Monthly Crime Data']);
    expect(await column(page, 'accessedOn')).toEqual(['18 February 2025']);

    // Choosing the row shows it in full, with every footnote that cites it.
    const monthly = sources.find((s) => s.title === 'Monthly Crime Data')!;
    const detail = await backend.client.call('sources.get', { id: monthly.id });
    await rows(page).first().locator('[col-id="publisher"]').click();
    const details = page.getByRole('region', { name: 'Monthly Crime Data' });
    await expect.poll(() => details.locator('.facts').innerText()).toContain('Metropolitan Police');
    expect(await details.locator('.facts').innerText()).toContain('18 February 2025');
    const uses = details.locator('.source-uses li');
    await expect.poll(() => uses.count()).toBe(detail.uses.length);
    expect(detail.uses.length).toBe(monthly.citationCount);
    const two = uses.filter({ has: page.getByRole('link', { name: /^Footnote 2\b/ }) });
    expect(await two.innerText()).toContain('Volume of total notifiable offences increased from 834,567 in 2021/22 to 936,209 in 2023/24');
    await expectNoSeriousViolations(page, 'Sources register with a source chosen');

    // Choosing a footnote goes to it in the Footnotes view, with focus on it.
    await two.getByRole('link').click();
    await expect.poll(() => page.url()).toMatch(/view=footnotes&footnote=/);
    const footnote2 = await footnoteItem(page, 2);
    await expect.poll(() => footnote2.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await footnote2.getAttribute('class')).toContain('footnote--target');
  });

  test('a javascript: link is refused with the contract’s message; a duplicate is flagged and merged; a cited source cannot be deleted', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const before = await backend.client.call('sources.list', { investigationId: sampleId });
    await openRegister(page, host.origin, sampleId);
    expect(await page.getByRole('button', { name: 'Likely duplicates', exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: 'Add a source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a source' });
    await dialog.waitFor();
    // Focus starts in the first field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await dialog.getByRole('combobox', { name: /^Kind/ }).getAttribute('id'));
    await expectNoSeriousViolations(page, 'Add a source dialog');

    await dialog.getByRole('combobox', { name: /^Kind/ }).selectOption({ label: 'Dashboard or data' });
    await dialog.getByRole('textbox', { name: /^Publisher or author/ }).fill('Metropolitan Police');
    await dialog.getByRole('textbox', { name: /^Title/ }).fill('Monthly Crime Data');
    await dialog.getByRole('textbox', { name: /^Link/ }).fill('javascript:alert(1)');
    await dialog.getByRole('textbox', { name: /^Date accessed/ }).fill('25 February 2025');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    // The contract's own words, whatever they are.
    const parsed = link.safeParse('javascript:alert(1)');
    expect(parsed.success).toBe(false);
    const refusal = parsed.error!.issues[0]!.message;
    expect(refusal).toMatch(/^A link must be a web address/);
    await expect.poll(() => dialog.locator('.field--error').innerText()).toContain(refusal);
    // Next to its field, and in the summary, which has focus.
    expect(await dialog.getByRole('textbox', { name: /^Link/ }).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    await expectNoSeriousViolations(page, 'Add a source dialog with an error');
    expect(await backend.client.call('sources.list', { investigationId: sampleId })).toHaveLength(before.length);

    // A web address is accepted; the new source is the same as one held, and says so.
    await dialog.getByRole('textbox', { name: /^Link/ }).fill('');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => toast(page).textContent()).toMatch(/^Added “Monthly Crime Data”\. It looks like a duplicate of “Metropolitan Police, Monthly Crime Data”/);
    await expect.poll(() => status(page).textContent()).toBe(`${before.length + 1} sources.`);
    const added = (await backend.client.call('sources.list', { investigationId: sampleId })).find((s) => s.title === 'Monthly Crime Data' && s.citationCount === 0)!;
    expect(added.accessedOn).toBe('2025-02-25');
    expect(added.likelyDuplicateIds).toHaveLength(1);
    await page.getByRole('searchbox', { name: 'Search sources' }).fill('Monthly Crime Data');
    await expect.poll(() => column(page, 'duplicate')).toEqual(['Likely duplicate', 'Likely duplicate']);

    // Merge: keep the one that is cited; the grid goes back to one source.
    await page.getByRole('button', { name: /^Likely duplicates \(2\)$/ }).click();
    const duplicates = page.getByRole('dialog', { name: 'Likely duplicates' });
    const group = duplicates.getByRole('group', { name: 'Same publisher and title: Metropolitan Police, Monthly Crime Data' });
    await group.waitFor();
    const keep = group.getByRole('radio', { name: /cited 10 times/ });
    expect(await keep.isChecked()).toBe(true);
    await expectNoSeriousViolations(page, 'Likely duplicates dialog');
    await group.getByRole('button', { name: 'Merge into the one kept…' }).click();
    await expect.poll(() => group.getByRole('group', { name: 'Confirm the merge' }).innerText()).toContain('Nothing cites the others.');
    await expectNoSeriousViolations(page, 'Likely duplicates, confirming');
    await group.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => duplicates.getByText('No likely duplicates').count()).toBe(1);
    await expect.poll(() => toast(page).textContent()).toBe('Merged into “Metropolitan Police, Monthly Crime Data”: 0 citations moved, 1 source removed.');
    await duplicates.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toBe(`Showing 1 source of ${before.length}.`);
    expect(await column(page, 'duplicate')).toEqual(['']);
    const after = await backend.client.call('sources.list', { investigationId: sampleId });
    expect(after).toHaveLength(before.length);
    expect(after.find((s) => s.title === 'Monthly Crime Data')!.citationCount).toBe(10);

    // A cited source is not deleted: the backend says which footnotes cite it.
    await rows(page).first().locator('[col-id="kind"]').click();
    const details = page.getByRole('region', { name: 'Monthly Crime Data' });
    await details.getByRole('button', { name: 'Delete source' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Monthly Crime Data”?' });
    await expectNoSeriousViolations(page, 'Delete a source dialog');
    await confirm.getByRole('button', { name: 'Delete source' }).click();
    const alert = confirm.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toMatch(/footnotes? .*\b2\b/i);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await backend.client.call('sources.list', { investigationId: sampleId })).toHaveLength(before.length);
  });

  test('from the keyboard: search, move through the grid, open a source’s details and edit it', SLOW, async () => {
    const { page, host, sampleId } = await open();
    await openRegister(page, host.origin, sampleId);
    const search = page.getByRole('searchbox', { name: 'Search sources' });
    await search.focus();
    await page.keyboard.type('MOPAC dashboard');
    await expect.poll(() => status(page).textContent()).toMatch(/^Showing \d+ sources of \d+\.$/);
    // Tab past the filters and buttons into the grid, then down into its rows.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => Boolean(document.activeElement?.closest('.sources-grid')))) break;
    }
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.sources-grid')))).toBe(true);
    await page.keyboard.press('ArrowDown');
    const heading = page.locator('.source-details h3');
    await expect.poll(() => heading.innerText()).not.toBe('Source details');
    const first = await heading.innerText();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => heading.innerText()).not.toBe(first);
    const second = await heading.innerText();
    expect(second).toMatch(/Dashboard/);
    // Enter goes to the details; Tab reaches "Edit source".
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Edit source') break;
    }
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Edit “${second}”` });
    await dialog.waitFor();
    await page.keyboard.press('Tab'); // Kind → Publisher
    await page.keyboard.press('Tab'); // → Title
    await page.keyboard.press('End');
    await page.keyboard.type(' (MOPAC)');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => toast(page).textContent()).toBe(`Saved “${second} (MOPAC)”.`);
    // Escape closes a dialog and focus returns to what opened it.
    await expect.poll(() => heading.innerText()).toBe(`${second} (MOPAC)`);
    await page.getByRole('button', { name: 'Edit source' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Edit source');
  });
});

describe('footnotes', () => {
  test('footnote 2 reads as the report prints it; filter; edit with a live preview; add and delete', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const footnotes = await backend.client.call('footnotes.list', { investigationId: sampleId });
    expect(footnotes).toHaveLength(151);
    await page.goto(sourcesUrl(host.origin, sampleId, '?view=footnotes'));
    const two = await footnoteItem(page, 2);
    expect(await two.locator('.footnote__text').innerText()).toBe(
      'Metropolitan Police, Monthly Crime Data, accessed 18 February 2025. Volume of total notifiable offences increased from 834,567 in 2021/22 to 936,209 in 2023/24. Volume of theft increased from 204,954 in 2021/22 to 291,000 in 2023/24. Volume of robbery increased from 24,452 in 2021/22 to 34,391 in 2023-24. Volume of gun crime increased from 1,323 in 2021/22 to 1,529 in 2023/24.',
    );
    expect(await page.locator('.footnote-list > li').count()).toBe(151);
    expect(await page.getByRole('link', { name: 'Footnotes' }).getAttribute('aria-current')).toBe('page');
    await expectNoSeriousViolations(page, 'Footnotes');

    // Links open outside, without handing over this page.
    const links = page.locator('.footnote-list a[href]');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(/^(https?:|mailto:)/);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noreferrer noopener');
    }

    // The filter finds words.
    const filter = page.getByRole('searchbox', { name: 'Filter footnotes' });
    await filter.fill('notifiable offences');
    const withWords = footnotes.filter((f) => f.text.toLowerCase().includes('notifiable offences')).length;
    expect(withWords).toBe(2);
    await expect.poll(() => page.locator('.sources-status [role="status"]').textContent()).toBe('Showing 2 footnotes of 151.');
    await filter.fill('');

    // Edit footnote 2: the preview follows the fields.
    await two.getByRole('button', { name: 'Edit footnote 2' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit footnote 2' });
    await editor.waitFor();
    const preview = editor.getByTestId('footnote-preview');
    await expect.poll(() => preview.innerText()).toContain('Metropolitan Police, Monthly Crime Data, accessed 18 February 2025. Volume of total');
    await expectNoSeriousViolations(page, 'Footnote editor');
    const citation = editor.getByRole('group', { name: 'Citation 1' });
    expect(await citation.getByRole('combobox', { name: /^Source of citation 1/ }).locator('option:checked').innerText()).toBe('Metropolitan Police, Monthly Crime Data (Dashboard or data)');
    await citation.getByRole('textbox', { name: /^Accessed/ }).fill('25 February 2025');
    await citation.getByRole('textbox', { name: /^Locator/ }).fill('Table 3');
    await expect.poll(() => preview.innerText()).toContain('Metropolitan Police, Monthly Crime Data, accessed 25 February 2025, Table 3. Volume of total');
    // A date the contract cannot read is explained in the preview, not saved.
    await citation.getByRole('textbox', { name: /^Accessed/ }).fill('someday');
    await expect.poll(() => preview.innerText()).toMatch(/Date accessed must be written as/);
    await citation.getByRole('textbox', { name: /^Accessed/ }).fill('25/02/2025');
    await expect.poll(() => preview.innerText()).toContain('accessed 25 February 2025, Table 3.');
    await editor.getByRole('button', { name: 'Save footnote' }).click();
    await expect.poll(() => editor.count()).toBe(0);
    await expect.poll(() => two.locator('.footnote__text').innerText()).toContain('Monthly Crime Data, accessed 25 February 2025, Table 3. Volume of total notifiable offences');
    await expect.poll(() => toast(page).textContent()).toBe('Saved footnote 2.');

    // Add a footnote: words, then a source found by typing.
    await page.getByRole('button', { name: 'Add a footnote' }).click();
    const adder = page.getByRole('dialog', { name: 'Add footnote 152' });
    await adder.getByRole('textbox', { name: /^Text before the citations/ }).fill('See ');
    await adder.getByRole('button', { name: 'Add a citation' }).click();
    const find = adder.getByRole('searchbox', { name: /^Find a source/ });
    await expect.poll(() => find.evaluate((el) => el === document.activeElement)).toBe(true);
    await find.fill('homicide');
    await expect.poll(() => adder.getByTestId('footnote-preview').innerText()).toContain('See Metropolitan Police, Homicide Dashboard, accessed 4 February 2025');
    await expectNoSeriousViolations(page, 'Footnote editor, adding');
    await adder.getByRole('button', { name: 'Add footnote' }).click();
    await expect.poll(() => adder.count()).toBe(0);
    const added = await footnoteItem(page, 152);
    expect(await added.locator('.footnote__text').innerText()).toBe('See Metropolitan Police, Homicide Dashboard, accessed 4 February 2025');

    // And delete it again.
    await added.getByRole('button', { name: 'Delete footnote 152' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete footnote 152?' });
    await expectNoSeriousViolations(page, 'Delete a footnote dialog');
    await confirm.getByRole('button', { name: 'Delete footnote' }).click();
    await expect.poll(() => page.locator('.footnote-list > li').count()).toBe(151);
    expect(await backend.client.call('footnotes.list', { investigationId: sampleId })).toHaveLength(151);
  });

  test('a link that is not http(s) or mailto is never rendered as a link, whatever the server sends', SLOW, async () => {
    const { page, host, sampleId } = await open();
    // Tamper with the answer on its way to the page: the renderer is the last line of defence.
    await page.route('**/api/call', async (route) => {
      const body = route.request().postDataJSON() as { method: string };
      if (body.method !== 'footnotes.list') return route.continue();
      const response = await route.fetch();
      const json = (await response.json()) as { ok: boolean; result: { position: number; runs: { text: string; href?: string | null }[] }[] };
      const first = json.result.find((f) => f.position === 1)!;
      first.runs = [{ text: 'Evil link', href: 'javascript:alert(document.cookie)' }, { text: ' and ' }, { text: 'a file', href: 'file:///etc/passwd' }, { text: ' and ' }, { text: 'a good one', href: 'https://www.london.gov.uk/' }];
      return route.fulfill({ response, json });
    });
    await page.goto(sourcesUrl(host.origin, sampleId, '?view=footnotes'));
    const one = await footnoteItem(page, 1);
    expect(await one.locator('.footnote__text').innerText()).toBe('Evil link and a file and a good one');
    expect(await one.locator('a').count()).toBe(1);
    expect(await one.locator('a').getAttribute('href')).toBe('https://www.london.gov.uk/');
    expect(await page.locator('a[href^="javascript:"], a[href^="file:"]').count()).toBe(0);
  });
});
