/**
 * The Draft area in a real browser against the real backend and HTTP host, as a clerk uses it:
 * a paragraph added from the keyboard citing a transcript page (its footnote made and numbered,
 * later ones renumbered in the preview); a witness quote dropped in with its attribution and
 * footnote; a recommendation added before Recommendation 3 (every later number and the summary
 * list follow); Recommendation 8's dissent printed in both places; rich text pasted from a web
 * page reduced to what the house style allows; a block reordered by keyboard; click-through from
 * the preview; the check list; and axe on every view and dialog. See harness.ts for what must be
 * built first.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sampleId } from '../../backend/sample/load-sample';
import type { ReportBlock } from '../../shared/report/content';
import type { RichTextDoc } from '../../shared/report/rich-text';
import { useWorkbenches, type Workbench } from './harness';

const SLOW = { timeout: 120_000 };

const workbenches = useWorkbenches();

function open() {
  return workbenches.openSample();
}

const chapterId = (key: string) => sampleId(`chapter/${key}`);
const sectionId = (chapter: string, section: string) => sampleId(`section/${chapter}/${section}`);

/** The whole page, the preview (in its shadow root) included. */
async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function openDraft(page: Page, origin: string, investigationId: string, query = ''): Promise<void> {
  await page.goto(`${origin}/#/investigations/${investigationId}/draft${query}`);
  await page.locator('.draft-write, .draft-check').first().waitFor({ timeout: 20_000 });
}

/** The preview; Playwright's locators reach into its shadow root. */
const preview = (page: Page): Locator => page.locator('.draft-preview__page');
const block = (page: Page, id: string): Locator => page.locator(`[data-draft-block="${id}"]`);
const toast = (page: Page) => page.locator('.toast');
const dialog = (page: Page) => page.locator('dialog[open]');

/** A group's blocks in order, from the store. */
async function blocksIn(workbench: Workbench, investigationId: string, chapter: string, section: string | null): Promise<ReportBlock[]> {
  const blocks = await workbench.backend.client.call('blocks.list', { investigationId });
  return blocks.filter((b) => b.chapterId === chapter && b.sectionId === section).sort((a, b) => a.position - b.position);
}

/** The preview's footnote n, as printed (without its back link). */
async function previewFootnote(page: Page, n: number): Promise<string> {
  return (await preview(page).locator(`li#fn-${n}`).innerText()).replace(/\s*↩\s*$/, '').trim();
}

function textOf(doc: RichTextDoc): string {
  return JSON.stringify(doc);
}

type PastedInline = { type: string; text?: string; marks?: { type: string; attrs?: { href: string } }[] };

/** Every inline node of a document, in order. */
function inlines(doc: RichTextDoc): PastedInline[] {
  const out: PastedInline[] = [];
  const walk = (nodes: readonly { type: string; content?: unknown[] }[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') out.push(...((node.content ?? []) as PastedInline[]));
      else walk((node.content ?? []) as { type: string; content?: unknown[] }[]);
    }
  };
  walk(doc.content);
  return out;
}

describe('writing the report', () => {
  test('adds a paragraph citing a transcript page from the keyboard: the footnote is made, numbered, and later ones renumber in the preview', SLOW, async () => {
    const { page, host, sampleId: investigationId, backend } = await open();
    const chapter = chapterId('chapter-one');
    const section = sectionId('chapter-one', 'same-approach-different-results');
    const [first] = await blocksIn(workbenches.current!, investigationId, chapter, section);
    const before = await backend.client.call('report.model', { investigationId });
    // The first paragraph's footnotes; the new one comes straight after them.
    const firstNumbers = before.footnotes.filter((f) => f.blockId === first!.id).map((f) => f.number);
    const next = Math.max(...firstNumbers) + 1;
    const previouslyNext = before.footnotes.find((f) => f.number === next)!.text;
    const lastBefore = before.footnotes.length;

    await openDraft(page, host.origin, investigationId, `?chapter=${chapter}`);
    await expectNoSeriousViolations(page, 'Draft, Write view');

    // "More actions" on the first paragraph of "Same approach, different results?" → Add after.
    await block(page, first!.id).getByRole('button', { name: /^More actions for/ }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // "Add before or after…", the first item, has focus
    await dialog(page).getByRole('heading', { name: 'Add to the report' }).waitFor();
    await expectNoSeriousViolations(page, 'Add to the report dialog');
    expect(await dialog(page).getByRole('radio', { name: 'Paragraph', exact: true }).isChecked()).toBe(true);
    expect(await dialog(page).getByRole('radio', { name: /^After/ }).isChecked()).toBe(true);
    await dialog(page).getByRole('button', { name: 'Add the paragraph' }).press('Enter');

    // The editor opens on the new paragraph with focus in it.
    const editor = page.getByRole('textbox', { name: 'Text of the paragraph' });
    await editor.waitFor();
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    await page.keyboard.type('The Committee heard how often neighbourhood officers are taken away from their wards.');
    await page.keyboard.press('Control+Alt+f');

    // The footnote picker: transcript pages, quotes and sources, searched at once.
    await dialog(page).getByRole('heading', { name: 'Insert a footnote' }).waitFor();
    const search = dialog(page).getByRole('combobox', { name: 'Search transcripts, quotes and sources' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('neighbourhood officers');
    const firstPage = dialog(page).getByRole('option').first();
    await expect.poll(() => firstPage.innerText(), { timeout: 10_000 }).toMatch(/Transcript, p\.\d+/);
    await expectNoSeriousViolations(page, 'Insert a footnote dialog');
    const chosenPage = /p\.(\d+)/.exec(await firstPage.innerText())![1];
    expect(await firstPage.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    // The footnote as it will print, with the page: Enter inserts it.
    const insert = dialog(page).getByRole('button', { name: 'Insert footnote' });
    await expect.poll(() => insert.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => dialog(page).locator('.footnote-preview__text').innerText()).toContain(`p.${chosenPage}`);
    expect(await dialog(page).getByLabel('Page or section').inputValue()).toBe(`p.${chosenPage}`);
    const inserted = Date.now();
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'detached' });
    // The preview catches up: the last footnote is one further on.
    await expect.poll(() => preview(page).locator(`li#fn-${lastBefore + 1}`).count(), { interval: 20 }).toBe(1);
    const renumbered = Date.now() - inserted;

    // Saved with the footnote node; numbered straight after the first paragraph's footnotes.
    const added = async () => (await blocksIn(workbenches.current!, investigationId, chapter, section))[1]!;
    await expect.poll(async () => textOf((await added()).content as RichTextDoc)).toContain('"type":"footnote"');
    const saved = await added();
    expect(saved.kind).toBe('paragraph');
    expect(textOf(saved.content as RichTextDoc)).toContain('The Committee heard how often neighbourhood officers are taken away from their wards.');
    await expect.poll(() => block(page, saved.id).locator('.draft-footnote').first().innerText()).toBe(String(next));
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => toast(page).textContent()).toBe('Saved.');

    // In the preview: the new footnote is number `next`, the one that was `next` is now one on, and so on to the end.
    await expect.poll(() => previewFootnote(page, lastBefore + 1)).toBe(before.footnotes[lastBefore - 1]!.text);
    expect(await previewFootnote(page, next)).toMatch(new RegExp(`^London Assembly, Police and Crime Committee Transcript.*p\\.${chosenPage}$`));
    expect(await previewFootnote(page, next + 1)).toBe(previouslyNext);
    const paragraph = preview(page).locator(`[data-block-id="${saved.id}"]`);
    expect(await paragraph.innerText()).toContain('taken away from their wards.');
    expect(await paragraph.locator('sup a').innerText()).toBe(String(next));
    // The register follows the document.
    const register = await backend.client.call('footnotes.list', { investigationId });
    expect(register.find((f) => f.position === next)!.text).toMatch(new RegExp(`p\\.${chosenPage}$`));
    console.log(`Draft: footnote inserted → saved, report model rebuilt, ${lastBefore + 1} footnotes renumbered in the preview: ${renumbered} ms`);
  });

  test('drops in a witness quote: attribution line and transcript footnote made for it', SLOW, async () => {
    const { page, host, sampleId: investigationId, backend } = await open();
    const chapter = chapterId('chapter-one');
    const section = sectionId('chapter-one', 'budgetary-constraints');
    const group = await blocksIn(workbenches.current!, investigationId, chapter, section);
    const quotes = await backend.client.call('quotes.list', { investigationId });
    const quote = quotes.find((q) => q.speaker === 'John Hayward-Cripps')!;
    const words = quote.text.replace(/\s+/g, ' ').split(' ').slice(0, 6).join(' ');
    await openDraft(page, host.origin, investigationId, `?chapter=${chapter}`);

    const last = group[group.length - 1]!;
    await page.getByRole('button', { name: 'Add to “Budgetary constraints”' }).click();
    await dialog(page).getByRole('radio', { name: 'Quote', exact: true }).check();
    await dialog(page).getByRole('button', { name: 'Continue' }).click();
    await dialog(page).getByRole('heading', { name: 'Add a quote from the evidence' }).waitFor();
    await expectNoSeriousViolations(page, 'Add a quote dialog');
    const find = dialog(page).getByRole('combobox', { name: 'Find a quote' });
    await find.fill(words);
    await expect.poll(() => dialog(page).getByRole('option').first().innerText()).toContain('John Hayward-Cripps');
    await find.press('Enter');
    // The attribution the evidence gives (speaker, role, organisation), or the report's own wording.
    const attribution = dialog(page).getByRole('textbox', { name: 'Attribution line' });
    const standard = [quote.speaker, quote.roleText, quote.organisation].filter(Boolean).join(', ');
    expect(await dialog(page).locator('figcaption').innerText()).toContain(standard);
    expect(await attribution.inputValue()).toBe('');
    await attribution.fill('John Hayward-Cripps, CEO, Neighbourhood Watch');
    await dialog(page).getByRole('button', { name: 'Add the quote' }).click();
    await dialog(page).waitFor({ state: 'detached' });

    await expect.poll(async () => (await blocksIn(workbenches.current!, investigationId, chapter, section)).length).toBe(group.length + 1);
    const made = (await blocksIn(workbenches.current!, investigationId, chapter, section)).at(-1)!;
    expect(made.position).toBe(last.position + 1);
    expect(made.kind).toBe('quote');
    const content = made.content as { quoteId: string; footnoteId: string };
    expect(content.quoteId).toBe(quote.id);
    const footnote = (await backend.client.call('footnotes.list', { investigationId })).find((f) => f.id === content.footnoteId)!;
    expect(footnote.text).toMatch(new RegExp(`p\\.${quote.pageStart}(-${quote.pageEnd})?$`));

    // In the draft and in the preview: a block quote with its attribution and footnote number.
    await expect.poll(() => block(page, made.id).locator('figcaption').innerText()).toBe('John Hayward-Cripps, CEO, Neighbourhood Watch');
    const printed = preview(page).locator(`figure[data-block-id="${made.id}"]`);
    await expect.poll(() => printed.locator('figcaption').innerText()).toBe('John Hayward-Cripps, CEO, Neighbourhood Watch');
    const number = await printed.locator('sup a').innerText();
    expect(await previewFootnote(page, Number(number))).toBe(footnote.text);
  });

  test('adds a recommendation before Recommendation 3: every later number and the summary list follow in the preview', SLOW, async () => {
    const { page, host, sampleId: investigationId, backend } = await open();
    const before = await backend.client.call('report.model', { investigationId });
    const three = before.recommendations[2]!;
    await openDraft(page, host.origin, investigationId, `?chapter=${three.chapterId}`);

    const recommendation = block(page, three.blockId);
    await recommendation.getByRole('button', { name: 'More actions for Recommendation 3' }).click();
    await page.getByRole('button', { name: 'Add before or after…' }).click();
    await dialog(page).getByRole('radio', { name: 'Recommendation', exact: true }).check();
    await dialog(page).getByRole('radio', { name: 'Before Recommendation 3' }).check();
    await dialog(page).getByRole('button', { name: 'Continue' }).click();
    await dialog(page).getByRole('heading', { name: 'Add a recommendation' }).waitFor();
    await expectNoSeriousViolations(page, 'Add a recommendation dialog');
    await dialog(page).getByRole('textbox', { name: 'Text of part 1' }).fill('MOPAC should publish its performance framework alongside the final Police and Crime Plan.');
    await dialog(page).getByRole('button', { name: 'Add a bullet' }).click();
    await dialog(page).getByRole('textbox', { name: 'Text of part 2' }).fill('with a baseline for every measure');
    await dialog(page).getByRole('textbox', { name: 'Addressed to' }).fill('MOPAC');
    const added = Date.now();
    await dialog(page).getByRole('button', { name: 'Add the recommendation' }).click();
    // The new one is 3; the old 3 is 4, …, the old 12 is 13 — in the body and in the summary list.
    const headings = () => preview(page).locator('.recommendation-heading').allInnerTexts();
    await expect.poll(async () => (await headings()).length, { interval: 20 }).toBe(26);
    console.log(`Draft: recommendation added → 13 renumbered in the body and the summary list of the preview: ${Date.now() - added} ms`);
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => toast(page).textContent()).toBe('Recommendation 3 added; the recommendations after it are renumbered.');

    const summary = preview(page).locator(`[data-chapter-id="${chapterId('recommendations')}"] .recommendation`);
    expect(await summary.locator('.recommendation-heading').allInnerTexts()).toEqual(Array.from({ length: 13 }, (_v, i) => `Recommendation ${i + 1}`));
    expect(await summary.nth(2).innerText()).toContain('MOPAC should publish its performance framework alongside the final Police and Crime Plan.');
    expect(await summary.nth(2).locator('li').innerText()).toBe('with a baseline for every measure');
    expect(await summary.nth(3).innerText()).toContain(three.parts[0]!.text.slice(0, 60));
    expect(await summary.nth(8).innerText()).toContain('support the Met');
    // In the body, in document order, the same numbers.
    const body = preview(page).locator(`.recommendation[data-block-id]`);
    expect(await body.locator('.recommendation-heading').allInnerTexts()).toEqual(Array.from({ length: 13 }, (_v, i) => `Recommendation ${i + 1}`));
    expect(await body.nth(3).getAttribute('data-block-id')).toBe(three.blockId);
    // And in the draft itself.
    await expect.poll(() => block(page, three.blockId).locator('.draft-recommendation__title').innerText()).toBe('Recommendation 4');
    const after = await backend.client.call('report.model', { investigationId });
    expect(after.recommendations.map((r) => r.id)).toEqual([before.recommendations[0]!.id, before.recommendations[1]!.id, expect.any(String), ...before.recommendations.slice(2).map((r) => r.id)]);
  });

  test('shows Recommendation 8’s dissent on its part in the draft and as footnotes 9 and 112 in the preview', SLOW, async () => {
    const { page, host, sampleId: investigationId, backend } = await open();
    const model = await backend.client.call('report.model', { investigationId });
    const eight = model.recommendations[7]!;
    await openDraft(page, host.origin, investigationId, `?chapter=${eight.chapterId}&block=${eight.blockId}`);

    // The draft: the dissent beside the part it is from, with where it is printed.
    const box = block(page, eight.blockId);
    await expect.poll(() => box.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await box.locator('.draft-dissented').innerText()).toContain("support the Met's use of the tactic");
    expect(await box.locator('.draft-dissented').innerText()).toContain('(dissent: Zoë Garbett AM)');
    expect(await box.locator('.draft-objection__label').innerText()).toBe('Dissent: Zoë Garbett AM — from “support the Met\'s use of the tactic” (printed as footnotes 9 and 112)');

    // The preview: in the summary list and in chapter three, each with its own footnote.
    const summary = preview(page).locator(`[data-chapter-id="${chapterId('recommendations')}"] .recommendation`).nth(7);
    const inBody = preview(page).locator(`.recommendation[data-block-id="${eight.blockId}"]`);
    expect(await summary.locator('.recommendation-heading').innerText()).toBe('Recommendation 8');
    expect(await summary.locator('li').nth(0).innerText()).toBe("support the Met's use of the tactic9");
    expect(await inBody.locator('li').nth(0).innerText()).toBe("support the Met's use of the tactic112");
    expect(await previewFootnote(page, 9)).toMatch(/^Zoë Garbett AM dissents from part of Recommendation 8\./);
    expect(await previewFootnote(page, 112)).toMatch(/^Zoë Garbett AM dissents from part of Recommendation 8\./);
    expect(await previewFootnote(page, 111)).toMatch(/^Zoë Garbett AM disagrees with how stop and search is characterised/);
    // The reservation is shown under its paragraph in the draft.
    const reservation = page.locator('.draft-objection--reservation');
    expect(await reservation.locator('.draft-objection__label').innerText()).toContain('Reservation: Zoë Garbett AM');
    expect(await reservation.locator('.draft-objection__label').innerText()).toContain('(printed as footnote 111)');

    // Recording another dissent from the draft: on one part, with the footnote made for it.
    await box.getByRole('button', { name: 'More actions for Recommendation 8' }).click();
    await page.getByRole('button', { name: 'Record a dissent…' }).click();
    await dialog(page).getByRole('heading', { name: 'Record a dissent from Recommendation 8' }).waitFor();
    await expectNoSeriousViolations(page, 'Record a dissent dialog');
    await dialog(page).getByRole('combobox', { name: 'Member' }).selectOption({ label: 'Susan Hall AM' });
    const part = dialog(page).getByRole('combobox', { name: 'What they dissent from' });
    expect(await part.locator('option').allInnerTexts()).toEqual([
      'The whole recommendation',
      expect.stringMatching(/^The paragraph “/),
      'The bullet “support the Met\'s use of the tactic”',
      expect.stringMatching(/^The bullet “monitor and scrutinise its use, including the part that communities/),
    ]);
    await part.selectOption({ index: 3 });
    await dialog(page).getByRole('textbox', { name: 'The member’s words' }).fill('Susan Hall AM dissents from the monitoring part of Recommendation 8.');
    await dialog(page).getByRole('button', { name: 'Record the dissent' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => box.locator('.draft-objection').count()).toBe(2);
    await expect.poll(() => summary.locator('li').nth(1).innerText()).toMatch(/^monitor and scrutinise its use, .*process\.10$/);
    expect(await previewFootnote(page, 10)).toBe('Susan Hall AM dissents from the monitoring part of Recommendation 8.');
    expect(await inBody.locator('li').nth(1).innerText()).toMatch(/^monitor and scrutinise its use, .*process\.114$/);

    // Deleting Recommendation 8 is refused while the dissents stand, saying whose.
    await box.getByRole('button', { name: 'More actions for Recommendation 8' }).click();
    await page.getByRole('button', { name: 'Delete the recommendation…' }).click();
    await dialog(page).getByRole('button', { name: 'Delete Recommendation 8' }).click();
    await expect.poll(() => dialog(page).getByRole('alert').innerText()).toBe('Zoë Garbett AM’s dissent and Susan Hall AM’s dissent are recorded on Recommendation 8. Withdraw them first, then delete the recommendation.');
    await page.keyboard.press('Escape');
    expect((await backend.client.call('report.model', { investigationId })).recommendations).toHaveLength(12);
  });

  test('a paste from a web page keeps only bold, italic and safe links: no script, styles or remote images', SLOW, async () => {
    const { page, host, sampleId: investigationId } = await open();
    const chapter = chapterId('introduction');
    const [first] = await blocksIn(workbenches.current!, investigationId, chapter, null);
    await openDraft(page, host.origin, investigationId, `?chapter=${chapter}`);
    await block(page, first!.id).getByRole('button', { name: /^Edit text/ }).click();
    const editor = page.getByRole('textbox', { name: 'Text of the paragraph' });
    await editor.waitFor();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    const html = [
      '<style>p { color: red }</style>',
      '<p style="color: red; font-size: 30px" class="MsoNormal">Pasted <b>bold</b> and <i>italic</i> words, <span style="font-family: Comic Sans MS">styled</span>,',
      ' a <a href="javascript:alert(1)">bad link</a> and a <a href="https://www.london.gov.uk/" style="color: green" onclick="alert(2)">good link</a>.',
      '<img src="https://tracker.example.org/pixel.png" onerror="window.__pwned = true"></p>',
      '<script>window.__pwned = true</script>',
      '<h1>A heading</h1><table><tr><td>A cell</td></tr></table><ul><li>A bullet</li></ul>',
    ].join('');
    await editor.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/html', pasted);
      data.setData('text/plain', 'Pasted bold and italic words');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => toast(page).textContent()).toBe('Saved.');

    const saved = (await blocksIn(workbenches.current!, investigationId, chapter, null))[0]!;
    const json = JSON.stringify(saved.content);
    const pasted = inlines(saved.content as RichTextDoc);
    expect(pasted).toContainEqual({ type: 'text', text: 'bold', marks: [{ type: 'bold' }] });
    expect(pasted).toContainEqual({ type: 'text', text: 'italic', marks: [{ type: 'italic' }] });
    // "bad link" stays as words; only the web address is a link.
    expect(pasted).toContainEqual({ type: 'text', text: ' words, styled, a bad link and a ' });
    const link = pasted.find((node) => node.type === 'text' && node.text === 'good link')!;
    expect(link.marks!.map((m) => [m.type, m.attrs?.href])).toEqual([['link', 'https://www.london.gov.uk/']]);
    // Headings, tables and lists become plain paragraphs in a paragraph block.
    expect(pasted.filter((node) => node.type === 'text').map((node) => node.text)).toEqual(expect.arrayContaining(['A heading', 'A cell', 'A bullet']));
    for (const banned of ['javascript', '"style', 'color', 'Comic', 'img', 'image', 'tracker', 'onclick', 'onerror', 'script', 'pwned', '"heading"', 'table', 'bulletList', 'MsoNormal']) {
      expect(json, banned).not.toContain(banned);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await block(page, saved.id).locator('img, script, style, [style]').count()).toBe(0);
    const links = await preview(page).locator(`[data-block-id="${saved.id}"] a:not(.footnote-ref a)`).evaluateAll((found) => found.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['https://www.london.gov.uk/']);
  });

  test('reorders blocks by keyboard, announced and saved; chapters too; and the preview opens the block clicked in it', SLOW, async () => {
    const { page, host, sampleId: investigationId, backend } = await open();
    const chapter = chapterId('chapter-one');
    const section = sectionId('chapter-one', 'performance-monitoring');
    const group = await blocksIn(workbenches.current!, investigationId, chapter, section);
    await openDraft(page, host.origin, investigationId, `?chapter=${chapter}`);

    const handle = block(page, group[0]!.id).locator('.draft-block__handle');
    await handle.focus();
    expect(await handle.getAttribute('aria-label')).toBe(`Paragraph, 1 of ${group.length} in “Performance monitoring and publishing progress”`);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => toast(page).textContent()).toBe(`Moved the paragraph to position 2 of ${group.length} in “Performance monitoring and publishing progress”.`);
    await expect.poll(async () => (await blocksIn(workbenches.current!, investigationId, chapter, section)).map((b) => b.id)).toEqual([group[1]!.id, group[0]!.id, ...group.slice(2).map((b) => b.id)]);
    // Focus stays on the block moved, so it can go on moving.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-draft-block]')?.getAttribute('data-draft-block'))).toBe(group[0]!.id);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await blocksIn(workbenches.current!, investigationId, chapter, section)).map((b) => b.id)).toEqual(group.map((b) => b.id));
    // Past the top of a section, into the end of the one before.
    await page.keyboard.press('Alt+ArrowUp');
    const budget = sectionId('chapter-one', 'budgetary-constraints');
    await expect.poll(async () => (await blocksIn(workbenches.current!, investigationId, chapter, budget)).at(-1)!.id).toBe(group[0]!.id);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-draft-block]')?.getAttribute('data-draft-block'))).toBe(group[0]!.id);
    // The preview follows: the paragraph is now printed after Recommendation 2's box, which ends that section.
    const rec2 = (await backend.client.call('report.model', { investigationId })).recommendations[1]!;
    await expect.poll(() => preview(page).locator(`[data-block-id="${rec2.blockId}"] + [data-block-id]`).getAttribute('data-block-id', { timeout: 1000 })).toBe(group[0]!.id);

    // A chapter, by keyboard in the outline: chapter two before chapter one.
    const outlineTwo = page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: /Chapter two: Increasing trust and confidence/ });
    await outlineTwo.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => toast(page).textContent()).toMatch(/^Moved “Increasing trust and confidence” to position \d+ of \d+ in the report\./);
    await expect.poll(async () => (await backend.client.call('report.model', { investigationId })).chapters.find((c) => c.id === chapterId('chapter-two'))!.heading).toBe('Chapter one: Increasing trust and confidence');
    await expect.poll(() => page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: /Increasing trust and confidence/ }).innerText()).toContain('Chapter one: Increasing trust and confidence');
    expect((await backend.client.call('report.model', { investigationId })).recommendations.find((r) => r.chapterId === chapterId('chapter-two'))!.number).toBe(1);

    // Click-through: a quote in chapter three, clicked in the preview, is opened in the draft.
    const model = await backend.client.call('report.model', { investigationId });
    const three = model.chapters.find((c) => c.id === chapterId('chapter-three'))!;
    const quote = three.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'quote')!;
    await preview(page).locator(`figure[data-block-id="${quote.blockId}"] blockquote`).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-draft-block]')?.getAttribute('data-draft-block'))).toBe(quote.blockId);
    expect(await block(page, quote.blockId!).getAttribute('class')).toContain('draft-block--selected');
    expect(await page.locator('.draft-chapter h2').innerText()).toBe('Chapter three: Reducing violence and criminal exploitation');
    expect(page.url()).toContain(`chapter=${chapterId('chapter-three')}&block=${quote.blockId}`);
  });
});

describe('dragging', () => {
  test('drags a block below the next one, and a section above the one before', SLOW, async () => {
    const { page, host, sampleId: investigationId, backend } = await open();
    const chapter = chapterId('chapter-one');
    const section = sectionId('chapter-one', 'performance-monitoring');
    const group = await blocksIn(workbenches.current!, investigationId, chapter, section);
    await openDraft(page, host.origin, investigationId, `?chapter=${chapter}`);

    /** Drags `item` by `handle` until its middle is on `onto`'s middle (dnd-kit sorts by centres). */
    const drag = async (item: Locator, handle: Locator, onto: Locator) => {
      await handle.scrollIntoViewIfNeeded();
      const grip = (await handle.boundingBox())!;
      const from = (await item.boundingBox())!;
      const to = (await onto.boundingBox())!;
      const dy = to.y + to.height / 2 - (from.y + from.height / 2);
      const x = grip.x + grip.width / 2;
      await page.mouse.move(x, grip.y + grip.height / 2);
      await page.mouse.down();
      // In steps, as a hand does: the drag starts after a few pixels and follows the pointer.
      await page.mouse.move(x, grip.y + grip.height / 2 + dy, { steps: 20 });
      await page.mouse.up();
    };

    await drag(block(page, group[0]!.id), block(page, group[0]!.id).locator('.draft-block__handle'), block(page, group[1]!.id));
    await expect.poll(async () => (await blocksIn(workbenches.current!, investigationId, chapter, section)).map((b) => b.id).slice(0, 2)).toEqual([group[1]!.id, group[0]!.id]);
    await expect.poll(() => toast(page).textContent()).toBe(`Moved the paragraph to position 2 of ${group.length} in “Performance monitoring and publishing progress”.`);

    const outline = page.getByRole('navigation', { name: 'Outline' });
    const item = (title: string) => outline.locator('.draft-outline__section', { hasText: title });
    await drag(item('Budgetary constraints'), item('Budgetary constraints').locator('.draft-outline__grip'), item('Same approach, different results?'));
    await expect.poll(async () => (await backend.client.call('investigations.get', { id: investigationId })).chapters.find((c) => c.id === chapter)!.sections.sort((x, y) => x.position - y.position).map((s) => s.title)).toEqual([
      'Budgetary constraints',
      'Same approach, different results?',
      'Performance monitoring and publishing progress',
    ]);
    // Recommendation 2 (in "Budgetary constraints") now comes first.
    const model = await backend.client.call('report.model', { investigationId });
    expect(model.recommendations[0]!.id).toBe(sampleId('recommendation/rec-2'));
  });
});

describe('quotes, reservations and figures', () => {
  test('a quote changed in the evidence prints its new words; one lost by a corrected transcript is flagged in the draft, the preview and the check list', SLOW, async () => {
    const { page, host, sampleId: investigationId, backend } = await open();
    const model = await backend.client.call('report.model', { investigationId });
    const printed = model.chapters.flatMap((c) => [...c.blocks, ...c.sections.flatMap((s) => s.blocks)]).filter((b) => b.kind === 'quote');
    // One printed whole (no excerpt), so editing the quote in the evidence changes what is printed.
    const blocks = await backend.client.call('blocks.list', { investigationId });
    const whole = printed.find((b) => !(blocks.find((x) => x.id === b.blockId)!.content as { excerpt?: string }).excerpt)!;
    const quote = (await backend.client.call('quotes.list', { investigationId })).find((q) => q.id === whole.quoteId)!;
    const chapter = blocks.find((b) => b.id === whole.blockId)!.chapterId;

    // Shortened in the evidence (by its last word): the draft follows.
    const cut = quote.text.trimEnd().lastIndexOf(' ');
    await backend.client.call('quotes.update', { id: quote.id, endOffset: quote.startOffset + cut });
    await openDraft(page, host.origin, investigationId, `?chapter=${chapter}&block=${whole.blockId}`);
    const shortened = quote.text.slice(0, cut).replace(/\s+/g, ' ').trim();
    await expect.poll(() => block(page, whole.blockId!).locator('blockquote').innerText()).toContain(shortened.slice(-40));
    expect(await block(page, whole.blockId!).locator('blockquote').innerText()).not.toContain(quote.text.trim().split(/\s+/).at(-1)!);

    // Lost when its transcript was replaced (re-anchoring itself is tested in tests/integration/evidence.test.ts).
    backend.store.db.prepare("UPDATE quotes SET anchor_status = 'lost' WHERE id = ?").run(quote.id);
    await page.reload();
    await block(page, whole.blockId!).waitFor();
    expect(await block(page, whole.blockId!).getByRole('note').innerText()).toBe('This quote was lost when its transcript was replaced by a corrected version: check its words against the new transcript.');
    expect(await block(page, whole.blockId!).getAttribute('class')).toContain('draft-block--problem');
    expect(await preview(page).locator(`figure[data-block-id="${whole.blockId}"] .flag`).innerText()).toContain('This quote was lost');
    await expectNoSeriousViolations(page, 'Draft with a lost quote');
    await page.getByRole('link', { name: /Check list \(1\)/ }).click();
    expect(await page.locator('.draft-problem__message').innerText()).toMatch(/was lost when its transcript was replaced by a corrected version/);
  });

  test('records a reservation on the words it is about, printed as a footnote straight after them; withdrawn again', SLOW, async () => {
    const { page, host, sampleId: investigationId, backend } = await open();
    const chapter = chapterId('chapter-two');
    const [first] = await blocksIn(workbenches.current!, investigationId, chapter, null);
    const words = 'shaken public trust and confidence in the Met';
    expect(JSON.stringify(first!.content)).toContain(words);
    await openDraft(page, host.origin, investigationId, `?chapter=${chapter}`);

    await block(page, first!.id).getByRole('button', { name: /^More actions for/ }).click();
    await page.getByRole('button', { name: 'Record a reservation…' }).click();
    await dialog(page).getByRole('heading', { name: 'Record a reservation on this paragraph' }).waitFor();
    await expectNoSeriousViolations(page, 'Record a reservation dialog');
    // Words not in the paragraph are refused, next to the field.
    await dialog(page).getByRole('combobox', { name: 'Member' }).selectOption({ label: 'Susan Hall AM' });
    await dialog(page).getByRole('textbox', { name: 'The words it is about' }).fill('words that are not there');
    await dialog(page).getByRole('textbox', { name: 'The member’s words' }).fill('Susan Hall AM would put this differently.');
    await dialog(page).getByRole('button', { name: 'Record the reservation' }).click();
    await expect.poll(() => dialog(page).locator('.field__error').innerText()).toContain('are not in this paragraph');
    await dialog(page).getByRole('textbox', { name: 'The words it is about' }).fill(words);
    await dialog(page).getByRole('button', { name: 'Record the reservation' }).click();
    await dialog(page).waitFor({ state: 'detached' });

    const reservation = block(page, first!.id).locator('.draft-objection--reservation');
    await expect.poll(() => reservation.locator('.draft-objection__label').innerText()).toMatch(/^Reservation: Susan Hall AM — on “shaken public trust and confidence in the Met” \(printed as footnote \d+\)$/);
    const number = Number(/footnote (\d+)/.exec(await reservation.locator('.draft-objection__label').innerText())![1]);
    const html = await preview(page).locator(`[data-block-id="${first!.id}"]`).innerHTML();
    expect(html).toContain(`${words}<sup class="footnote-ref"><a href="#fn-${number}"`);
    expect(await previewFootnote(page, number)).toBe('Susan Hall AM would put this differently.');

    await reservation.getByRole('button', { name: 'Withdraw Susan Hall AM’s reservation' }).click();
    await expectNoSeriousViolations(page, 'Withdraw a reservation dialog');
    await dialog(page).getByRole('button', { name: 'Withdraw the reservation' }).click();
    await expect.poll(() => reservation.count()).toBe(0);
    expect((await backend.client.call('objections.list', { investigationId })).some((o) => o.memberName === 'Susan Hall AM')).toBe(false);
  });

  test('adds a metric statement and a chart from the metrics register', SLOW, async () => {
    const { page, host, sampleId: investigationId, backend } = await open();
    const chapter = chapterId('chapter-three');
    const indicator = (await backend.client.call('indicators.list', { investigationId })).find((i) => i.name === 'Homicides')!;
    const expected = await backend.client.call('metrics.statement', { indicatorId: indicator.id, from: '2019', to: '2023', style: 'from_to' });
    await openDraft(page, host.origin, investigationId, `?chapter=${chapter}`);

    await page.getByRole('button', { name: 'Add to “Chapter three: Reducing violence and criminal exploitation”' }).click();
    await dialog(page).getByRole('radio', { name: 'Metric statement', exact: true }).check();
    await dialog(page).getByRole('button', { name: 'Continue' }).click();
    await dialog(page).getByRole('combobox', { name: 'Indicator' }).selectOption({ label: 'Homicides' });
    await expect.poll(() => dialog(page).getByRole('combobox', { name: 'From', exact: true }).locator('option').count()).toBeGreaterThan(2);
    await dialog(page).getByRole('combobox', { name: 'From', exact: true }).selectOption('2019');
    await dialog(page).getByRole('combobox', { name: 'To', exact: true }).selectOption('2023');
    await expect.poll(() => dialog(page).locator('.footnote-preview__text').innerText()).toContain(expected.text);
    await expectNoSeriousViolations(page, 'Add a metric statement dialog');
    await dialog(page).getByRole('button', { name: 'Add the statement' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    const sentence = `Homicides ${expected.text}.`;
    await expect.poll(() => page.locator('.draft-metric').innerText()).toBe(sentence);
    expect(await preview(page).locator('.block-metric').innerText()).toBe(sentence);

    // A chart saved in the register (any PNG: a picture of this page) goes in as an image with its title.
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 120, height: 80 } });
    const upload = await backend.client.upload('chart.png', new Uint8Array(png).buffer);
    await backend.client.call('figures.save', { investigationId, title: 'Homicides, 2019 to 2023', chartKind: 'trend', uploadId: upload.uploadId });
    await page.getByRole('button', { name: 'Add to “Chapter three: Reducing violence and criminal exploitation”' }).click();
    await dialog(page).getByRole('radio', { name: 'Chart', exact: true }).check();
    await dialog(page).getByRole('button', { name: 'Continue' }).click();
    await dialog(page).getByRole('radio', { name: 'Homicides, 2019 to 2023' }).check();
    await dialog(page).getByRole('button', { name: 'Add the chart' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.draft-chart img').getAttribute('alt')).toBe('Homicides, 2019 to 2023');
    await expect.poll(() => preview(page).locator('.block-chart img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await preview(page).locator('.block-chart figcaption').innerText()).toBe('Homicides, 2019 to 2023');
  });
});

describe('the check list', () => {
  test('lists an empty chapter with a link to it, and is accessible', SLOW, async () => {
    const { page, host, sampleId: investigationId, backend } = await open();
    await openDraft(page, host.origin, investigationId, '?view=check');
    await expect.poll(() => page.locator('.draft-check').innerText()).toContain('The report is ready to export.');
    await expectNoSeriousViolations(page, 'Check list, nothing to do');

    // A new chapter, added from the outline, is empty: on the check list until it has text.
    await openDraft(page, host.origin, investigationId, `?chapter=${chapterId('chapter-four')}`);
    await page.getByRole('button', { name: 'Add a chapter' }).click();
    await dialog(page).getByRole('textbox', { name: 'Title' }).fill('Youth violence');
    await expectNoSeriousViolations(page, 'Add a chapter dialog');
    await dialog(page).getByRole('button', { name: 'Add the chapter' }).click();
    await expect.poll(() => page.locator('.draft-chapter h2').innerText()).toBe('Chapter five: Youth violence');
    await expect.poll(() => page.getByRole('link', { name: /Check list \(1\)/ }).count()).toBe(1);

    await page.getByRole('link', { name: /Check list/ }).click();
    const problem = page.locator('.draft-problem');
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.locator('.draft-problem__message').innerText()).toBe('“Chapter five: Youth violence” is empty: write its text or remove it.');
    await expectNoSeriousViolations(page, 'Check list with a problem');
    expect((await backend.client.call('report.check', { investigationId })).map((p) => p.code)).toEqual(['empty_chapter']);
    await problem.getByRole('link', { name: /Go to the chapter/ }).click();
    await expect.poll(() => page.locator('.draft-chapter h2').innerText()).toBe('Chapter five: Youth violence');

    // Deleting it takes it off the list.
    await page.locator('.draft-chapter__head').getByRole('button', { name: 'Delete the chapter' }).click();
    await dialog(page).getByRole('button', { name: 'Delete the chapter' }).click();
    await expect.poll(async () => (await backend.client.call('report.check', { investigationId })).length).toBe(0);
  });

  test('the Versions view is reachable from the Draft area', SLOW, async () => {
    const { page, host, sampleId: investigationId } = await open();
    await openDraft(page, host.origin, investigationId);
    await page.getByRole('navigation', { name: 'Draft views' }).getByRole('link', { name: 'Versions' }).click();
    await expect.poll(() => page.url()).toContain('/draft?view=versions');
    expect(await page.getByRole('link', { name: 'Versions' }).getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.locator('.draft-write').count()).toBe(0);
  });
});
