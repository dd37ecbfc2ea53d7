/**
 * Metrics in a real browser against the real backend and HTTP host: the indicators, one opened
 * with its observations, its charts and their text alternatives, change statements, saving a
 * chart as a figure (and downloading it), importing CSV files through the dialog (a bad row shown
 * and refused, a good file imported, a dropped file into a new indicator with groups), the
 * keyboard, and accessibility of every screen and dialog. See harness.ts for what must be built.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useWorkbenches } from './harness';

const SLOW = { timeout: 150_000 };
const CSV = (name: string) => fileURLToPath(new URL(`../fixtures/csv/${name}`, import.meta.url));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const workbenches = useWorkbenches();

function open() {
  return workbenches.openSample();
}

async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const toast = (page: Page) => page.locator('.toast');
const observationRows = (page: Page) => page.locator('.observations-grid .ag-row');
const cells = async (page: Page, colId: string) => (await page.locator(`.observations-grid .ag-row [col-id="${colId}"]`).allInnerTexts()).map((t) => t.trim());

async function openIndicator(page: Page, origin: string, investigationId: string, name: string): Promise<void> {
  await page.goto(`${origin}/#/investigations/${investigationId}/metrics`);
  await page.getByRole('table', { name: /^Indicators/ }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await observationRows(page).first().waitFor({ timeout: 20_000 });
}

describe('an indicator', () => {
  test('total notifiable offences: figures, a chart with its text alternative, a change statement, saved as a figure', SLOW, async () => {
    const { page, host, sampleId, backend, context } = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    const indicators = await backend.client.call('indicators.list', { investigationId: sampleId });
    await page.goto(`${host.origin}/#/investigations/${sampleId}/metrics`);
    const table = page.getByRole('table', { name: /^Indicators/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(indicators.length);
    const row = table.locator('tbody tr').filter({ has: page.getByRole('link', { name: 'Total notifiable offences', exact: true }) });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('Total notifiable offences Count 3 2021/22 to 2023/24 Overall only Monthly Crime Data');
    await expectNoSeriousViolations(page, 'Metrics');

    await openIndicator(page, host.origin, sampleId, 'Total notifiable offences');
    expect(page.url()).toMatch(/metrics\?indicator=/);
    expect(await cells(page, 'period')).toEqual(['2021/22', '2022/23', '2023/24']);
    expect(await cells(page, 'value')).toEqual(['834,567', '902,410', '936,209']);
    expect(await cells(page, 'group')).toEqual(['Overall', 'Overall', 'Overall']);

    // The chart over time: a visible title, drawn, described for screen readers in words and as a table.
    const trend = page.getByRole('figure', { name: 'Over time: Total notifiable offences, 2021/22 to 2023/24' });
    await trend.waitFor();
    const canvas = trend.getByRole('img');
    expect(await canvas.getAttribute('aria-label')).toBe(
      'Line chart of Total notifiable offences, 2021/22 to 2023/24. Overall: 834,567 in 2021/22 to 936,209 in 2023/24.',
    );
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(200);
    // Something was drawn: the canvas is not one flat colour.
    const colours = await canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 397 * 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(2);
    const alternative = trend.getByRole('table', { name: 'Figures of the chart “Total notifiable offences, 2021/22 to 2023/24”' });
    expect(await alternative.locator('tbody tr').allInnerTexts()).toEqual(['2021/22\t834,567', '2022/23\t902,410', '2023/24\t936,209']);
    // No groups: said in words, not a blank chart.
    expect(await page.getByText('“Groups compared” needs figures for groups of people').count()).toBe(1);

    // The change statement, in house style, copied with one button.
    const statement = page.getByRole('region', { name: 'Change statement' });
    expect(await statement.getByRole('combobox', { name: 'From' }).inputValue()).toBe('2021/22');
    expect(await statement.getByRole('combobox', { name: 'To' }).inputValue()).toBe('2023/24');
    await expect.poll(() => statement.locator('.change-statement__text').textContent()).toBe('increased from 834,567 in 2021/22 to 936,209 in 2023/24');
    await statement.getByRole('button', { name: 'Copy the change statement' }).click();
    await expect.poll(() => toast(page).textContent()).toBe('Copied the change statement.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('increased from 834,567 in 2021/22 to 936,209 in 2023/24');
    await statement.getByRole('radio', { name: /^The percentage change/ }).check();
    await expect.poll(() => statement.locator('.change-statement__text').textContent()).toMatch(/12\.2 per cent/);
    await statement.getByRole('combobox', { name: 'From' }).selectOption({ label: '2022/23' });
    await statement.getByRole('radio', { name: /^The difference/ }).check();
    await expect.poll(() => statement.locator('.change-statement__text').textContent()).toBe('increased by 33,799');
    await expectNoSeriousViolations(page, 'Metrics, an indicator open');

    // Download the chart as a PNG file.
    const [download] = await Promise.all([page.waitForEvent('download'), trend.getByRole('button', { name: /^Download PNG/ }).click()]);
    expect(download.suggestedFilename()).toBe('total-notifiable-offences-2021-22-to-2023-24.png');
    const downloaded = await readFile((await download.path())!);
    expect([...downloaded.subarray(0, 8)]).toEqual(PNG_SIGNATURE);

    // Save it for the report: it is listed with its image.
    await trend.getByRole('button', { name: 'Save as image for the report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save the chart for the report' });
    const title = dialog.getByRole('textbox', { name: /^Figure title/ });
    expect(await title.inputValue()).toBe('Total notifiable offences, 2021/22 to 2023/24');
    await expectNoSeriousViolations(page, 'Save a figure dialog');
    await title.fill('Figure 1: Total notifiable offences, 2021/22 to 2023/24');
    await dialog.getByRole('button', { name: 'Save figure' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => toast(page).textContent()).toBe('Saved “Figure 1: Total notifiable offences, 2021/22 to 2023/24” as a figure for the report.');
    const figures = page.getByRole('region', { name: 'Figures saved for the report' });
    const card = figures.getByRole('listitem').filter({ hasText: 'Figure 1: Total notifiable offences' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Over time · Total notifiable offences · saved');
    const image = card.getByRole('img', { name: 'Chart: Figure 1: Total notifiable offences, 2021/22 to 2023/24' });
    await expect.poll(() => image.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(300);
    const saved = await backend.client.call('figures.list', { investigationId: sampleId });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ chartKind: 'trend', title: 'Figure 1: Total notifiable offences, 2021/22 to 2023/24' });
    const png = Buffer.from((await backend.client.call('figures.image', { id: saved[0]!.id })).base64, 'base64');
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    await expectNoSeriousViolations(page, 'Metrics with a saved figure');

    // And delete it.
    await card.getByRole('button', { name: /^Delete the figure/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the figure “Figure 1: Total notifiable offences, 2021/22 to 2023/24”?' });
    await expectNoSeriousViolations(page, 'Delete a figure dialog');
    await confirm.getByRole('button', { name: 'Delete figure' }).click();
    await expect.poll(() => figures.getByRole('listitem').count()).toBe(0);
    expect(await backend.client.call('figures.list', { investigationId: sampleId })).toHaveLength(0);
  });
});

describe('importing a CSV file', () => {
  test('a bad row is shown and importing refused; a good file is imported; a dropped file makes a new indicator with groups', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    await openIndicator(page, host.origin, sampleId, 'Total notifiable offences');
    const notifiable = (await backend.client.call('indicators.list', { investigationId: sampleId })).find((i) => i.name === 'Total notifiable offences')!;

    await page.getByRole('button', { name: 'Import figures from CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import figures from CSV' });
    await dialog.waitFor();
    // The indicator open on the page is the one offered.
    expect(await dialog.getByRole('radio', { name: 'An indicator already held' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('combobox', { name: /^Indicator/ }).inputValue()).toBe(notifiable.id);
    await expectNoSeriousViolations(page, 'Import CSV, step 1');

    // Nothing chosen: said next to the field.
    await dialog.getByRole('button', { name: 'Upload and preview' }).click();
    await expect.poll(() => dialog.locator('.field--error').innerText()).toContain('Choose the CSV file to import.');

    // A file with a bad row: the row's line, column and problem; Import stays disabled.
    await dialog.getByLabel(/^CSV file/).setInputFiles(CSV('ui-notifiable-bad-row.csv'));
    await dialog.getByRole('button', { name: 'Upload and preview' }).click();
    const step2 = dialog.getByRole('heading', { name: 'Step 2 of 2: check the columns and the rows' });
    await step2.waitFor();
    await expect.poll(() => step2.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await dialog.getByRole('combobox', { name: 'Period column' }).inputValue()).toBe('Financial year');
    expect(await dialog.getByRole('combobox', { name: 'Value column' }).inputValue()).toBe('Offences');
    const problems = dialog.getByRole('table', { name: 'Problems in the file, by line' });
    expect(await problems.locator('tbody tr').allInnerTexts()).toEqual(['3\tOffences\t“lots” is not a number.']);
    expect(await dialog.getByRole('status').filter({ hasText: 'problem' }).textContent()).toBe('1 problem to put right before importing.');
    const importButton = dialog.getByRole('button', { name: /^Import \d+ rows?$/ });
    expect(await importButton.isDisabled()).toBe(true);
    const rowsTable = dialog.getByRole('table', { name: 'The first rows of the file, as they would be stored' });
    expect(await rowsTable.locator('tbody tr').allInnerTexts()).toEqual(['2\t2021/22\tOverall\t834,567', '4\t2023/24\tOverall\t936,209']);
    await expectNoSeriousViolations(page, 'Import CSV, step 2 with a problem');
    // Changing a column reads the file again: the value column as the period is all wrong.
    await dialog.getByRole('combobox', { name: 'Value column' }).selectOption('Financial year');
    await expect.poll(() => problems.locator('tbody tr').count()).toBe(3);
    await dialog.getByRole('combobox', { name: 'Value column' }).selectOption('Offences');
    await expect.poll(() => problems.locator('tbody tr').count()).toBe(1);
    expect(await importButton.isDisabled()).toBe(true);
    // Nothing was stored.
    expect((await backend.client.call('indicators.get', { id: notifiable.id })).observations).toHaveLength(3);

    // Back, and a good file: imported, and the grid shows it.
    await dialog.getByRole('button', { name: 'Back' }).click();
    await dialog.getByLabel(/^CSV file/).setInputFiles(CSV('ui-notifiable-2024-25.csv'));
    await dialog.getByRole('button', { name: 'Upload and preview' }).click();
    await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'valid' }).textContent()).toBe('Every row is valid: 1 figure to import.');
    await expectNoSeriousViolations(page, 'Import CSV, step 2, importable');
    await dialog.getByRole('button', { name: 'Import 1 row' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => toast(page).textContent()).toBe('Imported 1 figure into “Total notifiable offences”.');
    await expect.poll(() => cells(page, 'period')).toEqual(['2021/22', '2022/23', '2023/24', '2024/25']);
    expect(await cells(page, 'value')).toContain('951,002');
    await expect.poll(() => page.getByRole('figure', { name: 'Over time: Total notifiable offences, 2021/22 to 2024/25' }).count()).toBe(1);

    // Dropped on the dialog, into a new indicator with groups.
    await page.getByRole('button', { name: 'Import figures from CSV…' }).click();
    await dialog.waitFor();
    const bytes = await readFile(CSV('ui-knife-crime-by-borough.csv'), 'utf8');
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'ui-knife-crime-by-borough.csv', { type: 'text/csv' }));
      return data;
    }, bytes);
    await dialog.getByTestId('csv-drop').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => dialog.locator('.csv-drop__chosen').textContent()).toMatch(/^Chosen: ui-knife-crime-by-borough\.csv/);
    await dialog.getByRole('radio', { name: 'A new indicator' }).check();
    await dialog.getByRole('textbox', { name: /^Name of the new indicator/ }).fill('Knife crime offences by borough');
    await dialog.getByRole('combobox', { name: /^Unit/ }).selectOption({ label: 'Count' });
    await expectNoSeriousViolations(page, 'Import CSV, new indicator');
    await dialog.getByRole('button', { name: 'Upload and preview' }).click();
    expect(await dialog.getByRole('combobox', { name: 'Group column' }).inputValue({ timeout: 20_000 })).toBe('Borough');
    await dialog.getByRole('button', { name: 'Import 6 rows' }).click();
    await expect.poll(() => toast(page).textContent()).toBe('Imported 6 figures into “Knife crime offences by borough”.');
    await page.getByRole('heading', { level: 2, name: 'Knife crime offences by borough' }).waitFor();
    await expect.poll(() => observationRows(page).count()).toBe(6);
    // Groups compared, for the latest quarter by default, and for another on request.
    const groups = page.getByRole('figure', { name: 'Groups compared: Knife crime offences by borough by group, Q2 2024-25' });
    await groups.waitFor();
    expect(await groups.getByRole('img').getAttribute('aria-label')).toBe('Bar chart of Knife crime offences by borough by group, Q2 2024-25. Croydon: 188; Lambeth: 205; Southwark: 201.');
    await groups.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'Q1 2024-25' });
    await expect.poll(() => page.getByRole('figure', { name: /Groups compared: .*Q1 2024-25$/ }).getByRole('img').getAttribute('aria-label')).toContain('Lambeth: 210');
    const trendAlternative = page.getByRole('table', { name: /^Figures of the chart “Knife crime offences by borough, Q1 2024-25 to Q2 2024-25”/ });
    expect(await trendAlternative.locator('thead th').allInnerTexts()).toEqual(['Period', 'Croydon', 'Lambeth', 'Southwark']);
    await expectNoSeriousViolations(page, 'Metrics, an indicator with groups');
  });
});

describe('keyboard', () => {
  test('open an indicator, add a figure and delete it without the mouse', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    await page.goto(`${host.origin}/#/investigations/${sampleId}/metrics`);
    const link = page.getByRole('table', { name: /^Indicators/ }).getByRole('link', { name: 'Theft offences', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: 'Theft offences' });
    await heading.waitFor();
    // Focus moves to the indicator chosen, so its details are read out and Tab continues there.
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await observationRows(page).first().waitFor();

    // Tab on to "Add an observation".
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Add an observation') break;
    }
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add a figure to “Theft offences”' });
    await dialog.waitFor();
    await expectNoSeriousViolations(page, 'Add a figure dialog');
    // Focus starts on the period.
    await page.keyboard.type('2024-25');
    await expect.poll(() => dialog.locator('.field__reads').first().textContent()).toBe('Reads as 2024/25');
    await page.keyboard.press('Tab'); // kind of period
    await page.keyboard.press('Tab'); // group
    await page.keyboard.press('Tab'); // value
    await page.keyboard.type('301,250');
    await expect.poll(() => dialog.locator('.field__reads').nth(1).textContent()).toBe('Reads as 301,250');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => toast(page).textContent()).toBe('Saved 301,250 for 2024/25, overall.');
    await expect.poll(() => cells(page, 'period')).toEqual(['2021/22', '2022/23', '2023/24', '2024/25']);

    // Into the grid, down to the new row, and Delete.
    await page.locator('.observations-grid .ag-row[row-index="0"] [col-id="period"]').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');
    await expect.poll(() => page.locator('.observations__chosen').innerText()).toContain('2024/25, overall');
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: 'Delete the figure for 2024/25, overall?' });
    await confirm.waitFor();
    await expectNoSeriousViolations(page, 'Delete a figure (observation) dialog');
    await confirm.getByRole('button', { name: 'Delete figure' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cells(page, 'period')).toEqual(['2021/22', '2022/23', '2023/24']);
    const theft = (await backend.client.call('indicators.list', { investigationId: sampleId })).find((i) => i.name === 'Theft offences')!;
    expect(theft.observationCount).toBe(3);

    // A new indicator: the contract's messages for every missing field at once, then added and opened.
    await page.getByRole('button', { name: 'Add an indicator' }).focus();
    await page.keyboard.press('Enter');
    const add = page.getByRole('dialog', { name: 'Add an indicator' });
    await add.waitFor();
    await expectNoSeriousViolations(page, 'Add an indicator dialog');
    await add.getByRole('button', { name: 'Add indicator' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => add.locator('.field--error').count()).toBe(2);
    expect(await add.locator('.field--error').allInnerTexts()).toEqual([expect.stringContaining('Indicator name cannot be empty.'), expect.stringContaining('Choose a unit')]);
    await expectNoSeriousViolations(page, 'Add an indicator dialog with errors');
    await add.getByRole('textbox', { name: /^Name/ }).focus();
    await page.keyboard.type('Knife crime in schools');
    await add.getByRole('combobox', { name: /^Unit/ }).selectOption({ label: 'Count' });
    await add.getByRole('searchbox', { name: /^Find a source/ }).fill('monthly crime');
    expect(await add.getByRole('combobox', { name: /^Source/ }).locator('option:checked').innerText()).toBe('Metropolitan Police, Monthly Crime Data (Dashboard or data)');
    await add.getByRole('button', { name: 'Add indicator' }).focus();
    await page.keyboard.press('Enter');
    const created = page.getByRole('heading', { level: 2, name: 'Knife crime in schools' });
    await created.waitFor();
    expect(await page.locator('.indicator-detail .facts').innerText()).toContain('Monthly Crime Data');
    expect(await page.getByText('No figures yet: add an observation, or import a CSV file.').count()).toBe(1);
    expect(page.url()).toMatch(/metrics\?indicator=/);
  });
});
