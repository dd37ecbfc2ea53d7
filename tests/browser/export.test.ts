/**
 * The Export area in a real browser against the real backend and HTTP host (issue 7): what will
 * be exported and the check list, a committee template checked and used (or refused), "Export to
 * Word" with progress and Cancel, the download through the host, the session's exports, the
 * desktop menu's "Export to Word…", keyboard only, and axe on every state.
 * See harness.ts for what must be built first. Screenshots go to /tmp/export-*.png.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CONTENT_TYPES, ROOT_RELS, documentXml, makeZip, p } from '../fixtures/extract/make-fixtures';
import { useWorkbenches, type Workbench } from './harness';

const SLOW = { timeout: 180_000 };

const workbenches = useWorkbenches();

function open() {
  return workbenches.openSample();
}

// ---- Files --------------------------------------------------------------------------------------

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A committee template as Word would save one, defining only a few of the styles the export uses
 * (Normal, Title, Heading 1): the export must say which it lacks.
 */
function sparseTemplate(): Buffer {
  const style = (type: string, id: string, name: string) => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  const styles =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:styles xmlns:w="${W_NS}">` +
    style('paragraph', 'Normal', 'Normal') +
    style('paragraph', 'Title', 'Title') +
    style('paragraph', 'Heading1', 'heading 1') +
    '</w:styles>';
  const contentTypes = CONTENT_TYPES.replace(
    '</Types>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  const documentRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '</Relationships>';
  return Buffer.from(
    makeZip([
      { name: '[Content_Types].xml', data: contentTypes },
      { name: '_rels/.rels', data: ROOT_RELS },
      { name: 'word/document.xml', data: documentXml(p('Committee template')) },
      { name: 'word/_rels/document.xml.rels', data: documentRels },
      { name: 'word/styles.xml', data: styles },
    ]),
  );
}

/** What a clerk might pick by mistake: a text file someone renamed to .docx. */
const NOT_A_DOCX = Buffer.from('Minutes of the meeting of 15 January 2025.\nThis is plain text, not a Word document.\n');

async function checkTemplateThroughApi(workbenchNow: Workbench, name: string, bytes: Buffer) {
  const uploaded = await workbenchNow.backend.client.upload(name, new Uint8Array(bytes).buffer as ArrayBuffer);
  return workbenchNow.backend.client.call('export.checkTemplate', { uploadId: uploaded.uploadId });
}

// ---- Page helpers -------------------------------------------------------------------------------

async function openExport(page: Page, origin: string, investigationId: string) {
  await page.goto(`${origin}/#/investigations/${investigationId}/export`);
  await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toBe('Export');
  await page.getByRole('heading', { name: 'Check list' }).waitFor();
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

function exportButton(page: Page) {
  return page.getByRole('button', { name: /^Export to Word/ });
}

async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active ? `${active.tagName.toLowerCase()}: ${active.innerText?.replace(/\s+/g, ' ').trim() ?? ''}` : '';
  });
}

/** Records what the progress line and bar showed, however briefly, from before the click. */
async function watchProgress(page: Page) {
  await page.evaluate(() => {
    const seen = { bars: 0, labels: [] as string[] };
    (window as unknown as { __exportProgress: typeof seen }).__exportProgress = seen;
    new MutationObserver(() => {
      const runner = document.querySelector('.export-runner');
      if (!runner) return;
      if (runner.querySelector('progress')) seen.bars += 1;
      const label = runner.querySelector('.import-progress__label')?.textContent ?? '';
      if (label && seen.labels[seen.labels.length - 1] !== label) seen.labels.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __exportProgress: { bars: number; labels: string[] } }).__exportProgress);
}

/** The export.docx calls the page made, with their input. */
function exportCalls(page: Page): Array<{ jobId?: string; templateUploadId?: string; onMissingStyles?: string }> {
  const calls: Array<{ jobId?: string; templateUploadId?: string; onMissingStyles?: string }> = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/call') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { method?: string; input?: Record<string, string> } | null;
    if (body?.method === 'export.docx') calls.push(body.input ?? {});
  });
  return calls;
}

// ---- 1. What will be exported, the export, the download -----------------------------------------

describe('exporting the sample', () => {
  test('the page lists the counts and the check list, exports with progress, and the download is the .docx with its name', SLOW, async () => {
    const current = await open();
    const { page, host, sampleId, backend, context } = current;
    const model = await backend.client.call('report.model', { investigationId: sampleId });
    // The sample's report, as the seed prints it.
    expect(model.recommendations.length).toBe(12);
    expect(model.footnotes.length).toBe(151);
    await openExport(page, host.origin, sampleId);

    const summary = page.locator('.export-summary');
    await expect.poll(() => summary.innerText()).toContain(model.title);
    const facts = (await summary.locator('dl').innerText()).replace(/\s+/g, ' ');
    expect(facts).toContain(`Chapters ${model.chapters.filter((c) => c.kind === 'chapter').length}`);
    expect(facts).toContain('Recommendations 12');
    expect(facts).toContain('Footnotes 151');
    expect(await summary.innerText()).toContain('Committee Activity');
    await expect.poll(() => page.locator('.export-check').innerText()).toContain('No problems found.');
    expect(await exportButton(page).innerText()).toBe('Export to Word');
    expect(await page.getByText('Nothing has been exported from this investigation since the workbench was opened.').count()).toBe(1);
    await page.screenshot({ path: '/tmp/export-ready.png', fullPage: true });
    await expectNoSeriousViolations(page, 'Export, ready');

    const progressEvents: Array<{ jobId: string; done: number; total: number | null }> = [];
    const stopListening = backend.subscribe('job.progress', (event) => progressEvents.push(event));
    const calls = exportCalls(page);
    const progress = await watchProgress(page);
    const clicked = performance.now();
    await exportButton(page).click();

    const resultHeading = page.getByRole('heading', { name: /^Exported “.+\.docx”$/ });
    await resultHeading.waitFor({ timeout: 60_000 });
    const tookMs = Math.round(performance.now() - clicked);
    stopListening();
    // Focus moves to the result, so a keyboard user hears it.
    await expect.poll(() => focusedDescription(page)).toMatch(/^h3: Exported “.+\.docx”$/);

    // The page chose the job id and followed it: a progress bar was shown, and the backend reported
    // progress for that very job.
    expect(calls).toHaveLength(1);
    const jobId = calls[0]!.jobId!;
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    const shown = await progress();
    expect(shown.bars).toBeGreaterThan(0);
    const ours = progressEvents.filter((event) => event.jobId === jobId);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.at(-1)).toMatchObject({ done: ours.at(-1)!.total });
    console.log(`Export of the sample through the page: ${tookMs} ms from the click to the result; progress lines shown: ${JSON.stringify(shown.labels)}`);

    const resultBox = page.locator('.export-result');
    const resultText = (await resultBox.innerText()).replace(/\s+/g, ' ');
    expect(resultText).toContain('Footnotes 151');
    expect(resultText).toContain('Recommendations 12');
    expect(resultText).toMatch(/Size \d+(\.\d)? (KB|MB)/);
    await page.screenshot({ path: '/tmp/export-result.png', fullPage: true });
    await expectNoSeriousViolations(page, 'Export, result');

    // The download: the host serves the document with its name.
    const fileName = (await resultHeading.innerText()).replace(/^Exported “|”$/g, '');
    expect(fileName).toMatch(/\.docx$/);
    const link = resultBox.getByRole('link', { name: `Download ${fileName}` });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/api\/exports\/[^/]+$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);

    // The same route with the page's cookie: a Word content type and an attachment named as shown.
    const response = await context.request.get(`${host.origin}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const disposition = response.headers()['content-disposition'] ?? '';
    expect(disposition).toMatch(/^attachment;/);
    expect(decodeURIComponent(disposition)).toContain(fileName);
    expect(Buffer.from(await response.body()).equals(bytes)).toBe(true);
    // Without the cookie or token, the host refuses it.
    expect((await fetch(`${host.origin}${href}`)).status).toBe(401);

    // The session's exports list it, with its own download.
    const recent = page.locator('.export-recent__item');
    await expect.poll(() => recent.count()).toBe(1);
    expect(await recent.first().innerText()).toContain(fileName);
    expect(await recent.first().getByRole('link', { name: `Download ${fileName}` }).getAttribute('href')).toBe(href);

    // It is still listed after the window reloads (the session's list lives in the tab).
    await page.reload();
    await page.getByRole('heading', { name: 'Check list' }).waitFor();
    await expect.poll(() => page.locator('.export-recent__item').count()).toBe(1);
  });

  test('Cancel stops an export: nothing is offered, and the clerk can export again', SLOW, async () => {
    const { page, host, sampleId } = await open();
    await openExport(page, host.origin, sampleId);
    // Hold the export call in the browser until Cancel has been pressed, so the cancel is sure to
    // arrive first: the backend stops a job whose cancel came before it started.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/call', async (route) => {
      const body = route.request().postDataJSON() as { method?: string } | null;
      if (body?.method === 'export.docx') await held;
      await route.continue();
    });
    await exportButton(page).click();
    const cancel = page.getByRole('button', { name: 'Cancel export' });
    await cancel.waitFor();
    await expect.poll(() => page.locator('.export-runner [role="status"]').innerText()).toBe('Starting the export…');
    await expectNoSeriousViolations(page, 'Export, running');
    await cancel.click();
    await expect.poll(() => page.getByRole('button', { name: 'Cancelling…' }).count()).toBe(1);
    release();

    const alert = page.locator('.export-runner [role="alert"]');
    await expect.poll(() => alert.innerText()).toContain('The export was cancelled.');
    await expect.poll(() => focusedDescription(page)).toContain('The export was cancelled.');
    expect(await page.locator('.export-result').count()).toBe(0);
    expect(await page.locator('.export-recent__item').count()).toBe(0);
    await expectNoSeriousViolations(page, 'Export, cancelled');

    await page.unroute('**/api/call');
    await exportButton(page).click();
    await page.getByRole('heading', { name: /^Exported “/ }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.export-recent__item').count()).toBe(1);
  });
});

// ---- 2. The check list --------------------------------------------------------------------------

describe('the check list', () => {
  test('problems are listed with links to Draft, and exporting anyway carries a clear warning', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    // Take Recommendation 12's block out of the report: the recommendation is no longer placed.
    const blocks = await backend.client.call('blocks.list', { investigationId: sampleId });
    const lastRecommendation = blocks.filter((b) => b.kind === 'recommendation').at(-1)!;
    await backend.client.call('blocks.delete', { id: lastRecommendation.id });
    // And print words for a quote that are not the witness's: a problem at that block.
    const quoteBlock = blocks.find((b) => b.kind === 'quote')!;
    await backend.client.call('blocks.update', {
      id: quoteBlock.id,
      block: { kind: 'quote', content: { ...(quoteBlock.content as { quoteId: string; footnoteId: string }), excerpt: 'Words the witness never said.' } },
    });
    const problems = await backend.client.call('report.check', { investigationId: sampleId });
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => problem.code).sort()).toEqual(['quote_wording_changed', 'recommendation_not_placed']);
    expect(errors.find((problem) => problem.code === 'quote_wording_changed')!.blockId).toBe(quoteBlock.id);

    await openExport(page, host.origin, sampleId);
    const checkList = page.locator('.export-check');
    await expect.poll(() => checkList.innerText()).toContain('2 problems to put right');
    for (const problem of problems) expect(await checkList.innerText()).toContain(problem.message);
    const links = checkList.getByRole('link', { name: 'Open in Draft' });
    expect(await links.count()).toBe(problems.length);
    for (const [index, problem] of problems.entries()) {
      const href = await links.nth(index).getAttribute('href');
      expect(href).toBe(`#/investigations/${sampleId}/draft${problem.blockId ? `?block=${problem.blockId}` : ''}`);
    }
    // The recommendation count follows the report: 11 placed.
    await expect.poll(async () => (await page.locator('.export-summary dl').innerText()).replace(/\s+/g, ' ')).toContain('Recommendations 11');

    // The export is still possible, with the warning next to the button (and read with it).
    const button = exportButton(page);
    expect(await button.innerText()).toBe('Export to Word anyway');
    const warningId = (await button.getAttribute('aria-describedby'))!.split(' ')[0]!;
    expect(await page.locator(`[id="${warningId}"]`).innerText()).toContain('The check list has 2 problems to put right.');
    await page.screenshot({ path: '/tmp/export-problems.png', fullPage: true });
    await expectNoSeriousViolations(page, 'Export with problems');
    await button.click();
    const result = page.locator('.export-result');
    await result.getByRole('heading', { name: /^Exported “/ }).waitFor({ timeout: 60_000 });
    const resultText = (await result.innerText()).replace(/\s+/g, ' ');
    expect(resultText).toContain('Recommendations 11');
    // The backend's warnings name the problems the document went out with.
    expect(resultText).toContain('Worth checking in the document');
    for (const problem of errors) expect(resultText).toContain(problem.message);
    await expectNoSeriousViolations(page, 'Export with problems, result');

    // A problem's link opens Draft, at its block.
    const quoteIndex = problems.findIndex((problem) => problem.blockId === quoteBlock.id);
    const link = links.nth(quoteIndex);
    expect(await link.getAttribute('href')).toContain(`/draft?block=${quoteBlock.id}`);
    await link.click();
    // Draft opens at that block, and once loaded adds the block's chapter to the address: whether
    // the poll sees the address before or after that depends on the machine's speed.
    await expect.poll(() => page.url()).toMatch(new RegExp(`/draft\\?(chapter=[0-9a-f-]+&)?block=${quoteBlock.id}$`));
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).first().textContent()).toBe('Draft');
  });
});

// ---- 3. Templates -------------------------------------------------------------------------------

describe('a committee template', () => {
  test('a text file renamed .docx, dropped on the page, gets the backend’s message and the export is refused until it is removed', SLOW, async () => {
    const current = await open();
    const { page, host, sampleId } = current;
    const expected = await checkTemplateThroughApi(current, 'committee-template.docx', NOT_A_DOCX).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(expected, 'the backend refuses a text file named .docx').not.toBeNull();
    await openExport(page, host.origin, sampleId);

    // Dropped anywhere on the page, as from the file manager.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'committee-template.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      for (const type of ['dragenter', 'dragover', 'drop'] as const) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, NOT_A_DOCX.toString('utf8'));

    const alert = page.locator('.export-template [role="alert"]');
    await expect.poll(() => alert.innerText()).toContain('committee-template.docx cannot be used as a template.');
    expect(await alert.innerText()).toContain(expected!);
    await expectNoSeriousViolations(page, 'Export, template refused');

    // Exporting with a refused template is stopped at once, with what to do.
    await exportButton(page).click();
    await expect.poll(() => page.locator('.export-runner [role="alert"]').innerText()).toContain('Choose another template, or use no template.');
    await page.getByRole('button', { name: 'Use no template' }).click();
    await expect.poll(() => page.locator('.export-template [role="alert"]').count()).toBe(0);
    expect(await page.locator('.export-template').innerText()).toContain('No template: the built-in house style.');
  });

  test('a template lacking styles lists them; “stop” stops with the backend’s message, the built-in styles export', SLOW, async () => {
    const current = await open();
    const { page, host, sampleId } = current;
    const template = sparseTemplate();
    const check = await checkTemplateThroughApi(current, 'pcc-template.docx', template);
    expect(check.missingStyles.length).toBeGreaterThan(0);
    await openExport(page, host.origin, sampleId);
    const calls = exportCalls(page);

    await page.getByTestId('template-file-input').setInputFiles({
      name: 'pcc-template.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: template,
    });
    const lacks = page.getByRole('list', { name: 'Styles the template lacks' });
    await lacks.waitFor();
    expect(await lacks.getByRole('listitem').allInnerTexts()).toEqual(check.missingStyles);
    expect(await page.getByRole('list', { name: 'Styles the template has' }).getByRole('listitem').allInnerTexts()).toEqual(check.presentStyles);
    expect(await page.locator('.export-template [role="status"]').innerText()).toContain(
      `defines ${check.presentStyles.length} of the ${check.presentStyles.length + check.missingStyles.length} styles the export uses`,
    );
    const fallback = page.getByRole('radio', { name: 'Use the built-in style for the missing ones' });
    expect(await fallback.isChecked()).toBe(true);
    await page.screenshot({ path: '/tmp/export-template.png', fullPage: true });
    await expectNoSeriousViolations(page, 'Export, template lacking styles');

    // Stop: the export is refused, naming what is missing, and nothing is offered.
    await page.getByRole('radio', { name: /^Stop/ }).check();
    await exportButton(page).click();
    const alert = page.locator('.export-runner [role="alert"]');
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toContain('The report was not exported.');
    const message = await alert.innerText();
    for (const style of check.missingStyles) expect(message).toContain(style);
    expect(calls.at(-1)).toMatchObject({ onMissingStyles: 'stop' });
    expect(calls.at(-1)!.templateUploadId).toBeTruthy();
    expect(await page.locator('.export-result').count()).toBe(0);
    await expectNoSeriousViolations(page, 'Export, stopped for missing styles');

    // Built-in styles for the missing ones: exported, with the missing styles listed.
    await fallback.check();
    await exportButton(page).click();
    const result = page.locator('.export-result');
    await result.getByRole('heading', { name: /^Exported “/ }).waitFor({ timeout: 60_000 });
    expect(calls.at(-1)).toMatchObject({ onMissingStyles: 'fallback' });
    const text = await result.innerText();
    expect(text).toContain('Written with the styles of pcc-template.docx.');
    expect(text).toContain('The template lacked these styles; the built-in ones were used:');
    for (const style of check.missingStyles) expect(text).toContain(style);
    await expectNoSeriousViolations(page, 'Export, result with a template');
  });
});

// ---- 4. Keyboard and the desktop menu's command -------------------------------------------------

describe('keyboard only', () => {
  test('File › Export to Word… lands on the button; Enter exports; Tab and Enter download', SLOW, async () => {
    const { page, host, sampleId, backend , sendMenuCommand } = await open();
    await page.goto(`${host.origin}/#/investigations/${sampleId}/meetings`);
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toBe('Meetings & witnesses');

    await sendMenuCommand('export-docx');
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toBe('Export');
    await expect.poll(() => focusedDescription(page)).toBe('button: Export to Word');

    // From the page's heading, Tab reaches the button too.
    await page.getByRole('main').getByRole('heading', { level: 1 }).focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = (await focusedDescription(page)) === 'button: Export to Word';
    }
    expect(reached, 'Tab should reach “Export to Word”').toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => focusedDescription(page), { timeout: 60_000 }).toMatch(/^h3: Exported “.+\.docx”$/);
    const fileName = (await focusedDescription(page)).replace(/^h3: Exported “|”$/g, '');

    // The next stop is the download.
    let onDownload = false;
    for (let i = 0; i < 10 && !onDownload; i += 1) {
      await page.keyboard.press('Tab');
      onDownload = (await focusedDescription(page)) === `a: Download ${fileName}`;
    }
    expect(onDownload, 'Tab should reach the download link').toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(fileName);
    await expectNoSeriousViolations(page, 'Export, after a keyboard export');
  });
});
