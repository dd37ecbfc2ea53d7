/** Properties of segmentation over generated input, and its speed on large and hostile text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentTranscript } from '../../../backend/import/segment';
import type { ExtractedDocument, SegmentedTranscript } from '../../../backend/import/types';
import { COMMONS_EVIDENCE, LONDON_ASSEMBLY_PANEL, LONDON_ASSEMBLY_QA, MPA_MEETING, doc } from './fixtures';

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Everything that must hold of any segmentation, whatever the input. */
function checkInvariants(input: ExtractedDocument, result: SegmentedTranscript): void {
  const { text, pages, turns } = result;
  // Pages tile the text in order, each ending in exactly one "\n".
  expect(pages.map((p) => p.number)).toEqual(input.pages.map((p) => p.number));
  expect(pages.map((p) => text.slice(p.startOffset, p.endOffset)).join('')).toBe(text);
  let at = 0;
  for (const page of pages) {
    expect(page.startOffset).toBe(at);
    expect(page.endOffset).toBeGreaterThan(page.startOffset);
    expect(text[page.endOffset - 1]).toBe('\n');
    if (page.endOffset - page.startOffset > 1) expect(isSpace(text[page.endOffset - 2])).toBe(false);
    at = page.endOffset;
  }
  expect(at).toBe(text.length);

  let previousEnd = 0;
  for (const turn of turns) {
    // Offsets increase, never overlap, stay within the text.
    expect(turn.startOffset).toBeGreaterThanOrEqual(previousEnd);
    expect(turn.startOffset).toBeLessThan(turn.speechOffset);
    expect(turn.speechOffset).toBeLessThanOrEqual(turn.endOffset);
    expect(turn.endOffset).toBeLessThanOrEqual(text.length);
    previousEnd = turn.endOffset;
    // The turn's page holds its start.
    const page = pages.find((p) => p.startOffset <= turn.startOffset && turn.startOffset < p.endOffset);
    expect(page?.number).toBe(turn.page);
    // It begins with its label and a colon; only blank space between the colon and the speech.
    const head = text.slice(turn.startOffset, turn.speechOffset);
    expect(collapse(head).startsWith(`${collapse(turn.label)}:`)).toBe(true);
    expect(head.slice(head.lastIndexOf(':') + 1).trim()).toBe('');
    // It ends on a word, not on blank space.
    expect(isSpace(text[turn.endOffset - 1])).toBe(false);
    // The label starts a line (after indentation or stray page digits) and is one line.
    expect(turn.label).not.toMatch(/\n|^\d/);
    expect(/^[ \t\u00a0\d]*$/.test(text.slice(text.lastIndexOf('\n', turn.startOffset - 1) + 1, turn.startOffset))).toBe(true);
  }
}

// ─── Generators ───────────────────────────────────────────────────────────────────────────────────

/** Any UTF-16, lone surrogates included. */
const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((codes) => String.fromCharCode(...codes));

/** Text made of the pieces transcripts are made of, shuffled: labels, speech, headers, page numbers. */
const transcriptLine = fc.oneof(
  fc.constantFrom(
    'Susan Hall AM (Chairman): Thank you.',
    'Zoë Garbett AM:',
    'Professor Ben Bradford (Director, Global City Policing, University College London): The bigger question',
    'Matt Twist (Assistant Commissioner, Frontline',
    'Policing, Metropolitan Police Service): Yes.',
    '12Jenny Jones (AM): I want to ask:',
    'Q82 Chair: Good morning.',
    'Chair: Thank you.',
    'Sir Mark Rowley: It absolutely works.',
    'Matt Twist: If I may add',
    'He said: this is the evidence.',
    'Operation Soteria: a success.',
    'Present:',
    'Witnesses: Sir Mark Rowley and Matt Twist.',
    'Examination of Witnesses',
    'Transcript of Agenda Item 5: Response to the Draft Plan',
    '[The meeting adjourned.]',
    '10.00am:',
    '3',
    '',
    '   ',
    '(',
    ')',
    ':',
  ),
  fc.string({ maxLength: 60 }),
  fc.stringMatching(/^[A-Z][a-z]{0,6}( [A-Z][a-z]{0,6}){0,3}( \([A-Za-z ,]{0,20}\))?: [a-z ]{0,20}$/),
);
const transcriptPage = fc
  .tuple(fc.array(transcriptLine, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol));

const pagesOf = (page: fc.Arbitrary<string>) =>
  fc.array(page, { maxLength: 6 }).chain((texts) =>
    fc.integer({ min: 1, max: 400 }).map((first) => doc(texts, first)),
  );

describe('segmentation properties', () => {
  it('holds its invariants on transcript-like text', () => {
    fc.assert(
      fc.property(pagesOf(transcriptPage), (input) => {
        checkInvariants(input, segmentTranscript(input));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary strings, and holds its invariants', () => {
    fc.assert(
      fc.property(pagesOf(fc.oneof(utf16, fc.string({ unit: 'binary', maxLength: 200 }))), (input) => {
        checkInvariants(input, segmentTranscript(input));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same turns whether or not the text is split into pages', () => {
    fc.assert(
      fc.property(pagesOf(transcriptPage), (input) => {
        const paged = segmentTranscript(input);
        const whole = segmentTranscript(doc([paged.text]));
        const strip = (r: SegmentedTranscript) => r.turns.map(({ page: _page, ...turn }) => turn);
        expect(strip(whole)).toEqual(strip(paged));
      }),
      { numRuns: 300 },
    );
  });

  it('holds its invariants on the realistic transcripts', () => {
    for (const input of [LONDON_ASSEMBLY_PANEL, LONDON_ASSEMBLY_QA, MPA_MEETING, COMMONS_EVIDENCE]) {
      checkInvariants(input, segmentTranscript(input));
    }
  });
});

// ─── Speed ────────────────────────────────────────────────────────────────────────────────────────

/** The fastest of a few runs, in milliseconds (the first run warms the JIT up). */
function timeIt(fn: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A 300-page transcript of about 150,000 words, pages cut mid-turn as PDFs are. */
function bigTranscript(): ExtractedDocument {
  const block = [LONDON_ASSEMBLY_PANEL, LONDON_ASSEMBLY_QA, MPA_MEETING, COMMONS_EVIDENCE]
    .flatMap((d) => d.pages.map((p) => p.text))
    .join('\n');
  const lines = block.split('\n');
  const pages: string[] = [];
  let words = 0;
  let li = 0;
  for (let p = 0; p < 300; p++) {
    const page: string[] = [];
    let pageWords = 0;
    while (pageWords < 500) {
      const line = lines[li++ % lines.length]!;
      page.push(line);
      pageWords += line.split(' ').length;
    }
    words += pageWords;
    pages.push(`${page.join('\n')}\n${p + 1}`);
  }
  expect(words).toBeGreaterThanOrEqual(150_000);
  return doc(pages);
}

describe('segmentation speed', () => {
  it('segments 300 pages (~150,000 words) well under 100 ms', () => {
    const input = bigTranscript();
    const result = segmentTranscript(input);
    expect(result.turns.length).toBeGreaterThan(1000);
    const ms = timeIt(() => segmentTranscript(input));
    console.info(`segment: 300 pages, ${result.text.length} chars, ${result.turns.length} turns in ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(100);
  });

  const MB = 1 << 20;
  const hostile: [string, string][] = [
    ['a 1 MB line of "a: a: a:"', 'a: '.repeat(MB / 3)],
    ['a 1 MB line of "A: A: A:"', 'A: '.repeat(MB / 3)],
    ['a 1 MB line without colons', 'Sir Mark Rowley QPM '.repeat(MB / 20)],
    ['a 1 MB line of open brackets after a name', 'Sir Mark Rowley (' + '('.repeat(MB)],
    ['a 1 MB line of full stops and spaces', 'Aaaaaaa. '.repeat(MB / 9)],
    ['1 MB of short speaker lines', 'Sir A: x\n'.repeat(MB / 9)],
    ['1 MB of header lines', 'Witnesses: Aa Bb\n'.repeat(MB / 17)],
    ['1 MB of unconfirmed two-word labels', Array.from({ length: MB / 16 }, (_, i) => `Aa${String.fromCharCode(97 + (i % 26), 97 + ((i / 26) % 26), 97 + ((i / 676) % 26))} Bb: x\n`).join('')],
    ['1 MB of witness lists and unlisted names', Array.from({ length: MB / 64 }, (_, i) => `Witnesses: Aa Bb${i}\nAa${String.fromCharCode(97 + (i % 26), 97 + ((i / 26) % 26))} Cc Dd: x\n`).join('')],
    ['1 MB of blank lines', '\n'.repeat(MB)],
    ['1 MB of spaces', ' '.repeat(MB)],
  ];
  for (const [what, text] of hostile) {
    it(`finishes fast on ${what}`, () => {
      const input = doc([text]);
      const ms = timeIt(() => checkNoThrow(input), 2);
      console.info(`segment: ${what} in ${ms.toFixed(1)} ms`);
      expect(ms).toBeLessThan(500);
    });
  }
});

function checkNoThrow(input: ExtractedDocument): SegmentedTranscript {
  return segmentTranscript(input);
}
