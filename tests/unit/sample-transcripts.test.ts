/**
 * The sample investigation's transcripts (backend/sample/transcripts): the files are real and
 * valid, every passage the seed report quotes from a transcript is on the page its footnote cites,
 * spoken by the person the report names, and the committed files are exactly what the generator
 * makes from the content data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import yauzl from 'yauzl';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SAMPLE_INVESTIGATION } from '../../backend/sample/police-and-crime-plan';
import { SAMPLE_TRANSCRIPTS, sampleTranscript } from '../../backend/sample/transcripts/index';
import { PARAPHRASED_POINTS, QUOTED_PASSAGES } from '../../backend/sample/transcripts/quoted-passages';
import { SAMPLE_MARKER, SAMPLE_NOTICE, pageText, printedBlocks } from '../../backend/sample/transcripts/layout';
import { GARBETT, HALL, SPEAKER_PERSON } from '../../backend/sample/transcripts/speakers';
import type { QuotedPassage, SampleTranscript, TranscriptBlock } from '../../backend/sample/transcripts/types';
import { DEFAULT_OUTPUT_DIR, writeSampleTranscripts } from '../../scripts/make-sample-transcripts';
import { SEED } from '../helpers/seed';

const FILES_DIR = DEFAULT_OUTPUT_DIR;

// ---------------------------------------------------------------------------------------------
// Helpers

/** Whitespace runs to one space, trimmed. */
function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The quoted words either side of the report's elisions ("[...]", "[...there is a]"), in order.
 * Other square brackets are editorial insertions and stay part of the words.
 */
function fragments(text: string): string[] {
  return text
    .split(/\[(?:\.\.\.|…)[^\]]*\]/)
    .map((f) => norm(f))
    .filter((f) => f.length > 0);
}

/** True when every fragment occurs in `haystack`, in order. */
function containsInOrder(haystack: string, parts: string[]): boolean {
  const h = norm(haystack);
  let from = 0;
  for (const p of parts) {
    const at = h.indexOf(p, from);
    if (at < 0) return false;
    from = at + p.length;
  }
  return true;
}

function pagesOf(p: { page: number; lastPage?: number }): number[] {
  const out: number[] = [];
  for (let n = p.page; n <= (p.lastPage ?? p.page); n++) out.push(n);
  return out;
}

function blocksOn(t: SampleTranscript, page: number): TranscriptBlock[] {
  const blocks = t.content.pages[page - 1];
  if (!blocks) throw new Error(`${t.key} has no page ${page}`);
  return blocks;
}

/** The unmarked (genuine-carrying) speech of one person on the given pages, joined in order. */
function genuineSpeech(t: SampleTranscript, pages: number[], personKey: string): string {
  return pages
    .flatMap((n) => blocksOn(t, n))
    .filter((b) => !b.sample && SPEAKER_PERSON[b.speaker] === personKey)
    .map((b) => b.text)
    .join(' ');
}

function readZipEntries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip'));
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('unreadable entry'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Page texts of a Word file, split at page breaks (header and footer parts are not in document.xml). */
function docxPages(documentXml: string): string[] {
  const pages: string[][] = [[]];
  for (const m of documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const p = m[0];
    if (/<w:pageBreakBefore\/>|<w:pageBreakBefore w:val="(?:true|1|on)"\/>/.test(p) || /<w:br w:type="page"\/>/.test(p)) pages.push([]);
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join('');
    pages[pages.length - 1]!.push(text);
  }
  return pages.map((lines) => lines.join('\n'));
}

/** Page texts of a PDF as pdf.js extracts them, without the running header and the page number. */
async function pdfPages(bytes: Uint8Array, runningHeader: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(withoutHeaderAndFooter(text, runningHeader, n));
  }
  await doc.destroy();
  return pages;
}

/** Page texts of a plain-text transcript: form feeds between pages. */
function txtPages(text: string, runningHeader: string): string[] {
  return text.split('\f').map((page, i) => withoutHeaderAndFooter(page, runningHeader, i + 1));
}

/**
 * A page's lines without the running header (its first line) and the page number (its last). Page
 * 1's header block repeats the running header's words, so only the first line may go.
 */
function withoutHeaderAndFooter(text: string, runningHeader: string, n: number): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  expect(lines[0], `page ${n}: running header`).toBe(runningHeader);
  expect(lines[lines.length - 1], `page ${n}: page number`).toBe(String(n));
  return lines.slice(1, -1).join('\n');
}

// ---------------------------------------------------------------------------------------------
// The seed's transcript footnotes

interface TranscriptFootnote {
  number: number;
  citedAs: string;
  citedDate: string;
  page: number;
  lastPage?: number;
}

const FOOTNOTE_LINES = SEED.split(/\r?\n/).flatMap((line) => {
  const m = /^<sup>(\d+)<\/sup>\s*(.*)$/.exec(line);
  return m ? [{ number: Number(m[1]), text: m[2]! }] : [];
});

const TRANSCRIPT_FOOTNOTES: TranscriptFootnote[] = FOOTNOTE_LINES.filter((f) => /transcript/i.test(f.text)).map((f) => {
  const m = /London Assembly, \[(Police and Crime Committee [Tt]ranscript(?: Panel \d)?)\]\([^)]*\), (\d{1,2} \w+ \d{4}), p\.\s?(\d+)(?:-(\d+))?$/.exec(
    f.text.trim(),
  );
  if (!m) throw new Error(`footnote ${f.number} mentions a transcript but is not a transcript citation: ${f.text}`);
  return {
    number: f.number,
    citedAs: m[1]!,
    citedDate: m[2]!,
    page: Number(m[3]),
    ...(m[4] ? { lastPage: Number(m[4]) } : {}),
  };
});

function transcriptFor(f: TranscriptFootnote): SampleTranscript | undefined {
  return SAMPLE_TRANSCRIPTS.find((t) => t.citedAs === f.citedAs && t.citedDate === f.citedDate);
}

/**
 * The report's body as one text: footnote definitions and rules dropped, markdown removed,
 * footnote markers kept as {{n}} so a quotation can be tied to its footnote.
 */
const BODY = SEED.split(/\r?\n/)
  .filter((l) => !/^<sup>\d+<\/sup>/.test(l) && l.trim() !== '---' && l.trim() !== '')
  .map((l) =>
    l
      .replace(/<sup>([\d ]+)<\/sup>/g, (_, n: string) => n.trim().split(/\s+/).map((x) => `{{${x}}}`).join(''))
      .replace(/\[([^\]]*)\]\(#\)/g, '$1')
      .replace(/\*+/g, '')
      .trim(),
  )
  .join('\n');

/** How the report refers to each speaker. */
const ALIASES: Record<string, string[]> = {
  'ben-bradford': ['Bradford'],
  'jyoti-belur': ['Belur'],
  'sophia-worringer': ['Worringer'],
  'stephen-walcott': ['Walcott'],
  'louise-holden': ['Holden'],
  'john-hayward-cripps': ['Hayward-Cripps'],
  'nahar-choudhury': ['Choudhury', "Solace Women's Aid"],
  'kaya-comer-schwartz': ['Comer-Schwartz', 'DMPC'],
  'matt-twist': ['Twist'],
  'claire-waxman': ['Waxman'],
  // "the Commissioner" is Sir Mark Rowley; the Victims' Commissioner is always named as such.
  'mark-rowley': ['Rowley', 'the Commissioner'],
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the report prints the passage: the occurrence nearest the passage's footnote marker. */
function locateInReport(p: QuotedPassage): { start: number; end: number } | null {
  const pattern = new RegExp(escapeRegExp(norm(p.text)).replace(/ /g, '\\s+'), 'g');
  const marker = BODY.indexOf(`{{${p.footnote}}}`);
  let best: { start: number; end: number } | null = null;
  for (const m of BODY.matchAll(pattern)) {
    const cand = { start: m.index, end: m.index + m[0].length };
    if (!best || Math.abs(cand.end - marker) < Math.abs(best.end - marker)) best = cand;
  }
  return best;
}

/**
 * Who the report says spoke the passage: the person named by an attribution heading straight after
 * a block quote ("### John Hayward-Cripps, CEO, Neighbourhood Watch"), else the person named
 * nearest before it.
 */
function speakerInReport(at: { start: number; end: number }): string | null {
  const lines = BODY.slice(at.end).split('\n');
  const nextLine = lines[1] ?? '';
  if (nextLine.startsWith('#')) {
    for (const [person, names] of Object.entries(ALIASES)) {
      if (names.some((n) => nextLine.includes(n))) return person;
    }
  }
  const before = BODY.slice(0, at.start);
  let best: { person: string; at: number } | null = null;
  for (const [person, names] of Object.entries(ALIASES)) {
    for (const n of names) {
      const i = before.lastIndexOf(n);
      if (i >= 0 && (!best || i > best.at)) best = { person, at: i };
    }
  }
  return best?.person ?? null;
}

const passageName = (p: QuotedPassage) => `fn${p.footnote} ${p.transcriptKey} p.${p.page}: ${p.text.slice(0, 50)}`;

// ---------------------------------------------------------------------------------------------

describe('sample transcripts: the manifest', () => {
  it('has the seven transcripts the report cites, each for a meeting (and panel) of the sample', () => {
    expect(SAMPLE_TRANSCRIPTS).toHaveLength(7);
    expect(new Set(SAMPLE_TRANSCRIPTS.map((t) => t.key)).size).toBe(7);
    expect(new Set(SAMPLE_TRANSCRIPTS.map((t) => t.fileName)).size).toBe(7);
    for (const t of SAMPLE_TRANSCRIPTS) {
      const meeting = SAMPLE_INVESTIGATION.meetings.find((m) => m.key === t.meetingKey);
      expect(meeting, t.key).toBeDefined();
      expect(meeting!.heldOn).toBe(t.heldOn);
      if (t.panelKey) expect(meeting!.panels.map((p) => p.key)).toContain(t.panelKey);
      else expect(meeting!.panels).toHaveLength(0);
      expect(t.fileName.endsWith(`.${t.format}`)).toBe(true);
      expect(t.pageCount).toBe(t.content.pages.length);
    }
    expect(SAMPLE_TRANSCRIPTS.map((t) => t.format).sort()).toEqual(['docx', 'docx', 'pdf', 'pdf', 'pdf', 'txt', 'txt']);
  });

  it('cites each transcript by the title and date the report prints', () => {
    const cited = new Set(TRANSCRIPT_FOOTNOTES.map((f) => `${f.citedAs}|${f.citedDate}`));
    expect(new Set(SAMPLE_TRANSCRIPTS.map((t) => `${t.citedAs}|${t.citedDate}`))).toEqual(cited);
  });
});

describe('sample transcripts: the seed report’s transcript footnotes', () => {
  it('finds every footnote that cites a transcript', () => {
    // Every footnote mentioning a transcript parsed as a citation (the parser throws otherwise).
    expect(TRANSCRIPT_FOOTNOTES).toHaveLength(79);
    expect(new Set(TRANSCRIPT_FOOTNOTES.map((f) => f.number)).size).toBe(TRANSCRIPT_FOOTNOTES.length);
  });

  it('points every transcript footnote at pages that exist in the right transcript', () => {
    for (const f of TRANSCRIPT_FOOTNOTES) {
      const t = transcriptFor(f);
      expect(t, `footnote ${f.number}`).toBeDefined();
      expect(f.page, `footnote ${f.number}`).toBeGreaterThanOrEqual(1);
      expect(f.lastPage ?? f.page, `footnote ${f.number}`).toBeLessThanOrEqual(t!.pageCount);
    }
  });

  it('covers every transcript footnote with a quoted passage or a paraphrased point', () => {
    for (const f of TRANSCRIPT_FOOTNOTES) {
      const t = transcriptFor(f)!;
      const covered =
        QUOTED_PASSAGES.some((p) => p.footnote === f.number) || PARAPHRASED_POINTS.some((p) => p.footnote === f.number);
      expect(covered, `footnote ${f.number} (${t.key} p.${f.page})`).toBe(true);
    }
  });

  it('gives each passage and point the transcript and pages its footnote cites', () => {
    for (const p of [...QUOTED_PASSAGES, ...PARAPHRASED_POINTS]) {
      const f = TRANSCRIPT_FOOTNOTES.find((x) => x.number === p.footnote);
      expect(f, `footnote ${p.footnote}`).toBeDefined();
      expect(transcriptFor(f!)?.key, `footnote ${p.footnote}`).toBe(p.transcriptKey);
      expect(p.page, `footnote ${p.footnote}`).toBe(f!.page);
      expect('lastPage' in p ? p.lastPage : f!.lastPage, `footnote ${p.footnote}`).toBe(f!.lastPage);
    }
  });
});

describe('sample transcripts: quoted passages', () => {
  it('lists the passages in the report’s order', () => {
    const numbers = QUOTED_PASSAGES.map((p) => p.footnote);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
  });

  it('prints each passage exactly as the report does, near its footnote', () => {
    for (const p of QUOTED_PASSAGES) {
      const at = locateInReport(p);
      expect(at, passageName(p)).not.toBeNull();
      const marker = BODY.indexOf(`{{${p.footnote}}}`);
      expect(marker, passageName(p)).toBeGreaterThanOrEqual(0);
      // Within the paragraph or two the footnote belongs to.
      expect(Math.abs(marker - at!.end), passageName(p)).toBeLessThan(1200);
    }
  });

  it('attributes each passage to the person the report names', () => {
    for (const p of QUOTED_PASSAGES) {
      const at = locateInReport(p)!;
      expect(speakerInReport(at), passageName(p)).toBe(p.speakerPersonKey);
    }
  });

  it('puts each passage on its cited page, in unmarked speech by that person', () => {
    for (const p of QUOTED_PASSAGES) {
      const t = sampleTranscript(p.transcriptKey);
      const parts = fragments(p.text);
      expect(parts.length, passageName(p)).toBeGreaterThan(0);
      // All of it within the cited page(s), spoken by the right person, in order.
      expect(containsInOrder(genuineSpeech(t, pagesOf(p), p.speakerPersonKey), parts), passageName(p)).toBe(true);
      // It starts on the first cited page.
      const opening = parts[0]!.split(' ').slice(0, 6).join(' ');
      expect(norm(genuineSpeech(t, [p.page], p.speakerPersonKey)), passageName(p)).toContain(opening);
      // A passage cited to one page is wholly on that page.
      if (p.lastPage === undefined) {
        expect(containsInOrder(genuineSpeech(t, [p.page], p.speakerPersonKey), parts), passageName(p)).toBe(true);
      }
    }
  });

  it('runs each passage cited to a page range across into the next page or keeps it on the first', () => {
    const ranged = QUOTED_PASSAGES.filter((p) => p.lastPage !== undefined);
    expect(ranged.length).toBeGreaterThan(0);
    for (const p of ranged) {
      const t = sampleTranscript(p.transcriptKey);
      const first = norm(genuineSpeech(t, [p.page], p.speakerPersonKey));
      const parts = fragments(p.text);
      // Either wholly on the first page, or started there and finished on the last.
      if (!containsInOrder(first, parts)) {
        const last = norm(genuineSpeech(t, [p.lastPage!], p.speakerPersonKey));
        const closing = parts[parts.length - 1]!.split(' ').slice(-6).join(' ');
        expect(last, passageName(p)).toContain(closing);
      }
    }
  });

  it('prints no unmarked paragraph that does not carry a quoted passage', () => {
    for (const t of SAMPLE_TRANSCRIPTS) {
      t.content.pages.forEach((blocks, i) => {
        const page = i + 1;
        const here = QUOTED_PASSAGES.filter((p) => p.transcriptKey === t.key && pagesOf(p).includes(page));
        for (const b of blocks.filter((x) => !x.sample)) {
          const text = norm(b.text);
          const carries = here.filter((p) =>
            fragments(p.text).some((f) => {
              const words = f.split(' ');
              if (words.length <= 4) return text.includes(f);
              for (let k = 0; k + 4 <= words.length; k++) if (text.includes(words.slice(k, k + 4).join(' '))) return true;
              return false;
            }),
          );
          expect(carries.length, `${t.key} p.${page}: ${b.text.slice(0, 60)}`).toBeGreaterThan(0);
          expect(carries.map((p) => p.speakerPersonKey), `${t.key} p.${page}: ${b.text.slice(0, 60)}`).toContain(
            SPEAKER_PERSON[b.speaker],
          );
        }
      });
    }
  });

  it('counts passages per transcript', () => {
    const counts = Object.fromEntries(
      SAMPLE_TRANSCRIPTS.map((t) => [t.key, QUOTED_PASSAGES.filter((p) => p.transcriptKey === t.key).length]),
    );
    expect(counts).toEqual({
      'transcript-2025-01-15-panel-1': 23,
      'transcript-2025-01-15-panel-2': 16,
      'transcript-2025-01-29': 35,
      'transcript-2024-12-18': 1,
      'transcript-2025-02-12': 5,
      'transcript-2024-07-17': 0,
      'transcript-2024-09-11': 0,
    });
  });
});

describe('sample transcripts: paraphrased points', () => {
  it('carries each point in a turn by the right person on the cited page', () => {
    for (const p of PARAPHRASED_POINTS) {
      const t = sampleTranscript(p.transcriptKey);
      const speech = blocksOn(t, p.page)
        .filter((b) => SPEAKER_PERSON[b.speaker] === p.speakerPersonKey)
        .map((b) => b.text)
        .join(' ');
      expect(speech, `fn${p.footnote}`).toContain(p.marker);
    }
  });

  it('names the speaker the report names, where it names one', () => {
    for (const p of PARAPHRASED_POINTS.filter((x) => x.speakerNamedByReport)) {
      const marker = BODY.indexOf(`{{${p.footnote}}}`);
      expect(marker, `fn${p.footnote}`).toBeGreaterThanOrEqual(0);
      const at = { start: marker, end: marker };
      expect(speakerInReport(at), `fn${p.footnote}`).toBe(p.speakerPersonKey);
    }
  });
});

describe('sample transcripts: content', () => {
  it('marks every invented paragraph and prints the sample notice on page 1', () => {
    for (const t of SAMPLE_TRANSCRIPTS) {
      const first = printedBlocks(t.content, 1);
      expect(first.filter((b) => b.kind === 'notice').map((b) => b.text)).toEqual([...SAMPLE_NOTICE]);
      expect(SAMPLE_NOTICE[0]).toBe(
        "SAMPLE TRANSCRIPT. Made for the Scrutiny Workbench sample investigation. Only the passages quoted in the committee's report are genuine; all other text is invented to fill the pages and is marked [Sample text].",
      );
      for (let n = 1; n <= t.pageCount; n++) {
        for (const b of printedBlocks(t.content, n)) {
          if (b.kind === 'speech' && b.sample) expect(b.text.startsWith(`${SAMPLE_MARKER} `)).toBe(true);
          if (b.kind === 'speech' && !b.sample) expect(b.text.includes(SAMPLE_MARKER)).toBe(false);
        }
      }
    }
  });

  it('prints a London Assembly header block on page 1', () => {
    for (const t of SAMPLE_TRANSCRIPTS) {
      const [appendix, committee, item] = t.content.headerLines;
      expect(appendix).toBe('Appendix 1');
      expect(committee).toBe(`Police and Crime Committee – ${t.citedDate}`);
      expect(item).toMatch(/^Transcript of Agenda Item \d+ – /);
      expect(t.content.runningHeader).toBe(`Police and Crime Committee – ${t.citedDate}`);
    }
  });

  it('has only known speakers: the two members the report names and the meeting’s guests', () => {
    for (const t of SAMPLE_TRANSCRIPTS) {
      const meeting = SAMPLE_INVESTIGATION.meetings.find((m) => m.key === t.meetingKey)!;
      const guests = new Set(
        (t.panelKey ? meeting.panels.find((p) => p.key === t.panelKey)!.participants : meeting.participants).map((p) => p.person),
      );
      // Meetings the report names no guests for: the sample's choice of speaker for its points.
      if (guests.size === 0) {
        for (const p of PARAPHRASED_POINTS.filter((x) => x.transcriptKey === t.key && !x.speakerNamedByReport)) {
          guests.add(p.speakerPersonKey);
        }
      }
      for (const page of t.content.pages) {
        for (const b of page) {
          expect(SPEAKER_PERSON[b.speaker], `${t.key}: ${b.speaker}`).toBeDefined();
          if (b.speaker === HALL || b.speaker === GARBETT) continue;
          expect(guests.has(SPEAKER_PERSON[b.speaker]!), `${t.key}: ${b.speaker}`).toBe(true);
        }
      }
    }
  });

  it('keeps pages realistic: a few turns and a page’s worth of words, continuations only after a turn', () => {
    for (const t of SAMPLE_TRANSCRIPTS) {
      t.content.pages.forEach((blocks, i) => {
        const words = pageText(t.content, i + 1).split(/\s+/).filter(Boolean).length;
        expect(words, `${t.key} p.${i + 1}`).toBeGreaterThanOrEqual(100);
        expect(words, `${t.key} p.${i + 1}`).toBeLessThanOrEqual(400);
        expect(blocks.length, `${t.key} p.${i + 1}`).toBeGreaterThan(0);
        blocks.forEach((b, j) => {
          expect(b.text, `${t.key} p.${i + 1}`).toBe(norm(b.text));
          expect(b.text).not.toMatch(/\[(?:\.\.\.|…)/);
          if (b.continued) {
            const prev = j > 0 ? blocks[j - 1] : t.content.pages[i - 1]?.at(-1);
            expect(prev?.speaker, `${t.key} p.${i + 1}: continuation`).toBe(b.speaker);
          }
        });
      });
      expect(t.content.pages[0]![0]!.continued).toBeFalsy();
    }
  });
});

describe('sample transcripts: the files', () => {
  let regenerated: string;
  beforeAll(async () => {
    regenerated = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-transcripts-'));
    await writeSampleTranscripts(regenerated);
  });
  afterAll(() => {
    fs.rmSync(regenerated, { recursive: true, force: true });
  });

  it('are exactly what the generator makes from the content data', () => {
    for (const t of SAMPLE_TRANSCRIPTS) {
      const committed = fs.readFileSync(path.join(FILES_DIR, t.fileName));
      const fresh = fs.readFileSync(path.join(regenerated, t.fileName));
      expect(committed.equals(fresh), `${t.fileName} is stale: run npx tsx scripts/make-sample-transcripts.ts`).toBe(true);
    }
  });

  it('are small', () => {
    const total = SAMPLE_TRANSCRIPTS.reduce((sum, t) => sum + fs.statSync(path.join(FILES_DIR, t.fileName)).size, 0);
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });

  it('PDFs are valid PDFs with one page per content page', async () => {
    for (const t of SAMPLE_TRANSCRIPTS.filter((x) => x.format === 'pdf')) {
      const bytes = fs.readFileSync(path.join(FILES_DIR, t.fileName));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(doc.getPageCount(), t.fileName).toBe(t.pageCount);
      expect(doc.getCreationDate()?.toISOString()).toBe(`${t.heldOn}T00:00:00.000Z`);
    }
  });

  it('Word files are zips with word/document.xml, one page break per page after the first', async () => {
    for (const t of SAMPLE_TRANSCRIPTS.filter((x) => x.format === 'docx')) {
      const entries = await readZipEntries(fs.readFileSync(path.join(FILES_DIR, t.fileName)));
      const xml = entries.get('word/document.xml')?.toString('utf8');
      expect(xml, t.fileName).toBeDefined();
      expect(docxPages(xml!)).toHaveLength(t.pageCount);
      expect(entries.get('docProps/core.xml')!.toString('utf8')).toContain(`${t.heldOn}T00:00:00Z`);
      const header = [...entries.keys()].find((k) => /^word\/header\d*\.xml$/.test(k));
      const footer = [...entries.keys()].find((k) => /^word\/footer\d*\.xml$/.test(k));
      expect(entries.get(header!)!.toString('utf8')).toContain(t.content.runningHeader);
      expect(entries.get(footer!)!.toString('utf8')).toMatch(/PAGE/);
    }
  });

  it('text files are UTF-8 with a form feed between pages', () => {
    for (const t of SAMPLE_TRANSCRIPTS.filter((x) => x.format === 'txt')) {
      const bytes = fs.readFileSync(path.join(FILES_DIR, t.fileName));
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const pages = text.split('\f');
      expect(pages, t.fileName).toHaveLength(t.pageCount);
      pages.forEach((page, i) => {
        expect(page.startsWith(`${t.content.runningHeader}\n`)).toBe(true);
        expect(page.trimEnd().endsWith(`\n${i + 1}`)).toBe(true);
      });
    }
  });

  it('keep every passage on its cited page once the text is extracted', async () => {
    for (const t of SAMPLE_TRANSCRIPTS) {
      const bytes = fs.readFileSync(path.join(FILES_DIR, t.fileName));
      let pages: string[];
      if (t.format === 'pdf') pages = await pdfPages(bytes, t.content.runningHeader);
      else if (t.format === 'docx') pages = docxPages((await readZipEntries(bytes)).get('word/document.xml')!.toString('utf8'));
      else pages = txtPages(bytes.toString('utf8'), t.content.runningHeader);
      expect(pages, t.fileName).toHaveLength(t.pageCount);
      // The extracted page holds the same words as the content data (line breaks aside).
      pages.forEach((page, i) => {
        expect(norm(page), `${t.fileName} p.${i + 1}`).toBe(norm(pageText(t.content, i + 1)));
      });
      for (const p of QUOTED_PASSAGES.filter((x) => x.transcriptKey === t.key)) {
        const span = pagesOf(p).map((n) => pages[n - 1]!).join('\n');
        expect(containsInOrder(span, fragments(p.text)), passageName(p)).toBe(true);
        expect(norm(pages[p.page - 1]!), passageName(p)).toContain(fragments(p.text)[0]!.split(' ').slice(0, 6).join(' '));
      }
      for (const p of PARAPHRASED_POINTS.filter((x) => x.transcriptKey === t.key)) {
        expect(norm(pages[p.page - 1]!), `fn${p.footnote}`).toContain(p.marker);
      }
    }
  });
});
