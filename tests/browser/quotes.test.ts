/**
 * Quotes in the transcript reader, in a real browser against the real backend and HTTP host
 * (issue: "members mark quotes in transcripts, tag them to chapters and recommendations"): the
 * sample's quotes as highlights, marking a passage selected with the mouse or across turns, the
 * tag picker from the keyboard, notes, adjusting, deleting and undoing, overlapping quotes, and
 * replacing a transcript with a corrected version. See harness.ts for what must be built first.
 * Screenshots go to /tmp/t4q-*.png.
 */
import AxeBuilder from '@axe-core/playwright';
import fc from 'fast-check';
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Backend } from '../../backend';
import type { Quote } from '../../shared/domain/evidence';
import type { TranscriptDetail } from '../../shared/domain/transcripts';
import { nudge, segmentText } from '../../renderer/src/views/quotes/quote-segments';
import { KIND_COLOURS, UNTAGGED_COLOUR, colourFromHex, contrast, deepenTint } from '../../renderer/src/views/quotes/tag-colours';
import { useWorkbenches } from './harness';

const SLOW = { timeout: 180_000 };

const workbenches = useWorkbenches();

function open() {
  return workbenches.openSample();
}

// ---- Helpers ------------------------------------------------------------------------------------

/** The sample transcript holding the most quotes, with its text and quotes. */
async function busiestTranscript(backend: Backend, investigationId: string) {
  const transcripts = await backend.client.call('transcripts.list', { investigationId });
  let best: { detail: TranscriptDetail; quotes: Quote[] } | null = null;
  for (const t of transcripts) {
    const quotes = await backend.client.call('quotes.list', { transcriptId: t.id });
    if (!best || quotes.length > best.quotes.length) best = { detail: await backend.client.call('transcripts.get', { id: t.id }), quotes };
  }
  return best!;
}

function fullText(detail: TranscriptDetail): string {
  return detail.pages.map((p) => p.text).join('');
}

/** A turn with plenty of words and no quote on it yet, on a page after the first. */
function freeTurn(detail: TranscriptDetail, quotes: Quote[], from = 0) {
  return detail.turns.find(
    (turn, i) =>
      i >= from &&
      turn.page > 1 &&
      turn.endOffset - turn.speechOffset > 400 &&
      !quotes.some((q) => q.startOffset < turn.endOffset && q.endOffset > turn.startOffset) &&
      detail.pages.find((p) => p.number === turn.page)!.endOffset >= turn.endOffset,
  )!;
}

/** The offsets of the first `words` words of a turn's speech (after any leading space). */
function wordsOf(text: string, start: number, words: number): { start: number; end: number; text: string } {
  let s = start;
  while (/\s/.test(text[s]!)) s += 1;
  const match = new RegExp(`^(\\S+\\s+){${words - 1}}\\S+`).exec(text.slice(s))!;
  return { start: s, end: s + match[0].length, text: match[0] };
}

async function openReader(page: Page, origin: string, investigationId: string, transcriptId: string, query = '') {
  await page.goto(`${origin}/#/investigations/${investigationId}/transcripts/${transcriptId}${query}`);
  await page.locator('.reader__canvas [data-offset]').first().waitFor();
}

/** Scrolls the reader until the text at `offset` is rendered and in view. */
async function showOffset(page: Page, offset: number) {
  await page.evaluate((o) => (window.location.hash = `${window.location.hash.split('?')[0]}?offset=${o}`), offset);
  await expect.poll(() => page.evaluate((o) => pieceAt(o) !== null, offset).catch(() => false)).toBe(true);
}

/** Browser-side helpers, installed once per page. */
async function installHelpers(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    w.pieceAt = (offset: number) => {
      for (const el of document.querySelectorAll<HTMLElement>('.reader__canvas [data-offset]')) {
        const start = Number(el.dataset.offset);
        const length = el.textContent?.length ?? 0;
        if (offset >= start && offset <= start + length) return [el.firstChild, offset - start];
      }
      return null;
    };
    w.selectOffsets = (start: number, end: number) => {
      const pieceAt = w.pieceAt as (o: number) => [Node, number] | null;
      const a = pieceAt(start);
      const b = pieceAt(end);
      if (!a || !b) throw new Error(`offsets ${start}–${end} are not in the page`);
      document.getSelection()!.setBaseAndExtent(a[0], a[1], b[0], b[1]);
    };
    w.rectOfOffsets = (start: number, end: number) => {
      const pieceAt = w.pieceAt as (o: number) => [Node, number] | null;
      const a = pieceAt(start)!;
      const b = pieceAt(end)!;
      const first = document.createRange();
      first.setStart(a[0], a[1]);
      first.setEnd(a[0], a[1] + 1);
      const last = document.createRange();
      last.setStart(b[0], b[1] - 1);
      last.setEnd(b[0], b[1]);
      const r1 = first.getBoundingClientRect();
      const r2 = last.getBoundingClientRect();
      return { x1: r1.left + 1, y1: r1.top + r1.height / 2, x2: r2.right - 1, y2: r2.top + r2.height / 2 };
    };
  });
}

declare function pieceAt(offset: number): [Node, number] | null;

async function selectOffsets(page: Page, start: number, end: number) {
  await page.evaluate(([s, e]) => (window as unknown as { selectOffsets: (a: number, b: number) => void }).selectOffsets(s, e), [start, end] as const);
}

/** Selects with the mouse: press at the first character, drag to the last, release. */
async function dragSelect(page: Page, start: number, end: number) {
  const box = await page.evaluate(
    ([s, e]) => (window as unknown as { rectOfOffsets: (a: number, b: number) => { x1: number; y1: number; x2: number; y2: number } }).rectOfOffsets(s, e),
    [start, end] as const,
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

async function quotesOf(backend: Backend, transcriptId: string) {
  return backend.client.call('quotes.list', { transcriptId });
}

async function newQuote(backend: Backend, transcriptId: string, before: Quote[]): Promise<Quote> {
  let found: Quote | undefined;
  await expect
    .poll(async () => {
      found = (await quotesOf(backend, transcriptId)).find((q) => !before.some((b) => b.id === q.id));
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const popover = (page: Page) => page.locator('.quote-popover');

// ---- The highlight model, without a browser ----------------------------------------------------

describe('highlights, pure', () => {
  test('text is cut at every quote boundary; each piece knows the quotes covering it, outermost first', () => {
    const segments = segmentText(100, 30, [
      { id: 'b', start: 110, end: 140 },
      { id: 'a', start: 90, end: 120 },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.quoteIds.join('+')])).toEqual([
      [100, 110, 'a'],
      [110, 120, 'a+b'],
      [120, 130, 'b'],
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 })), { maxLength: 6 }),
        fc.integer({ min: 1, max: 50 }),
        (raw, length) => {
          const quotes = raw.map(([start, len], i) => ({ id: `q${i}`, start, end: start + len }));
          const segments = segmentText(10, length, quotes);
          // The pieces tile the text exactly, and a piece is covered by exactly the quotes spanning it.
          expect(segments[0]!.start).toBe(10);
          expect(segments.at(-1)!.end).toBe(10 + length);
          segments.forEach((s, i) => {
            expect(s.end).toBeGreaterThan(s.start);
            if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
            const covering = quotes.filter((q) => q.start <= s.start && q.end >= s.end).map((q) => q.id).sort();
            expect([...s.quoteIds].sort()).toEqual(covering);
            expect(quotes.every((q) => (q.end <= s.start || q.start >= s.end) || covering.includes(q.id))).toBe(true);
          });
        },
      ),
    );
  });

  test('a quote’s ends move a word at a time and never past each other', () => {
    const text = 'Neighbourhood teams exist on paper, but are abstracted.';
    const at = { start: text.indexOf('exist'), end: text.indexOf('paper,') + 'paper,'.length };
    const slice = (e: { start: number; end: number } | null) => (e ? text.slice(e.start, e.end) : null);
    expect(slice(nudge(text, at, 'end', 1))).toBe('exist on paper, but');
    expect(slice(nudge(text, at, 'end', -1))).toBe('exist on');
    expect(slice(nudge(text, at, 'start', -1))).toBe('teams exist on paper,');
    expect(slice(nudge(text, at, 'start', 1))).toBe('on paper,');
    const one = { start: text.indexOf('exist'), end: text.indexOf('exist') + 5 };
    expect(nudge(text, one, 'end', -1)).toBeNull();
    expect(nudge(text, one, 'start', 1)).toBeNull();
    expect(nudge(text, { start: 0, end: 5 }, 'start', -1)).toBeNull();
    expect(nudge(text, { start: 40, end: text.length }, 'end', 1)).toBeNull();
  });

  test('every highlight keeps body text at AA contrast and its line visible, however deep the overlap', () => {
    const body = '#1b1f24';
    const check = (colour: { tint: string; line: string }) => {
      for (let depth = 1; depth <= 5; depth += 1) expect(contrast(body, deepenTint(colour, depth))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour.line, colour.tint)).toBeGreaterThanOrEqual(3);
      expect(contrast(colour.line, '#ffffff')).toBeGreaterThanOrEqual(3);
    };
    for (const colour of [...Object.values(KIND_COLOURS), UNTAGGED_COLOUR]) check(colour);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        check(colourFromHex(`#${n.toString(16).padStart(6, '0')}`)!);
      }),
    );
  });
});

// ---- Tests --------------------------------------------------------------------------------------

describe('quotes in the reader', () => {
  test('the sample’s quotes all show as highlights; hovering one shows its tags, author, note and date', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const all = await backend.client.call('quotes.list', { investigationId: sampleId });
    expect(all.length).toBe(80);
    const tags = await backend.client.call('tags.list', { investigationId: sampleId });

    // Every quote, transcript by transcript: opened at its offset, its highlight is in the text.
    const byTranscript = new Map<string, Quote[]>();
    for (const q of all) byTranscript.set(q.transcriptId, [...(byTranscript.get(q.transcriptId) ?? []), q]);
    let seen = 0;
    for (const [transcriptId, quotes] of byTranscript) {
      await openReader(page, host.origin, sampleId, transcriptId);
      await installHelpers(page);
      for (const quote of quotes) {
        await page.evaluate((o) => (window.location.hash = `${window.location.hash.split('?')[0]}?offset=${o}`), quote.startOffset);
        await expect
          .poll(() => page.locator(`.reader__canvas [data-quote-head~="${quote.id}"]`).count(), { message: `quote ${quote.id} on page ${quote.pageStart}` })
          .toBe(1);
        seen += 1;
      }
    }
    expect(seen).toBe(80);

    // The busiest transcript, at its first quote: highlights, their list, and details on hover.
    const { detail, quotes } = await busiestTranscript(backend, sampleId);
    const first = quotes[0]!;
    await openReader(page, host.origin, sampleId, detail.id, `?page=${first.pageStart}`);
    const head = page.locator(`[data-quote-head~="${first.id}"]`);
    await head.waitFor();
    expect(await page.locator('mark.qhl').count()).toBeGreaterThan(0);
    // The highlight is a light tint with a coloured line under it, not a saturated fill.
    const style = await head.evaluate((e) => ({ bg: getComputedStyle(e).backgroundColor, shadow: getComputedStyle(e).boxShadow, color: getComputedStyle(e).color }));
    expect(style.shadow).toContain('inset');
    expect(style.color).toBe('rgb(27, 31, 36)');
    // The list of quotes on this page names it.
    const list = page.getByRole('list', { name: 'Quotes on this page' });
    await expect.poll(() => list.innerText()).toContain(first.speaker);
    await head.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await page.mouse.move(5, 5);
    await page.screenshot({ path: '/tmp/t4q-highlights.png' });

    await head.scrollIntoViewIfNeeded();
    await head.hover();
    await popover(page).waitFor();
    const details = await popover(page).innerText();
    expect(details).toContain(first.speaker);
    for (const tagId of first.tagIds) expect(details).toContain(tags.find((t) => t.id === tagId)!.name);
    expect(details).toContain(`Marked by ${first.authorName} on`);
    if (first.note) expect(details).toContain(first.note);
    await page.screenshot({ path: '/tmp/t4q-popover.png' });
    // It goes when the pointer leaves, and Escape also dismisses it.
    await page.mouse.move(5, 5);
    await expect.poll(() => popover(page).count()).toBe(0);

    // From the keyboard: Tab reaches a highlight, its details show, Enter moves into them, Escape returns.
    await head.focus();
    await popover(page).waitFor();
    expect(await head.getAttribute('aria-describedby')).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Tags…');
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.quoteHead ?? '')).toContain(first.id);

    await expectNoSeriousViolations(page, 'reader with highlights');
  });

  test('a passage selected with the mouse becomes a quote with Q, tagged from the keyboard; across turns with Ctrl+Shift+Q', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const { detail, quotes } = await busiestTranscript(backend, sampleId);
    const text = fullText(detail);
    const turn = freeTurn(detail, quotes);
    const passage = wordsOf(text, turn.speechOffset, 12);
    const tags = await backend.client.call('tags.list', { investigationId: sampleId });
    const rec5 = tags.find((t) => t.name === 'Recommendation 5')!;

    await openReader(page, host.origin, sampleId, detail.id);
    await installHelpers(page);
    await showOffset(page, passage.start);
    await page.locator(`[data-turn="${turn.id}"]`).scrollIntoViewIfNeeded();
    await dragSelect(page, passage.start, passage.end);
    expect(await page.evaluate(() => document.getSelection()?.toString().replace(/\s+/g, ' '))).toBe(passage.text.replace(/\s+/g, ' '));
    // The floating button offers the same, and says its key.
    await expect.poll(() => page.getByRole('button', { name: /^Mark quote/ }).count()).toBe(1);

    let before = await quotesOf(backend, detail.id);
    await page.keyboard.press('q');
    // The tag picker opens at once, with focus in it.
    const picker = page.getByRole('combobox', { name: 'Add a tag' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    const marked = await newQuote(backend, detail.id, before);
    expect(marked.text.replace(/\s+/g, ' ')).toBe(passage.text.replace(/\s+/g, ' '));
    expect(marked.pageStart).toBe(turn.page);
    expect(marked.speakerTurnId).toBe(turn.id);
    expect(marked.personId).toBe(turn.personId);

    await picker.pressSequentially('Recommendation 5');
    expect(await picker.getAttribute('aria-expanded')).toBe('true');
    const activeId = await picker.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${activeId}"]`).innerText()).toContain('Recommendation 5');
    await page.screenshot({ path: '/tmp/t4q-tag-picker.png' });
    await expectNoSeriousViolations(page, 'tag picker open');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await quotesOf(backend, detail.id)).find((q) => q.id === marked.id)?.tagIds).toEqual([rec5.id]);
    // The tag shows on the quote; Escape closes the picker and goes back to reading.
    await expect.poll(() => popover(page).getByRole('list', { name: 'Tags on this quote' }).innerText()).toContain('Recommendation 5');
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).count()).toBe(0);
    // The new highlight takes the recommendation's colour.
    await expect.poll(() => page.locator(`[data-quote-head~="${marked.id}"]`).evaluate((e) => getComputedStyle(e).boxShadow)).toContain('rgb(107, 58, 152)');

    // Across two turns: from the middle of one to the middle of the next.
    const index = detail.turns.findIndex((t) => t.id === turn.id);
    const next = detail.turns[index + 1]!;
    const start = passage.end + 1;
    const end = wordsOf(text, next.speechOffset, 5).end;
    await selectOffsets(page, start, end);
    before = await quotesOf(backend, detail.id);
    await page.keyboard.press('Control+Shift+Q');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    const across = await newQuote(backend, detail.id, before);
    expect(across.startOffset).toBeGreaterThanOrEqual(start);
    expect(across.endOffset).toBe(end);
    expect(across.text).toContain(next.label);
    // Recent tags come first, on 1–9: "1" applies Recommendation 5.
    expect(await page.getByRole('group', { name: 'Recent' }).innerText()).toContain('Recommendation 5');
    await page.keyboard.press('1');
    await expect.poll(async () => (await quotesOf(backend, detail.id)).find((q) => q.id === across.id)?.tagIds).toEqual([rec5.id]);
    await expect.poll(() => popover(page).getByRole('list', { name: 'Tags on this quote' }).innerText()).toContain('Recommendation 5');
    // Backspace in the empty box takes it off again. The store is made slow to answer, and the
    // member types on meanwhile: what they type is kept when the answer comes.
    const slowUntag = async (route: Route) => {
      if (route.request().postData()?.includes('"quotes.untag"')) await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    };
    await page.route('**/api/call', slowUntag);
    await page.keyboard.press('Backspace');
    // Nothing matches: create a theme and tag the quote with it.
    await picker.pressSequentially('Abstraction of officers');
    await expect.poll(async () => (await quotesOf(backend, detail.id)).find((q) => q.id === across.id)?.tagIds).toEqual([]);
    await expect.poll(() => popover(page).getByRole('status').textContent()).toContain('Took Recommendation 5 off the quote.');
    await page.unroute('**/api/call', slowUntag);
    expect(await picker.inputValue()).toBe('Abstraction of officers');
    const create = page.getByRole('option', { name: 'Create theme “Abstraction of officers”' });
    await expect.poll(() => create.count()).toBe(1);
    // As a person would: press Enter once the highlight is on "Create theme" (the list settles as they type).
    await expect.poll(async () => (await picker.getAttribute('aria-activedescendant')) === (await create.getAttribute('id'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => {
      const theme = (await backend.client.call('tags.list', { investigationId: sampleId })).find((t) => t.name === 'Abstraction of officers');
      return theme ? (await quotesOf(backend, detail.id)).find((q) => q.id === across.id)?.tagIds.includes(theme.id) : false;
    }).toBe(true);
    await page.keyboard.press('Escape');
    // Both quotes render: the first and the one across turns overlap nowhere, and both have highlights.
    await expect.poll(() => page.locator(`[data-quote-head~="${across.id}"]`).count()).toBe(1);
    expect(await page.locator(`[data-quote-head~="${marked.id}"]`).count()).toBe(1);

    // Alt+1…9 on a highlight in focus puts that recent tag on it: 1 is the new theme, 2 Recommendation 5.
    const acrossHead = page.locator(`[data-quote-head~="${across.id}"]`);
    await acrossHead.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+2');
    await expect.poll(async () => (await quotesOf(backend, detail.id)).find((q) => q.id === across.id)?.tagIds.includes(rec5.id)).toBe(true);
  });

  test('a selection started on one page survives scrolling pages on, in the virtual list, and marks across pages', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const { detail, quotes } = await busiestTranscript(backend, sampleId);
    const text = fullText(detail);
    const turn = freeTurn(detail, quotes);
    const later = detail.turns.find((t) => t.page >= turn.page + 10 && t.endOffset - t.speechOffset > 80 && t.page === detail.pages.find((p) => p.startOffset <= t.speechOffset && t.speechOffset < p.endOffset)!.number)!;
    const start = wordsOf(text, turn.speechOffset, 1).start;
    const end = wordsOf(text, later.speechOffset, 4).end;

    await openReader(page, host.origin, sampleId, detail.id);
    await installHelpers(page);
    await showOffset(page, start);
    await selectOffsets(page, start, wordsOf(text, turn.speechOffset, 3).end);
    // Scroll pages on, as a drag past the bottom of the text would: the first row stays in the page.
    await showOffset(page, later.speechOffset);
    const startRow = await page.evaluate((o) => {
      const piece = (window as unknown as { pieceAt: (n: number) => [Node, number] | null }).pieceAt(o);
      return piece !== null;
    }, start);
    expect(startRow).toBe(true);
    await page.evaluate((o) => {
      const [node, offset] = (window as unknown as { pieceAt: (n: number) => [Node, number] }).pieceAt(o);
      document.getSelection()!.extend(node, offset);
    }, end);
    expect(await page.evaluate(() => document.getSelection()?.isCollapsed)).toBe(false);
    const before = await quotesOf(backend, detail.id);
    await page.keyboard.press('q');
    const quote = await newQuote(backend, detail.id, before);
    expect(quote.startOffset).toBe(start);
    expect(quote.endOffset).toBe(end);
    expect(quote.pageStart).toBe(turn.page);
    expect(quote.pageEnd).toBe(later.page);
    expect(quote.pageEnd - quote.pageStart).toBeGreaterThanOrEqual(10);
  });

  test('a selection of nothing, or only of a speaker’s name, says what to select and marks nothing', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const { detail, quotes } = await busiestTranscript(backend, sampleId);
    const turn = freeTurn(detail, quotes);
    await openReader(page, host.origin, sampleId, detail.id);
    await installHelpers(page);
    await showOffset(page, turn.speechOffset);
    const before = (await quotesOf(backend, detail.id)).length;

    // Nothing selected.
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await page.locator('.reader__scroll').focus();
    await page.keyboard.press('q');
    const message = page.locator('.quote-message');
    await expect.poll(() => message.innerText()).toContain('Select some of the words spoken');

    // Only the speaker's name.
    await page.evaluate((id) => {
      const name = document.querySelector(`[data-turn="${id}"] .reader-turn__name`)!;
      const range = document.createRange();
      range.selectNodeContents(name);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, turn.id);
    await page.keyboard.press('q');
    await expect.poll(() => message.innerText()).toBe('Select some of the words spoken, not only a speaker’s name or a page marker.');
    expect(await message.getAttribute('role')).toBe('alert');

    // A page marker and the name together: still no words.
    await page.evaluate(() => {
      const marker = document.querySelector('.reader-page__marker')!;
      const range = document.createRange();
      range.selectNodeContents(marker);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.keyboard.press('q');
    await expect.poll(() => message.innerText()).toContain('not only a speaker’s name or a page marker');
    expect(await popover(page).count()).toBe(0);
    expect((await quotesOf(backend, detail.id)).length).toBe(before);

    // A selection from the speaker's name into the words is clamped to the words.
    await page.evaluate(
      ([id, offset]) => {
        const name = document.querySelector(`[data-turn="${id}"] .reader-turn__name`)!.firstChild!;
        const piece = (window as unknown as { pieceAt: (o: number) => [Node, number] }).pieceAt(offset);
        document.getSelection()!.setBaseAndExtent(name, 0, piece[0], piece[1]);
      },
      [turn.id, wordsOf(fullText(detail), turn.speechOffset, 4).end] as const,
    );
    await page.keyboard.press('q');
    const clamped = await newQuote(backend, detail.id, quotes);
    expect(clamped.text).toBe(wordsOf(fullText(detail), turn.speechOffset, 4).text);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.press('Escape');

    // Shift+Q on a turn in focus marks the whole of it.
    const next = detail.turns[detail.turns.findIndex((t) => t.id === turn.id) + 1]!;
    await page.locator(`[data-turn="${next.id}"]`).focus();
    const beforeTurn = await quotesOf(backend, detail.id);
    await page.keyboard.press('Shift+Q');
    const whole = await newQuote(backend, detail.id, beforeTurn);
    expect(whole.speakerTurnId).toBe(next.id);
    expect(whole.text).toBe(fullText(detail).slice(next.speechOffset, Math.min(next.endOffset, detail.pages.find((p) => p.number === next.page)!.endOffset)).trim());
  });

  test('a quote’s note is edited, its end moved by a word, and it is deleted and brought back by undo', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const { detail, quotes } = await busiestTranscript(backend, sampleId);
    const text = fullText(detail);
    const turn = freeTurn(detail, quotes);
    const passage = wordsOf(text, turn.speechOffset, 6);
    const quote = await backend.client.call('quotes.create', { transcriptId: detail.id, startOffset: passage.start, endOffset: passage.end });

    await openReader(page, host.origin, sampleId, detail.id, `?offset=${passage.start}`);
    const head = page.locator(`[data-quote-head~="${quote.id}"]`);
    await head.waitFor();
    await head.click();
    await popover(page).getByRole('button', { name: 'Add note' }).click();
    const note = popover(page).getByRole('textbox', { name: 'Note' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await note.fill('Compare with Panel 2 on abstraction');
    await popover(page).getByRole('button', { name: 'Save note' }).click();
    await expect.poll(async () => (await quotesOf(backend, detail.id)).find((q) => q.id === quote.id)?.note).toBe('Compare with Panel 2 on abstraction');
    await expect.poll(() => popover(page).innerText()).toContain('Note: Compare with Panel 2 on abstraction');

    // Adjust: the end one word later (button), then once more from the keyboard; Save.
    await popover(page).getByRole('button', { name: 'Adjust' }).click();
    await popover(page).getByRole('button', { name: 'End one word later' }).click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.qhl--draft').count()).toBeGreaterThan(0);
    await popover(page).getByRole('button', { name: 'Save', exact: true }).click();
    const longer = wordsOf(text, turn.speechOffset, 8);
    await expect.poll(async () => (await quotesOf(backend, detail.id)).find((q) => q.id === quote.id)?.endOffset).toBe(longer.end);

    // Delete; the highlight goes; undo (Ctrl+Z, handled for the whole app) brings the quote and its note back.
    await popover(page).getByRole('button', { name: 'Delete this quote' }).click();
    await expect.poll(async () => (await quotesOf(backend, detail.id)).some((q) => q.id === quote.id)).toBe(false);
    await expect.poll(() => head.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Text of /);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await quotesOf(backend, detail.id)).find((q) => q.id === quote.id)?.note).toBe('Compare with Panel 2 on abstraction');
    await expect.poll(() => head.count()).toBe(1);
  });

  test('overlapping quotes both render, each with its own line, and both show in the details', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const { detail, quotes } = await busiestTranscript(backend, sampleId);
    const text = fullText(detail);
    const turn = freeTurn(detail, quotes);
    const a = wordsOf(text, turn.speechOffset, 10);
    const bStart = wordsOf(text, turn.speechOffset, 5).end + 1;
    const b = { start: bStart, end: wordsOf(text, turn.speechOffset, 16).end };
    const tags = await backend.client.call('tags.list', { investigationId: sampleId });
    const chapter = tags.find((t) => t.kind === 'chapter' && t.name.startsWith('Chapter two'))!;
    const rec = tags.find((t) => t.name === 'Recommendation 8')!;
    const first = await backend.client.call('quotes.create', { transcriptId: detail.id, startOffset: a.start, endOffset: a.end, tagIds: [chapter.id] });
    const second = await backend.client.call('quotes.create', { transcriptId: detail.id, startOffset: b.start, endOffset: b.end, tagIds: [rec.id] });

    await openReader(page, host.origin, sampleId, detail.id, `?offset=${a.start}`);
    await page.locator(`[data-quote-head~="${first.id}"]`).waitFor();
    expect(await page.locator(`[data-quote-head~="${second.id}"]`).count()).toBe(1);
    const overlap = page.locator(`mark.qhl--overlap[data-quotes="${first.id} ${second.id}"]`);
    expect(await overlap.count()).toBe(1);
    // Two lines under the overlap, one per quote, in their tags' colours.
    const shadow = await overlap.evaluate((e) => getComputedStyle(e).boxShadow);
    expect(shadow).toContain('rgb(29, 95, 168)');
    expect(shadow).toContain('rgb(107, 58, 152)');
    await overlap.scrollIntoViewIfNeeded();
    await overlap.hover();
    await popover(page).waitFor();
    expect(await popover(page).locator('.quote-card').count()).toBe(2);
    expect(await popover(page).innerText()).toContain('2 quotes overlap here');
    await page.screenshot({ path: '/tmp/t4q-overlap.png' });
  });

  test('a transcript replaced by a corrected version reports quotes in place and lost, with a way to find a lost one', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const original = [
      'Susan Hall AM (Chairman): Welcome. Our first question is on neighbourhood policing in outer boroughs.',
      'Dr Alex Example (Head of Research, Knife Crime Institute): Neighbourhood teams exist on paper but are abstracted to other duties every week.',
      '\f',
      'Zoë Garbett AM: What would restore trust in the police among young Londoners?',
      'Dr Alex Example (Head of Research, Knife Crime Institute): Visible, named officers who stay in post long enough to be known.',
    ].join('\n');
    const corrected = original.replace('abstracted to other duties every week', 'moved to other duties most weeks');
    const overview = await backend.client.call('investigations.get', { id: sampleId });
    const meeting = overview.meetings.find((m) => m.heldOn === '2025-01-15')!;
    const uploaded = await backend.client.upload('neighbourhood.txt', new TextEncoder().encode(original).buffer as ArrayBuffer);
    const { transcriptId } = await backend.client.call('transcripts.import', { uploadId: uploaded.uploadId, meetingId: meeting.id, panelId: null, title: 'Neighbourhood test' });
    const detail = await backend.client.call('transcripts.get', { id: transcriptId });
    const text = fullText(detail);
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

    // Mark two quotes through the page: one before the corrected words (it stays in place), one of them.
    await openReader(page, host.origin, sampleId, transcriptId);
    await installHelpers(page);
    for (const phrase of ['Our first question is on neighbourhood policing', 'abstracted to other duties every week']) {
      const before = await quotesOf(backend, transcriptId);
      const { start, end } = at(phrase);
      await selectOffsets(page, start, end);
      await page.keyboard.press('q');
      await newQuote(backend, transcriptId, before);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      await page.keyboard.press('Escape');
      await expect.poll(() => popover(page).count()).toBe(0);
    }

    await page.getByRole('button', { name: 'Replace with corrected version…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Replace “Neighbourhood test”/ });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Choose the corrected file…');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'neighbourhood-corrected.txt', mimeType: 'text/plain', buffer: Buffer.from(corrected) });
    await dialog.getByRole('button', { name: 'Replace transcript' }).click();
    await dialog.getByRole('heading', { name: 'Replaced with neighbourhood-corrected.txt' }).waitFor({ timeout: 30_000 });
    const report = await dialog.innerText();
    expect(report).toContain('2 quotes: 1 in place, 0 moved, 1 lost.');
    expect(report).toContain('“abstracted to other duties every week”');
    expect(report).toContain('was on page 1');
    await page.screenshot({ path: '/tmp/t4q-report.png' });
    await expectNoSeriousViolations(page, 'reanchor report');

    // Find it again: the reader near its old page, the quote's details open to re-anchor it.
    await dialog.getByRole('button', { name: /^Find it again/ }).click();
    await expect.poll(() => page.getByRole('dialog', { name: /^Replace/ }).count()).toBe(0);
    await popover(page).waitFor();
    expect(await popover(page).innerText()).toContain('Find this quote again');
    // The corrected words, selected and used: the quote is anchored again.
    await installHelpers(page);
    const correctedText = fullText(await backend.client.call('transcripts.get', { id: transcriptId }));
    const replacement = correctedText.indexOf('moved to other duties most weeks');
    await selectOffsets(page, replacement, replacement + 'moved to other duties most weeks'.length);
    await popover(page).getByRole('button', { name: 'Use the selected words' }).click();
    await popover(page).getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(async () => (await quotesOf(backend, transcriptId)).map((q) => [q.text, q.anchorStatus]).sort())
      .toEqual([
        ['Our first question is on neighbourhood policing', 'exact'],
        ['moved to other duties most weeks', 'exact'],
      ]);
  });

  test('replacing a transcript can be cancelled while the file is on its way; nothing changes', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const { detail } = await busiestTranscript(backend, sampleId);
    const before = await quotesOf(backend, detail.id);
    await openReader(page, host.origin, sampleId, detail.id);
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const calls: string[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/api/call')) return;
      const body = JSON.parse(request.postData() ?? '{}') as { method?: string };
      if (body.method === 'jobs.cancel' || body.method === 'transcripts.reimport') calls.push(body.method);
    });
    await page.route('**/api/upload**', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Replace with corrected version…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Replace/ });
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'corrected.txt', mimeType: 'text/plain', buffer: Buffer.from('Susan Hall AM (Chairman): A different text.') });
    await dialog.getByRole('button', { name: 'Replace transcript' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('Sending the file to the workbench…');
    expect(await dialog.getByRole('progressbar').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => calls).toContain('jobs.cancel');
    release();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/The replacement was cancelled\.\s+Cancelled\. Nothing was changed\./);
    expect(calls).not.toContain('transcripts.reimport');
    expect(await quotesOf(backend, detail.id)).toEqual(before);
    expect((await backend.client.call('transcripts.get', { id: detail.id })).pages.map((p) => p.text)).toEqual(detail.pages.map((p) => p.text));
  });

  test('a lost quote carries a badge in the reader’s list and can be deleted from the report', SLOW, async () => {
    const { page, host, sampleId, backend } = await open();
    const original = ['Susan Hall AM (Chairman): Welcome to the meeting on custody.', 'Jane Doe (Director, Example Trust): Custody suites are full most nights in winter.'].join('\n');
    const overview = await backend.client.call('investigations.get', { id: sampleId });
    const meeting = overview.meetings.find((m) => m.heldOn === '2025-01-15')!;
    const uploaded = await backend.client.upload('custody.txt', new TextEncoder().encode(original).buffer as ArrayBuffer);
    const { transcriptId } = await backend.client.call('transcripts.import', { uploadId: uploaded.uploadId, meetingId: meeting.id, panelId: null, title: 'Custody test' });
    const text = fullText(await backend.client.call('transcripts.get', { id: transcriptId }));
    const phrase = 'full most nights in winter';
    const lostQuote = await backend.client.call('quotes.create', { transcriptId, startOffset: text.indexOf(phrase), endOffset: text.indexOf(phrase) + phrase.length });

    await openReader(page, host.origin, sampleId, transcriptId);
    await page.getByRole('button', { name: 'Replace with corrected version…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Replace/ });
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'custody-corrected.txt', mimeType: 'text/plain', buffer: Buffer.from(original.replace('full most nights in winter', 'often at capacity')) });
    await dialog.getByRole('button', { name: 'Replace transcript' }).click();
    await dialog.getByRole('heading', { name: 'Replaced with custody-corrected.txt' }).waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The reader's list: a Lost badge, and the note about lost quotes.
    const side = page.getByRole('complementary', { name: 'Reading tools' });
    await expect.poll(() => side.getByRole('list', { name: 'Quotes on this page' }).innerText()).toContain('Lost');
    expect(await side.innerText()).toContain('1 quote lost its place');
    // Its details from the list say it is lost and offer to find it again.
    await side.getByRole('button', { name: /full most nights in winter/ }).click();
    await popover(page).waitFor();
    expect(await popover(page).innerText()).toMatch(/Lost/);
    await popover(page).getByRole('button', { name: 'Delete this quote' }).click();
    await expect.poll(async () => (await quotesOf(backend, transcriptId)).some((q) => q.id === lostQuote.id)).toBe(false);
  });
});
