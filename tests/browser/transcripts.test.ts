/**
 * Transcripts in a real browser against the real backend and HTTP host (issue 3): import through
 * the page, link speakers, the virtualised reader, search from anywhere, and accessibility.
 * See harness.ts for what must be built first. Screenshots go to /tmp/t3-*.png.
 *
 * The sample investigation may or may not come with its own transcripts; nothing here depends on
 * either. Transcripts are plain text (pages split by form feeds, London Assembly speaker labels),
 * which the importer reads without PDF or Word extraction.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Backend } from '../../backend';
import { useWorkbenches } from './harness';

const SLOW = { timeout: 180_000 };

const workbenches = useWorkbenches();

function open() {
  return workbenches.openSample();
}

// ---- Transcripts to import ----------------------------------------------------------------------

/** A two-page Panel 2 transcript: two speakers the sample knows, two it does not. */
function panelTranscript(marker: string): string {
  return [
    [
      'Appendix 1',
      'Police and Crime Committee – 15 January 2025',
      'Transcript of Agenda Item 5: Response to the draft Police and Crime Plan',
      '',
      'Susan Hall AM (Chairman): Welcome to our second panel. We turn to violence against women and girls.',
      '',
      `Nahar Choudhury (CEO, Solace Women's Aid): Thank you. Survivors tell us that trust is earned slowly. ${marker}`,
    ].join('\n'),
    [
      'Jane Doe (Chief Executive, Example Trust): Specialist services need funding that lasts longer than a year.',
      '',
      'Susan Hall AM (Chairman): Thank you, Jane.',
      '',
      'John Smith (Researcher, Nowhere Institute): I agree with the point about neighbourhood policing.',
    ].join('\n'),
  ].join('\f');
}

const LONG_SPEAKERS = [
  'Susan Hall AM (Chairman)',
  'Zoë Garbett AM',
  'Professor Ben Bradford (Director, Global City Policing, UCL)',
  'Dr Jane Testwitness (Head of Research, Example Foundation)',
];

/** 300 pages, three turns a page; the speaker of page p, turn t is LONG_SPEAKERS[(3p + t) % 4]. */
function longTranscript(pages = 300): string {
  const out: string[] = [];
  for (let p = 1; p <= pages; p += 1) {
    const lines = ['Police and Crime Committee – 15 January 2025', ''];
    for (let t = 0; t < 3; t += 1) {
      let speech = `On page ${p}, turn ${t + 1}: we discussed neighbourhood policing, confidence and the use of stop and search across London. `.repeat(
        1 + ((p + t) % 3),
      );
      if (p === 217 && t === 1) speech += 'The quartermaster lantern programme was mentioned here. ';
      lines.push(`${LONG_SPEAKERS[(p * 3 + t) % 4]}: ${speech.trim()}`, '');
    }
    out.push(lines.join('\n'));
  }
  return out.join('\f');
}

async function importThroughApi(backend: Backend, investigationId: string, text: string, title: string) {
  const overview = await backend.client.call('investigations.get', { id: investigationId });
  const meeting = overview.meetings.find((m) => m.heldOn === '2025-01-15')!;
  const uploaded = await backend.client.upload(`${title}.txt`, new TextEncoder().encode(text).buffer as ArrayBuffer);
  return backend.client.call('transcripts.import', { uploadId: uploaded.uploadId, meetingId: meeting.id, panelId: meeting.panels[0]!.id, title });
}

// ---- Page helpers -------------------------------------------------------------------------------

async function openTranscripts(page: Page, origin: string, investigationId: string) {
  await page.goto(`${origin}/#/investigations/${investigationId}/transcripts`);
  await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toBe('Transcripts');
  await page.getByRole('button', { name: 'Choose a file…' }).waitFor();
}

async function chooseOption(scope: Page | Locator, label: string | RegExp, optionText: string) {
  const select = scope.getByRole('combobox', { name: label });
  const value = await select.locator('option', { hasText: optionText }).first().getAttribute('value');
  await select.selectOption(value!);
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

function fileInput(page: Page) {
  return page.locator('input[type="file"]');
}

/** The reader's scrolling text region. */
function readerText(page: Page) {
  return page.getByRole('region', { name: /^Text of / });
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '');
}

// ---- 1. Import and link ---------------------------------------------------------------------------

describe('importing a transcript', () => {
  test('a .txt transcript imported through the page shows its pages, turns and unmatched speakers; creating a person links one', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const before = (await backend.client.call('transcripts.list', { investigationId: sampleId })).length;
    await openTranscripts(page, host.origin, sampleId);

    // The file input accepts transcripts only.
    expect(await fileInput(page).getAttribute('accept')).toBe('.pdf,.docx,.doc,.txt,.md');
    await fileInput(page).setInputFiles({ name: 'panel-2-test.txt', mimeType: 'text/plain', buffer: Buffer.from(panelTranscript('Marker one.')) });

    const form = page.getByRole('form', { name: 'Import a transcript' });
    await expect.poll(() => form.innerText()).toContain('panel-2-test.txt');
    // With no meeting chosen yet, focus goes to the meeting.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/meeting$/);

    // Importing without a meeting is refused at once, next to the field.
    await form.getByRole('button', { name: 'Import transcript' }).click();
    await expect.poll(() => form.getByRole('alert').first().innerText()).toContain('Choose the meeting this transcript is from.');

    await chooseOption(page, 'Meeting', '15 January 2025');
    await page.getByRole('combobox', { name: 'Panel' }).selectOption({ label: 'Panel 2' });
    // The title defaults to how the report cites the transcript.
    expect(await page.getByRole('textbox', { name: /^Title/ }).getAttribute('placeholder')).toBe('Police and Crime Committee Transcript Panel 2');
    await form.getByRole('button', { name: 'Import transcript' }).click();

    const result = page.getByRole('heading', { name: 'Imported “Police and Crime Committee Transcript Panel 2”' });
    await result.waitFor({ timeout: 30_000 });
    // Focus moves to the result, so a keyboard user hears it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Imported “Police and Crime Committee Transcript Panel 2”');
    const panel = page.getByRole('region', { name: 'Import a transcript' });
    const facts = await panel.locator('.import-result__facts').innerText();
    expect(facts).toMatch(/Pages\s+2/);
    expect(facts).toMatch(/Speaker turns\s+5/);
    expect(facts).toMatch(/Speakers to link\s+2/);
    const toLink = panel.getByRole('table', { name: /Speakers to link/ });
    await expect.poll(() => toLink.getByRole('row').count()).toBe(3); // header, Jane Doe, John Smith
    expect(await toLink.innerText()).toMatch(/Jane Doe[\s\S]*Not linked[\s\S]*John Smith[\s\S]*Not linked/);

    // The list has it under its meeting, with the badge.
    const item = page.locator('.transcript-item', { hasText: 'panel-2-test.txt' });
    await expect.poll(() => item.innerText()).toContain('2 speakers to link');
    expect(await item.innerText()).toMatch(/Panel 2 · 2 pages · 5 speaker turns · Text/);
    expect((await backend.client.call('transcripts.list', { investigationId: sampleId })).length).toBe(before + 1);
    await panel.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -80));
    await page.screenshot({ path: '/tmp/t3-list-import.png' });
    await expectNoSeriousViolations(page, 'Transcripts with an import result');

    // Link Jane Doe by creating a person, prefilled from the label.
    await toLink.getByRole('combobox', { name: 'Who is Jane Doe?' }).selectOption({ label: 'Create a person…' });
    await toLink.getByRole('button', { name: 'Link Jane Doe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a person for “Jane Doe (Chief Executive, Example Trust)”' });
    expect(await dialog.getByRole('textbox', { name: /^Name/ }).inputValue()).toBe('Jane Doe');
    expect(await dialog.getByRole('textbox', { name: /^Role/ }).inputValue()).toBe('Chief Executive');
    expect(await dialog.getByRole('textbox', { name: /^Organisation/ }).inputValue()).toBe('Example Trust');
    await expectNoSeriousViolations(page, 'Create a person dialog');
    await dialog.getByRole('button', { name: 'Create and link' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => toLink.innerText()).toContain('Linked 1 turn to Jane Doe.');
    await expect.poll(() => item.innerText()).toContain('1 speaker to link');
    await expect.poll(() => panel.getByRole('heading', { level: 4 }).innerText()).toBe('1 speaker to link');
    // Focus follows to the row's new button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Unlink Jane Doe');

    // The store agrees: every turn of Jane Doe is linked, and she is a guest of the meeting.
    const summary = (await backend.client.call('transcripts.list', { investigationId: sampleId })).find((t) => t.originalFileName === 'panel-2-test.txt')!;
    expect(summary.unmatchedSpeakers).toBe(1);
    const detail = await backend.client.call('transcripts.get', { id: summary.id });
    expect(detail.speakers.find((s) => s.name === 'Jane Doe')?.person?.fullName).toBe('Jane Doe');
    const overview = await backend.client.call('investigations.get', { id: sampleId });
    const meeting = overview.meetings.find((m) => m.heldOn === '2025-01-15')!;
    const guest = meeting.panels.flatMap((p) => p.participants).find((p) => p.person.fullName === 'Jane Doe');
    expect(guest?.roleText).toBe('Chief Executive');
    expect(guest?.organisation).toBe('Example Trust');

    // Linking to someone already known, from the list's Speakers dialog; then unlinking.
    await item.getByRole('button', { name: /^Link speakers/ }).click();
    const speakers = page.getByRole('dialog', { name: 'Speakers in “Police and Crime Committee Transcript Panel 2”' });
    await chooseOption(speakers, 'Who is John Smith?', 'Zoë Garbett');
    await speakers.getByRole('button', { name: 'Link John Smith' }).click();
    await expect.poll(() => speakers.innerText()).toContain('Linked 1 turn to Zoë Garbett AM.');
    await expect.poll(() => item.innerText()).toContain('Every speaker linked');
    await speakers.getByRole('button', { name: 'Unlink John Smith' }).click();
    await expect.poll(() => speakers.innerText()).toContain('Unlinked 1 turn of John Smith.');
    await expect.poll(() => item.innerText()).toContain('1 speaker to link');
    await speakers.getByRole('button', { name: 'Done' }).click();
    // Focus goes back to the button that opened the dialog.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Link speakers/);
  });

  test('a bad file is refused with a clear message and the store is unchanged', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const before = await backend.client.call('transcripts.list', { investigationId: sampleId });
    await openTranscripts(page, host.origin, sampleId);

    // A meeting without a transcript offers "Import transcript…", which chooses it; the file comes next.
    const meeting = await backend.client.call('meetings.create', {
      investigationId: sampleId,
      kind: 'qa_session',
      heldOn: '2025-03-05',
      title: 'Q&A session on custody',
    });
    const article = page.getByRole('article', { name: 'Q&A session on custody' });
    await expect.poll(() => article.innerText()).toContain('No transcript yet.');
    await article.getByRole('button', { name: 'Import transcript… for “Q&A session on custody”, 5 March 2025' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Choose a file…');
    expect(await page.getByRole('combobox', { name: 'Meeting' }).inputValue()).toBe(meeting.id);

    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    await fileInput(page).setInputFiles({ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: random });
    await page.getByRole('button', { name: 'Import transcript', exact: true }).click();
    const alert = page.getByRole('region', { name: 'Import a transcript' }).getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toMatch(/The transcript was not imported\.\s+This file is not a PDF/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');

    // Try again with an empty text file: the meeting is remembered.
    await page.getByRole('button', { name: 'Choose another file' }).click();
    expect(await page.getByRole('combobox', { name: 'Meeting' }).inputValue()).not.toBe('');
    await fileInput(page).setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await page.getByRole('button', { name: 'Import transcript', exact: true }).click();
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toMatch(/empty/);

    const after = await backend.client.call('transcripts.list', { investigationId: sampleId });
    expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id));
    await expect.poll(() => page.locator('.transcript-item').count()).toBe(before.length);
    expect(await article.innerText()).toContain('No transcript yet.');
  });

  test('an import can be cancelled while the file is on its way, with progress shown meanwhile', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const before = (await backend.client.call('transcripts.list', { investigationId: sampleId })).length;
    await openTranscripts(page, host.origin, sampleId);
    // Hold the upload until Cancel has been pressed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const cancels: string[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/api/call')) return;
      const body = JSON.parse(request.postData() ?? '{}') as { method?: string; input?: { jobId?: string } };
      if (body.method === 'jobs.cancel') cancels.push(body.input?.jobId ?? '');
      if (body.method === 'transcripts.import') cancels.push('IMPORT CALLED');
    });
    await page.route('**/api/upload**', async (route) => {
      await held;
      await route.continue();
    });

    await fileInput(page).setInputFiles({ name: 'panel-2-cancel.txt', mimeType: 'text/plain', buffer: Buffer.from(panelTranscript('Marker two.')) });
    await chooseOption(page, 'Meeting', '15 January 2025');
    await page.getByRole('button', { name: 'Import transcript', exact: true }).click();
    const region = page.getByRole('region', { name: 'Import a transcript' });
    await expect.poll(() => region.getByRole('status').innerText()).toBe('Sending the file to the workbench…');
    expect(await region.getByRole('progressbar', { name: 'Sending the file to the workbench…' }).count()).toBe(1);
    await region.getByRole('button', { name: 'Cancel import' }).click();
    await expect.poll(() => cancels.length).toBeGreaterThan(0);
    release();

    await expect.poll(() => region.getByRole('alert').innerText()).toMatch(/The import was cancelled\.\s+Cancelled\. Nothing was changed\./);
    expect(cancels).not.toContain('IMPORT CALLED');
    expect(cancels[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect((await backend.client.call('transcripts.list', { investigationId: sampleId })).length).toBe(before);
  });

  test('a file dropped anywhere on the page is taken for import', SLOW, async () => {
    const { page, host, sampleId } = await open();
    await openTranscripts(page, host.origin, sampleId);
    // Notes without speaker labels: imported as pages only, with a warning.
    const notes = 'Notes of the meeting\n\nThe committee discussed custody provision.\fFurther notes on page two.\n';
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      return transfer;
    }, notes);
    // Over the page (not a special target): the overlay says what dropping will do.
    await page.dispatchEvent('.meeting-list', 'dragenter', { dataTransfer });
    await expect.poll(() => page.locator('.drop-overlay--visible').innerText()).toBe('Drop the transcript to import it');
    await page.dispatchEvent('.meeting-list', 'drop', { dataTransfer });
    await expect.poll(() => page.locator('.drop-overlay--visible').count()).toBe(0);
    await expect.poll(() => page.getByRole('form', { name: 'Import a transcript' }).innerText()).toContain('dropped.txt');
    await chooseOption(page, 'Meeting', '15 January 2025');
    await page.getByRole('button', { name: 'Import transcript', exact: true }).click();
    await page.getByRole('heading', { name: /^Imported “/ }).waitFor({ timeout: 30_000 });
    const region = page.getByRole('region', { name: 'Import a transcript' });
    expect(await region.locator('.import-result__facts').innerText()).toMatch(/Pages\s+2[\s\S]*Speaker turns\s+0/);
    expect(await region.locator('.notice--warning').innerText()).toMatch(/Worth checking\s+No speakers were found/);
  });

  test('a file the host refuses as too large gets a clear message', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const before = (await backend.client.call('transcripts.list', { investigationId: sampleId })).length;
    await openTranscripts(page, host.origin, sampleId);
    // A proxy or an older host may answer 413 without the workbench's JSON.
    await page.route('**/api/upload**', (route) => route.fulfill({ status: 413, contentType: 'text/plain', body: 'Request Entity Too Large' }));
    await fileInput(page).setInputFiles({ name: 'huge-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 pretend') });
    await chooseOption(page, 'Meeting', '15 January 2025');
    await page.getByRole('button', { name: 'Import transcript', exact: true }).click();
    const alert = page.getByRole('region', { name: 'Import a transcript' }).getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/The transcript was not imported\.\s+huge-scan\.pdf is too large to import\./);
    expect((await backend.client.call('transcripts.list', { investigationId: sampleId })).length).toBe(before);
  });

  test('in the desktop app the file goes over the bridge as an ArrayBuffer', SLOW, async () => {
    const { page, host, sampleId } = await open();
    // A stand-in for the sandboxed preload's bridge, carried over the browser host, that records
    // what the page hands to upload().
    await page.addInitScript(`
      window.__uploads = [];
      window.scrutiny = {
        invoke: function (method, input) {
          return fetch('/api/call', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ method: method, input: input }) }).then(function (r) { return r.json(); });
        },
        subscribe: function (event, listener) {
          // One stream for every listener, as the real bridge has one IPC channel.
          if (!window.__events) window.__events = new EventSource('/api/events', { withCredentials: true });
          var handler = function (e) { listener(JSON.parse(e.data)); };
          window.__events.addEventListener(event, handler);
          return function () { window.__events.removeEventListener(event, handler); };
        },
        upload: function (fileName, bytes) {
          window.__uploads.push({ fileName: fileName, isArrayBuffer: bytes instanceof ArrayBuffer, size: bytes.byteLength });
          return fetch('/api/upload?name=' + encodeURIComponent(fileName), { method: 'POST', credentials: 'same-origin', body: bytes }).then(function (r) { return r.json(); });
        }
      };
    `);
    await openTranscripts(page, host.origin, sampleId);
    // The page must start again to pick the bridge up (it chooses its transport once, at start).
    await page.reload();
    await page.getByRole('button', { name: 'Choose a file…' }).waitFor();
    expect(await page.evaluate('Array.isArray(window.__uploads)')).toBe(true);
    const text = panelTranscript('Over the bridge.');
    await fileInput(page).setInputFiles({ name: 'bridge.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await chooseOption(page, 'Meeting', '15 January 2025');
    await page.getByRole('button', { name: 'Import transcript', exact: true }).click();
    await page.getByRole('heading', { name: /^Imported “/ }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate('window.__uploads')).toEqual([{ fileName: 'bridge.txt', isArrayBuffer: true, size: Buffer.byteLength(text) }]);
  });

  test('a transcript can be deleted after confirming', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const imported = await importThroughApi(backend, sampleId, panelTranscript('Marker three.'), 'To be deleted');
    await openTranscripts(page, host.origin, sampleId);
    const item = page.locator('.transcript-item', { hasText: 'To be deleted' });
    await item.getByRole('button', { name: 'Delete “To be deleted”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “To be deleted”?' });
    await dialog.getByRole('button', { name: 'Delete transcript' }).click();
    await expect.poll(() => item.count()).toBe(0);
    const list = await backend.client.call('transcripts.list', { investigationId: sampleId });
    expect(list.some((t) => t.id === imported.transcriptId)).toBe(false);
  });

  test('the desktop menu’s Import command lands on “Choose a file…”', SLOW, async () => {
    const { page, host, sampleId, backend , sendMenuCommand } = await open();
    await page.goto(`${host.origin}/#/investigations/${sampleId}/overview`);
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toMatch(/Police and Crime Plan/);
    await sendMenuCommand('import');
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toBe('Transcripts');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Choose a file…');

    // From there, by keyboard alone: Enter opens the file chooser; the form follows.
    // (The operating system's file dialog is not part of the page: note that it was asked for, then
    // give the input its file as the dialog would.)
    await page.evaluate(`
      window.__chooserOpened = 0;
      document.querySelector('input[type="file"]').addEventListener('click', function (event) {
        window.__chooserOpened += 1;
        event.preventDefault();
      });
    `);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('window.__chooserOpened')).toBe(1);
    await fileInput(page).setInputFiles({ name: 'keyboard.txt', mimeType: 'text/plain', buffer: Buffer.from(panelTranscript('By keyboard.')) });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/meeting$/);
    const meeting = page.getByRole('combobox', { name: 'Meeting' });
    const value = await meeting.locator('option', { hasText: '15 January 2025' }).getAttribute('value');
    await meeting.selectOption(value!);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/panel$/);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/title$/);
    await page.keyboard.type('Keyboard import');
    await page.keyboard.press('Enter'); // submits the form
    await page.getByRole('heading', { name: 'Imported “Keyboard import”' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Imported “Keyboard import”');
    await expectNoSeriousViolations(page, 'Transcripts after a keyboard import');
  });
});

// ---- 2. Reader ----------------------------------------------------------------------------------

describe('the reader', () => {
  test('jumps to a page, steps through a speaker’s turns, and stays small in the page for 300 pages', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const imported = await importThroughApi(backend, sampleId, longTranscript(), 'Long test transcript');
    expect(imported.pageCount).toBe(300);
    expect(imported.turns.length).toBe(900);

    await page.goto(`${host.origin}/#/investigations/${sampleId}/transcripts/${imported.transcriptId}`);
    await page.getByRole('heading', { level: 1, name: 'Long test transcript' }).waitFor();
    const text = readerText(page);
    await expect.poll(() => text.innerText()).toContain('Page 1');
    expect(await text.innerText()).toContain('On page 1, turn 1');

    // Virtualised: far fewer rows in the page than the transcript has turns.
    const rowsInDom = await text.locator('.reader__row').count();
    expect(rowsInDom).toBeGreaterThan(3);
    expect(rowsInDom).toBeLessThan(60);

    // Linked speakers show the person and their role; others their label as printed.
    expect(await text.innerText()).toMatch(/Susan Hall AM\s*— Chairman/);
    expect(await text.innerText()).toContain('Dr Jane Testwitness (Head of Research, Example Foundation)');

    // Text spans carry their offsets into the transcript's text.
    const detail = await backend.client.call('transcripts.get', { id: imported.transcriptId });
    const fullText = detail.pages.map((p) => p.text).join('');
    const spans = await text.locator('[data-offset]').evaluateAll((elements) =>
      elements.slice(0, 8).map((e) => ({ offset: Number((e as HTMLElement).dataset.offset), text: e.textContent ?? '' })),
    );
    expect(spans.length).toBeGreaterThan(3);
    for (const span of spans) expect(fullText.slice(span.offset, span.offset + span.text.length)).toBe(span.text);

    // Go to page: type, Enter; the marker gets focus and the position shows.
    await page.getByRole('spinbutton', { name: 'Page number' }).fill('150');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Page 150');
    await expect.poll(() => page.locator('.reader__where').innerText()).toBe('Page 150 of 300');
    // A page that does not exist is explained.
    await page.getByRole('spinbutton', { name: 'Page number' }).fill('301');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Type a page number from 1 to 300.' }).count()).toBe(1);

    // Choose Zoë Garbett, then N / Alt+↓ for her next turn, P / Alt+↑ for the previous one.
    await page.getByRole('spinbutton', { name: 'Page number' }).fill('150');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Page 150');
    const zoe = page.getByRole('button', { name: /^Zoë Garbett AM/ });
    await zoe.click();
    expect(await zoe.getAttribute('aria-pressed')).toBe('true');
    await text.focus();
    await page.keyboard.press('n');
    await expect.poll(() => focusedText(page)).toMatch(/^Zoë Garbett AM On page 151, turn 1:/);
    await expect.poll(() => page.locator('.reader__status').innerText()).toMatch(/^Zoë Garbett AM: turn \d+ of 225, page 151\.$/);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => focusedText(page)).toMatch(/^Zoë Garbett AM On page 152, turn 2:/);
    await page.keyboard.press('p');
    await expect.poll(() => focusedText(page)).toMatch(/^Zoë Garbett AM On page 151, turn 1:/);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => focusedText(page)).toMatch(/^Zoë Garbett AM On page 149, turn 3:/);
    await page.getByRole('button', { name: 'Next turn' }).click();
    await expect.poll(() => page.locator('.reader__status').innerText()).toMatch(/page 151\.$/);
    // Her turns are highlighted.
    expect(await text.locator('.reader-turn--selected').count()).toBeGreaterThan(0);

    // Only her turns.
    await page.getByRole('checkbox', { name: 'Show only their turns' }).check();
    await expect.poll(() => page.locator('.reader__where').innerText()).toContain('Only the turns of Zoë Garbett AM');
    const names = await text.locator('.reader-turn__name').allInnerTexts();
    expect(new Set(names)).toEqual(new Set(['Zoë Garbett AM']));
    // The reader keeps its place when the other speakers are hidden and shown again.
    await expect.poll(() => page.locator('.reader__where').innerText()).toMatch(/^Page 151 of 300/);
    await page.getByRole('checkbox', { name: 'Show only their turns' }).uncheck();
    await expect.poll(() => page.locator('.reader__where').innerText()).toBe('Page 151 of 300');
    expect(await text.innerText()).toContain('On page 151, turn 1');

    await page.screenshot({ path: '/tmp/t3-reader.png' });
    await expectNoSeriousViolations(page, 'Reader');

    // G goes to "Go to page".
    await text.focus();
    await page.keyboard.press('g');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id)).toMatch(/page/);

    // Scrolling to the end shows the last page, still with few rows in the page.
    for (let i = 0; i < 10; i += 1) {
      await text.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await page.waitForTimeout(100);
      if ((await text.innerText()).includes('On page 300, turn 3')) break;
    }
    expect(await text.innerText()).toContain('Page 300');
    expect(await text.innerText()).toContain('On page 300, turn 3');
    expect(await text.locator('.reader__row').count()).toBeLessThan(60);
    const lastBox = await text.locator('.reader-turn', { hasText: 'On page 300, turn 3' }).boundingBox();
    const regionBox = await text.boundingBox();
    expect(lastBox!.y + lastBox!.height).toBeLessThanOrEqual(regionBox!.y + regionBox!.height + 2);
  });

  test('opens at ?page=&offset= with the hit highlighted and the search terms marked', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const imported = await importThroughApi(backend, sampleId, longTranscript(), 'Long test transcript');
    const hits = await backend.client.call('search.transcripts', { query: '"quartermaster lantern"', transcriptId: imported.transcriptId });
    expect(hits.hits).toHaveLength(1);
    const hit = hits.hits[0]!;
    await page.goto(
      `${host.origin}/#/investigations/${sampleId}/transcripts/${imported.transcriptId}?page=${hit.page}&offset=${hit.startOffset}&q=${encodeURIComponent('"quartermaster lantern"')}`,
    );
    await page.getByRole('heading', { level: 1, name: 'Long test transcript' }).waitFor();
    const text = readerText(page);
    const marked = text.locator('mark', { hasText: 'quartermaster lantern' });
    await expect.poll(() => marked.count()).toBe(1);
    await expect.poll(() => page.locator('.reader__where').innerText()).toBe('Page 217 of 300');
    expect(await text.locator('.reader--flash').innerText()).toContain('On page 217, turn 2');
    // The hit is within the visible part of the text.
    const box = (await marked.boundingBox())!;
    const region = (await text.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(region.y);
    expect(box.y + box.height).toBeLessThanOrEqual(region.y + region.height);
  });
});

// ---- 3. Search ----------------------------------------------------------------------------------

describe('search', () => {
  test('Ctrl+K from the Overview finds a phrase; choosing it opens the reader on the right page; a bad query says why', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const imported = await importThroughApi(backend, sampleId, longTranscript(), 'Long test transcript');
    // Count the searches the page makes, to check that typing is debounced.
    const searches: string[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/api/call')) return;
      const body = JSON.parse(request.postData() ?? '{}') as { method?: string; input?: { query?: string } };
      if (body.method === 'search.transcripts') searches.push(body.input?.query ?? '');
    });

    await page.goto(`${host.origin}/#/investigations/${sampleId}/overview`);
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toMatch(/Police and Crime Plan/);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search transcripts' });
    await dialog.waitFor();
    const box = dialog.getByRole('searchbox', { name: 'Search for' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('transcript-search-query');
    expect(await dialog.innerText()).toMatch(/quotation marks[\s\S]*\*[\s\S]*AND, OR and NOT/);

    await box.pressSequentially('"quartermaster lantern"', { delay: 20 });
    const status = dialog.getByRole('status');
    await expect.poll(() => status.innerText()).toBe('1 passage matching "quartermaster lantern", newest meetings first.');
    expect(searches.length).toBeLessThanOrEqual(2);
    const result = dialog.getByRole('link', { name: 'Long test transcript, page 217' });
    const item = dialog.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Long test transcript, page 217' }) });
    expect(await item.locator('mark').allInnerTexts()).toEqual(['quartermaster lantern']);
    expect(await item.innerText()).toMatch(/15 January 2025\s+Susan Hall AM \(Chairman\)/);
    await page.screenshot({ path: '/tmp/t3-search.png' });
    await expectNoSeriousViolations(page, 'Search');

    // A mistake in the query is explained next to the box.
    await box.fill('"quartermaster lantern');
    const error = dialog.getByRole('alert');
    await expect.poll(() => error.innerText()).toContain('A phrase is missing its closing quotation mark.');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await box.fill('zebracrossingwordnotthere');
    await expect.poll(() => status.innerText()).toBe('No passages match “zebracrossingwordnotthere”.');

    // Filters: a speaker who does not say it finds nothing; the one who does finds it.
    await box.fill('"quartermaster lantern"');
    await expect.poll(() => status.innerText()).toMatch(/^1 passage/);
    await dialog.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Zoë Garbett AM' });
    await expect.poll(() => status.innerText()).toMatch(/^No passages/);
    await dialog.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Susan Hall AM' });
    await expect.poll(() => status.innerText()).toMatch(/^1 passage/);
    await dialog.getByLabel('From').fill('2025-02-01');
    await expect.poll(() => status.innerText()).toMatch(/^No passages/);
    await dialog.getByLabel('From').fill('');
    await expect.poll(() => status.innerText()).toMatch(/^1 passage/);
    // The order: newest meetings first, or the best match first.
    await dialog.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Best match first' });
    await expect.poll(() => status.innerText()).toBe('1 passage matching "quartermaster lantern", best match first.');

    // Choosing the passage opens the reader at its page with the hit in view.
    await result.click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('heading', { level: 1, name: 'Long test transcript' }).waitFor();
    expect(page.url()).toContain(`/transcripts/${imported.transcriptId}?page=217&offset=`);
    await expect.poll(() => page.locator('.reader__where').innerText()).toBe('Page 217 of 300');
    const marked = readerText(page).locator('mark', { hasText: 'quartermaster lantern' });
    await expect.poll(() => marked.count()).toBe(1);
    const hitBox = (await marked.boundingBox())!;
    const region = (await readerText(page).boundingBox())!;
    expect(hitBox.y).toBeGreaterThanOrEqual(region.y);
    expect(hitBox.y + hitBox.height).toBeLessThanOrEqual(region.y + region.height);
    await expect.poll(() => focusedText(page)).toContain('quartermaster lantern');
  });

  test('more passages load on request, and the desktop Find command opens search', SLOW, async () => {
    const { page, host, sampleId, backend , sendMenuCommand } = await open();
    await importThroughApi(backend, sampleId, longTranscript(60), 'Sixty pages');
    await page.goto(`${host.origin}/#/investigations/${sampleId}/transcripts`);
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toBe('Transcripts');

    await sendMenuCommand('find');
    const dialog = page.getByRole('dialog', { name: 'Search transcripts' });
    await dialog.waitFor();
    await dialog.getByRole('searchbox', { name: 'Search for' }).fill('"neighbourhood policing, confidence"');
    const status = dialog.getByRole('status');
    await expect.poll(() => status.innerText()).toMatch(/^The first 20 passages .* There are more\.$/);
    const links = dialog.getByRole('list', { name: 'Passages found' }).getByRole('link');
    expect(await links.count()).toBe(20);
    await dialog.getByRole('button', { name: 'Load more passages' }).click();
    await expect.poll(() => links.count()).toBe(40);
    // Keyboard users carry on from the first new passage.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/hit-20$/);

    // All investigations: the same passages (there is only one investigation with them).
    await dialog.getByRole('radio', { name: 'All investigations' }).check();
    await expect.poll(() => status.innerText()).toMatch(/^The first 20 passages/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
