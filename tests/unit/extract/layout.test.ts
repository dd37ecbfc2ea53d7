/** Line rebuilding, running headers/footers and page numbering, on synthetic pages. */
import { describe, expect, it } from 'vitest';
import { buildLines, cleanPages, pageNumberOfLine, printedOffset, type RawPage } from '../../../backend/import/extract/layout';
import { linesToPageText, normaliseLine } from '../../../backend/import/extract/normalise';

const item = (text: string, x: number, y: number, size = 10, width = text.length * size * 0.5) => ({ text, x, y, size, width });

describe('rebuilding lines from PDF text items', () => {
  it('groups by baseline, orders by x, and puts spaces in the gaps', () => {
    const lines = buildLines([
      item('gap', 60, 700),
      item('Word', 10, 700.4), // a little baseline jitter
      item('Next', 10, 688),
      item('line', 35, 688), // touching "Next" (ends at 30): a gap of 5 is a space at size 10
      item('joined', 10, 676),
      item('up', 40, 676), // "joined" ends at 40: no gap, no space
      item('1', 41, 679.5, 6, 3), // a superscript footnote mark stays on its line
    ]);
    expect(lines.map((line) => line.text)).toEqual(['Word gap', 'Next line', 'joinedup1']);
  });

  it('does not double spaces that are already in the text', () => {
    expect(buildLines([item('Thank ', 10, 100), item('you', 50, 100)]).map((line) => line.text)).toEqual(['Thank you']);
  });
});

describe('page numbers', () => {
  it('recognises page-number lines and nothing else', () => {
    for (const [line, n] of [
      ['12', 12],
      ['Page 12', 12],
      ['page 12 of 40', 12],
      ['12 of 40', 12],
      ['- 12 -', 12],
      ['– 7 –', 7],
    ] as const) {
      expect(pageNumberOfLine(line)).toBe(n);
    }
    for (const line of ['12.', 'Q12', 'Page twelve', '£12', '12 January 2025', 'Item 12']) expect(pageNumberOfLine(line)).toBeNull();
  });

  it('uses printed numbers only when consistently and positively offset', () => {
    const pages = (printed: (number | null)[]) => printed.map((p, i) => ({ index: i + 1, printed: p }));
    expect(printedOffset(pages([45, 46, 47, 48]))).toBe(44);
    expect(printedOffset(pages([1, 2, 3, 4]))).toBe(0);
    expect(printedOffset(pages([null, 1, 2, 3]))).toBe(-1);
    expect(printedOffset(pages([45, null, null, null]))).toBeNull(); // too few
    expect(printedOffset(pages([45, 46, 3, 90]))).toBeNull(); // no agreement
  });
});

describe('running headers and footers', () => {
  const page = (index: number, lines: [string, number][]): RawPage => ({ index, lines: lines.map(([text, y]) => ({ text, y })) });
  // Body lines at the same heights on every page, differing only by numbers that do not follow the
  // page (question numbers): not running headers.
  const body = (n: number): [string, number][] => [
    [`Susan Hall AM (Chairman): Question ${n * 7} on the budget.`, 700],
    [`Answer ${n * 3} from the Commissioner.`, 685],
    ['Thank you.', 670],
    [`More on item ${n * n}.`, 655],
  ];

  it('removes lines repeated at the same place on most pages, letting digits vary, and keeps the rest', () => {
    const pages = [1, 2, 3, 4, 5].map((n) =>
      page(n, [['Police and Crime Committee – 15 January 2025', 800], ...body(n), [`Page ${n} of 5`, 30], [`Printed ${n + 10}/03/2025`, 20]]),
    );
    const result = cleanPages(pages, { positional: true, source: 'PDF' });
    expect(result.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(result.pages[2]!.lines).toEqual(body(3).map(([text]) => text));
    expect(result.removedPageNumbers).toBe(5);
    expect(result.removedRunningLines).toBe(10);
  });

  it('removes a header whose number follows the page, even when offset, and survives an odd page', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) => page(n, [[`Appendix 1 – Page ${n === 4 ? 99 : n + 20}`, 800], ...body(n)]));
    const result = cleanPages(pages, { positional: true, source: 'PDF' });
    expect(result.pages.map((p) => p.lines[0])).toEqual([1, 2, 3, 99, 5, 6].map((n, i) => (n === 99 ? 'Appendix 1 – Page 99' : body(i + 1)[0]![0])));
  });

  it('keeps a line that repeats the header’s words elsewhere on the page, and speaker labels', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [['Police and Crime Committee', 800], ['Susan Hall AM (Chairman):', 760], ...body(n), ['Police and Crime Committee', n === 2 ? 400 : 50]]),
    );
    const result = cleanPages(pages, { positional: true, source: 'PDF' });
    // The header goes; the label (ending in a colon) stays although it heads every page; the
    // footer-like line at another height on page 2 stays there.
    expect(result.pages[0]!.lines[0]).toBe('Susan Hall AM (Chairman):');
    expect(result.pages[1]!.lines.at(-1)).toBe('Police and Crime Committee');
  });

  it('needs at least three pages and half of them in text files, and only page-like digits may vary', () => {
    const text = (index: number, lines: string[]): RawPage => ({ index, lines: lines.map((t) => ({ text: t })) });
    const two = [1, 2].map((n) => text(n, ['Committee transcript', `Line ${n}`, 'More', 'Even more']));
    expect(cleanPages(two, { positional: false, source: 'text file' }).pages[0]!.lines[0]).toBe('Committee transcript');
    const three = [1, 2, 3].map((n) => text(n, [`Committee transcript – page ${n}`, `Line ${n}`, 'Middle', `Answer ${n * 5}.`]));
    const cleaned = cleanPages(three, { positional: false, source: 'text file' });
    expect(cleaned.pages[1]!.lines).toEqual(['Line 2', 'Middle', 'Answer 10.']);
  });

  it('keeps blank lines (one at most), which do not count towards the zones', () => {
    const pages: RawPage[] = [1, 2, 3].map((n) => ({
      index: n,
      lines: ['', 'Header', '', `Paragraph ${n}.`, '', '', 'Second paragraph.', '', String(n)].map((text) => ({ text })),
    }));
    const result = cleanPages(pages, { positional: false, source: 'text file' });
    expect(linesToPageText(result.pages[0]!.lines)).toBe('Paragraph 1.\n\nSecond paragraph.\n');
  });
});

describe('normalising a line', () => {
  it('keeps curly quotes and dashes, drops invisible characters, collapses spaces', () => {
    expect(normaliseLine('\u00a0 “It’s\u00a0a – test…”\u200b\u00ad  \u2009here\ufeff ')).toBe('“It’s a – test…” here');
  });
});
