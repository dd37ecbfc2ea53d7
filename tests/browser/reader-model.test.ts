/**
 * The reader's pure parts, without a browser: the rows the virtual list scrolls through, and the
 * highlighting of search snippets and search terms.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TranscriptPage, TranscriptTurn } from '../../shared/domain/transcripts';
import { buildRows, filterRows, rowIndexForOffset, rowIndexForPage, type ReaderRow } from '../../renderer/src/views/transcripts/reader-rows';
import { findMatches, fold, splitSnippet, termMatcher } from '../../renderer/src/search/highlight';

/** Pages from texts, tiling one text as the importer does. */
function pagesOf(texts: string[]): TranscriptPage[] {
  let offset = 0;
  return texts.map((text, index) => {
    const page = { number: index + 1, startOffset: offset, endOffset: offset + text.length, text };
    offset += text.length;
    return page;
  });
}

function turn(name: string, page: number, startOffset: number, speechOffset: number, endOffset: number, position: number): TranscriptTurn {
  return { id: `t${position}`, position, label: name, name, roleText: null, questionNumber: null, personId: null, page, startOffset, endOffset, speechOffset };
}

function textOf(pages: TranscriptPage[], row: ReaderRow): string {
  const page = pages.find((p) => p.number === row.page)!;
  const from = row.kind === 'turn' ? row.textStart : row.start;
  return page.text.slice(from - page.startOffset, row.end - page.startOffset);
}

describe('reader rows', () => {
  const pages = pagesOf(['Header block\nAlice: Hello there.\nBob: Hi\n', 'Bob: continued text\nAlice: Bye.\n']);
  const full = pages.map((p) => p.text).join('');
  const at = (s: string) => full.indexOf(s);
  const turns = [
    turn('Alice', 1, at('Alice: Hello'), at('Hello'), at('Hello there.') + 'Hello there.'.length, 0),
    // Bob's turn runs over the page break.
    turn('Bob', 1, at('Bob: Hi'), at('Hi\n'), at('continued text') + 'continued text'.length, 1),
    turn('Alice', 2, at('Alice: Bye'), at('Bye.'), at('Bye.') + 4, 2),
  ];

  test('a page marker, the header as plain text, and each turn’s part on each page', () => {
    const rows = buildRows({ pages, turns });
    expect(rows.map((r) => `${r.kind}:${r.page}${r.kind === 'turn' ? `:${turns[r.turnIndex]!.name}${r.continued ? '+' : ''}` : ''}`)).toEqual([
      'page:1',
      'text:1',
      'turn:1:Alice',
      'turn:1:Bob',
      'page:2',
      'turn:2:Bob+',
      'turn:2:Alice',
    ]);
    const shown = rows.filter((r) => r.kind !== 'page').map((r) => textOf(pages, r).trim());
    // The label is not repeated as text on the turn's first page; a continuation starts at the page.
    expect(shown).toEqual(['Header block', 'Hello there.', 'Hi', 'Bob: continued text', 'Bye.']);
  });

  test('offsets and pages find their rows; one speaker’s turns keep their page markers', () => {
    const rows = buildRows({ pages, turns });
    expect(rows[rowIndexForOffset(rows, at('there'))]!.kind).toBe('turn');
    expect(rowIndexForOffset(rows, at('continued'))).toBe(5);
    expect(rowIndexForPage(rows, 2)).toBe(4);
    expect(rowIndexForPage(rows, 3)).toBe(-1);
    const bob = filterRows(rows, (row) => turns[row.turnIndex]!.name === 'Bob');
    expect(bob.map((r) => `${r.kind}:${r.page}`)).toEqual(['page:1', 'turn:1', 'page:2', 'turn:2']);
  });

  test('for any transcript, rows cover every non-blank character once, in order, and each offset finds its row', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    const line = fc.oneof(fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')), fc.constant(''));
    const page = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => `${lines.join('\n')}\n`);
    fc.assert(
      fc.property(fc.array(page, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), (texts, cuts) => {
        const ps = pagesOf(texts);
        const total = ps.at(-1)!.endOffset;
        // Turns: sorted, non-overlapping ranges with the speech a little after the start.
        const points = [...new Set(cuts.map((c) => c % total))].sort((a, b) => a - b);
        const ts: TranscriptTurn[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          const start = points[i]!;
          const end = points[i + 1]!;
          const page = ps.find((p) => p.startOffset <= start && start < p.endOffset)!.number;
          ts.push(turn(`S${i % 3}`, page, start, Math.min(end, start + 2), end, ts.length));
        }
        const rows = buildRows({ pages: ps, turns: ts });
        const full = ps.map((p) => p.text).join('');
        let last = -1;
        const covered = new Array<boolean>(full.length).fill(false);
        for (const row of rows) {
          if (row.kind === 'page') continue;
          expect(row.start).toBeGreaterThanOrEqual(last);
          last = row.end;
          const page = ps.find((p) => p.number === row.page)!;
          expect(row.start).toBeGreaterThanOrEqual(page.startOffset);
          expect(row.end).toBeLessThanOrEqual(page.endOffset);
          for (let i = row.start; i < row.end; i += 1) covered[i] = true;
        }
        for (let i = 0; i < full.length; i += 1) {
          if (!covered[i]) {
            // Only blank space between rows is left out.
            expect(/\s/.test(full[i]!)).toBe(true);
          } else {
            const row = rows[rowIndexForOffset(rows, i)]!;
            expect(row.start <= i && i < row.end).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('highlighting', () => {
  test('snippets split on the backend’s match marks, never as HTML', () => {
    expect(splitSnippet('…the \u0002stop and search\u0003 figures <b>\u0002rose\u0003')).toEqual([
      { text: '…the ', match: false },
      { text: 'stop and search', match: true },
      { text: ' figures <b>', match: false },
      { text: 'rose', match: true },
    ]);
  });

  test('query terms are found whatever the case, accents and common endings; operators are not words', () => {
    const text = 'Zoë Garbett AM asked about Policing. The police AND the crimes; stop-and-search was raised.';
    const found = (query: string) => findMatches(text, termMatcher(query)).map(([s, e]) => text.slice(s, e));
    expect(found('zoe')).toEqual(['Zoë']);
    expect(found('police')).toEqual(['Policing', 'police']);
    expect(found('crime')).toEqual(['crimes']);
    expect(found('"stop and search"')).toEqual(['stop-and-search']);
    expect(found('polic*')).toEqual(['Policing', 'police']);
    expect(found('garbett NOT police')).toEqual(['Garbett']);
    expect(found('garbett OR (crime NOT stop)')).toEqual(['Garbett', 'crimes']);
    expect(termMatcher('AND OR NOT')).toBeNull();
    expect(fold('Zoë ÉCOLE')).toBe('zoe ecole');
  });
});
