/**
 * The Word export opened by another word processor: LibreOffice (headless, a profile of its own
 * per run, under `timeout 120`) converts each exported document to PDF, and pdftotext reads it.
 *
 * - The sample: every recommendation and every contents heading in the PDF.
 * - A second report, unlike the sample, built through the API as a clerk would (its own committee,
 *   chapters, paragraphs with footnotes, a list, a witness quote from an imported transcript, a
 *   chart, recommendations with bullets and a member's dissent), checked the same way as the
 *   sample: footnote references against footnotes, mammoth's reading, LibreOffice's.
 * - Bad input: control characters, emoji, very long words and 2,000 footnotes still make a valid
 *   document that LibreOffice opens.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { findExport, renderDocx } from '../../backend/export';
import type { ExportResult } from '../../shared/domain/export';
import type { Inline, ModelFootnote, ReportModel } from '../../shared/report/model';
import { convertToPdf, pdfText } from '../../scripts/render-docx-pages';
import { sampleBackend, tempBackend, tempDir } from '../helpers/temp';
import { footnoteTexts, normalise, paragraphs, seedContents, unzipText } from './export-docx-read';

const LIBREOFFICE_TIMEOUT = 240_000;

/**
 * The PDF's body text, page by page, without what is not body: the page number (the last line)
 * and the footnotes at the foot of each page (from the first line that starts with a footnote's
 * number and its words), so that a paragraph or box that runs over a page reads on unbroken.
 */
function bodyText(pdf: string, footnotes: readonly { number: number; text: string }[]): string {
  const openings = new Map(footnotes.map((f) => [f.number, normalise(f.text).slice(0, 20)]));
  return pdfText(pdf)
    .split('\f')
    .map((page) => {
      const lines = page.split('\n').map((l) => l.trim());
      while (lines.length > 0 && (lines[lines.length - 1] === '' || /^\d+$/.test(lines[lines.length - 1]!))) lines.pop();
      const start = lines.findIndex((line) => {
        const match = /^(\d+)\s*(.*)$/.exec(line);
        const opening = match ? openings.get(Number(match[1])) : undefined;
        return opening !== undefined && normalise(match![2]!).startsWith(opening.slice(0, Math.min(opening.length, normalise(match![2]!).length, 12))) && normalise(match![2]!).length > 0;
      });
      return (start >= 0 ? lines.slice(0, start) : lines).join(' ');
    })
    .join(' ');
}

async function exportedFile(backend: Backend, result: ExportResult, dir: string): Promise<{ file: string; bytes: Buffer }> {
  const file = path.join(dir, 'export.docx');
  fs.copyFileSync(findExport(backend.storePath, result.exportId)!.path, file);
  return { file, bytes: fs.readFileSync(file) };
}

/** Every XML part parses (a stray control character would make Word refuse the file). */
function assertWellFormed(parts: Map<string, string>): void {
  for (const [name, xml] of parts) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    expect(() => new SaxesParser({ xmlns: true }).write(xml).close(), name).not.toThrow();
  }
}

describe('the sample in LibreOffice', () => {
  it(
    'converts to PDF with every recommendation and contents heading in it',
    async () => {
      const { backend, investigationId } = await sampleBackend();
      const model = await backend.client.call('report.model', { investigationId });
      const result = await backend.client.call('export.docx', { investigationId });
      const dir = tempDir();
      const { file } = await exportedFile(backend, result, dir);
      const pdf = convertToPdf(file, dir);
      expect(fs.statSync(pdf).size).toBeGreaterThan(50_000);
      const body = normalise(bodyText(pdf, model.footnotes));
      for (const recommendation of model.recommendations) {
        expect(body).toContain(`Recommendation ${recommendation.number}`);
        for (const part of recommendation.parts) expect(body, part.text).toContain(normalise(part.text));
      }
      // The Contents page lists the seed's headings in order, and each heading is printed in the body after it.
      let at = body.indexOf('Contents');
      for (const heading of seedContents()) {
        const next = body.indexOf(heading, at);
        expect(next, heading).toBeGreaterThanOrEqual(0);
        at = next;
      }
      for (const heading of seedContents().slice(4)) expect(body.lastIndexOf(heading), heading).toBeGreaterThan(body.indexOf('Connect with us'));
    },
    LIBREOFFICE_TIMEOUT,
  );
});

// ── A second report, built through the API ───────────────────────────────────────────────────

/** A real PNG (a small bar chart), made here so the chart's image round-trips through the store. */
function barChartPng(width = 480, height = 240): Uint8Array {
  const bars = [0.35, 0.6, 0.8, 0.5, 0.9];
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3, 255);
    row[0] = 0;
    for (let x = 0; x < width; x += 1) {
      const bar = Math.floor((x / width) * bars.length);
      const inBar = x % (width / bars.length) > 12 && y > height * (1 - bars[bar]!);
      if (inBar) row.set([29, 90, 140], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]),
  );
}

const doc = (...paragraphs: unknown[]) => ({ type: 'doc', content: paragraphs });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const note = (footnoteId: string) => ({ type: 'footnote', attrs: { footnoteId } });

const TRANSCRIPT = [
  'Ada Quayle AM (Chair): Welcome to this meeting on air quality around London’s schools.',
  'Dr Priya Natarajan (Director, Clean Air Schools Network): Children breathe the dirtiest air of the day at the school gate, and the streets that are closed to traffic at drop-off show it can be changed within a term.',
  '\f',
  'Ada Quayle AM (Chair): Thank you. What would you ask the Mayor to do first?',
  'Dr Priya Natarajan (Director, Clean Air Schools Network): Put a school street outside every primary school on a main road, and publish the readings.',
].join('\n');

async function buildSecondReport(backend: Backend) {
  const { client } = backend;
  const { id: investigationId } = await client.call('investigations.create', { title: 'Clearing the air at the school gate', committeeName: 'London Assembly Environment Committee' });
  const { committee } = await client.call('investigations.get', { id: investigationId });
  await client.call('members.add', { committeeId: committee.id, person: { fullName: 'Ada Quayle', postNominals: 'AM' }, role: 'chairman' });
  const dissenter = await client.call('members.add', { committeeId: committee.id, person: { fullName: 'Ben Okafor', postNominals: 'AM' }, role: 'member' });

  const meeting = await client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-05-14', title: 'Air quality near schools' });
  const upload = await client.upload('air-quality.txt', new TextEncoder().encode(TRANSCRIPT).buffer as ArrayBuffer);
  const { transcriptId } = await client.call('transcripts.import', { uploadId: upload.uploadId, meetingId: meeting.id });
  const detail = await client.call('transcripts.get', { id: transcriptId });
  const whole = detail.pages.map((p) => p.text).join('');
  const phrase = 'Children breathe the dirtiest air of the day at the school gate';
  const quote = await client.call('quotes.create', { transcriptId, startOffset: whole.indexOf(phrase), endOffset: whole.indexOf(phrase) + phrase.length });

  const inventory = await client.call('sources.create', { investigationId, kind: 'dashboard', publisher: 'Greater London Authority', title: 'London Atmospheric Emissions Inventory', url: 'https://data.london.gov.uk/dataset/laei', accessedOn: '2025-04-02' });
  const guidance = await client.call('sources.create', { investigationId, kind: 'report', publisher: 'Department for Education', title: 'Air quality in schools: guidance', url: 'https://www.gov.uk/government/publications/air-quality', publishedOn: '2024-11-20' });
  const first = await client.call('footnotes.create', { investigationId, citations: [{ sourceId: inventory.id }] });
  const second = await client.call('footnotes.create', { investigationId, textBefore: 'See ', citations: [{ sourceId: guidance.id, locator: 'p.12' }], textAfter: '. The guidance is advisory.' });

  const introduction = await client.call('chapters.create', { investigationId, kind: 'introduction', title: 'Introduction' });
  const chapter = await client.call('chapters.create', { investigationId, kind: 'chapter', title: 'Air at the school gate' });
  const closing = await client.call('chapters.create', { investigationId, kind: 'closing_matter', title: 'About this report' });
  const section = await client.call('sections.create', { chapterId: chapter.id, title: 'School streets' });

  await client.call('blocks.create', { chapterId: introduction.id, block: { kind: 'paragraph', content: doc(para(text('Nitrogen dioxide near schools on main roads is still above the legal limit.'), note(first.id), text(' The Committee asked what works.'))) } });
  await client.call('blocks.create', { chapterId: chapter.id, block: { kind: 'paragraph', content: doc(para(text('We heard from the '), text('Clean Air Schools Network', [{ type: 'bold' }]), text(' that:'))) } });
  await client.call('blocks.create', { chapterId: chapter.id, block: { kind: 'quote', content: { quoteId: quote.id } } });
  await client.call('blocks.create', { chapterId: chapter.id, sectionId: section.id, block: { kind: 'heading', content: { text: 'What the guidance says', level: 3 } } });
  await client.call('blocks.create', { chapterId: chapter.id, sectionId: section.id, block: { kind: 'list', content: doc({ type: 'bulletList', content: [{ type: 'listItem', content: [para(text('closures at drop-off and pick-up'))] }, { type: 'listItem', content: [para(text('monitoring at the gate'), note(second.id))] }] }) } });
  const png = await client.upload('no2-chart.png', barChartPng().buffer as ArrayBuffer);
  const figure = await client.call('figures.save', { investigationId, title: 'Nitrogen dioxide at five school gates, 2024', chartKind: 'groups', uploadId: png.uploadId });
  await client.call('blocks.create', { chapterId: chapter.id, sectionId: section.id, block: { kind: 'chart', content: { figureId: figure.id } } });
  const one = await client.call('recommendations.create', { chapterId: chapter.id, sectionId: section.id, parts: [{ kind: 'paragraph', text: 'The Mayor should fund a school street outside every primary school on a main road by September 2026.' }] });
  const two = await client.call('recommendations.create', {
    chapterId: chapter.id,
    sectionId: section.id,
    parts: [
      { kind: 'paragraph', text: 'Transport for London should publish, each term:' },
      { kind: 'bullet', text: 'nitrogen dioxide readings at every school street' },
      { kind: 'bullet', text: 'the number of fines issued at each closure' },
    ],
  });
  const model = await client.call('report.model', { investigationId });
  const partId = model.recommendations.find((r) => r.id === two.recommendationId)!.parts[2]!.id;
  await client.call('objections.create', { kind: 'dissent', memberPersonId: dissenter.person.id, recommendationId: two.recommendationId, recommendationPartId: partId, text: 'Ben Okafor AM dissents from part of Recommendation 2: publishing fines by school would single out families.', citations: [] });
  await client.call('blocks.create', { chapterId: closing.id, block: { kind: 'paragraph', content: doc(para(text('Summaries are available in other languages: '), text('اگر آپ کو اس رپورٹ کا خلاصہ درکار ہو تو ہم سے رابطہ کریں۔'), text(' 🌍 Questions? Email '), text('environment@london.gov.uk', [{ type: 'link', attrs: { href: 'mailto:environment@london.gov.uk' } }]))) } });
  return { investigationId, recommendationIds: [one.recommendationId, two.recommendationId], quoteText: phrase };
}

describe('a second report, built through the API', () => {
  it(
    'exports with its footnotes, recommendations, quote, chart and dissent, and LibreOffice and mammoth read it',
    async () => {
      const backend = await tempBackend();
      const { investigationId, quoteText } = await buildSecondReport(backend);
      const model = await backend.client.call('report.model', { investigationId });
      expect(model.recommendations).toHaveLength(2);
      expect(model.footnotes.map((f) => f.origin)).toEqual(['text', 'quote', 'text', 'dissent']);

      const result = await backend.client.call('export.docx', { investigationId });
      expect(result).toMatchObject({ footnoteCount: 4, recommendationCount: 2, fileName: 'Clearing the air at the school gate.docx' });
      const dir = tempDir();
      const { file, bytes } = await exportedFile(backend, result, dir);
      const parts = await unzipText(bytes);
      assertWellFormed(parts);
      const document = parts.get('word/document.xml')!;
      const body = paragraphs(document);
      const notes = footnoteTexts(parts.get('word/footnotes.xml')!);
      expect(body.flatMap((p) => p.footnoteRefs)).toEqual([1, 2, 3, 4]);
      expect([...notes.values()].map(normalise)).toEqual(model.footnotes.map((f) => normalise(f.text)));
      expect(notes.get(4)).toContain('Ben Okafor AM dissents from part of Recommendation 2');
      // The dissent is on the bullet it is from.
      expect(body.find((p) => p.text === 'the number of fines issued at each closure')).toMatchObject({ inTable: true, style: 'ListBullet', footnoteRefs: [4] });
      for (const recommendation of model.recommendations) for (const part of recommendation.parts) expect(body.some((p) => p.inTable && normalise(p.text) === normalise(part.text)), part.text).toBe(true);
      expect(body.find((p) => p.style === 'Quote')).toMatchObject({ text: `“${quoteText}”`, footnoteRefs: [2] });
      const quoteBlock = model.chapters.flatMap((c) => c.blocks).find((b) => b.kind === 'quote')!;
      expect(body.find((p) => p.style === 'QuoteAttribution')!.text).toBe(quoteBlock.kind === 'quote' ? quoteBlock.attribution : null);
      expect(body.find((p) => p.style === 'QuoteAttribution')!.text).toMatch(/^Dr Priya Natarajan\b/);
      // The chart: the PNG itself, with its title as alt text, and as a caption.
      expect(document).toMatch(/<wp:docPr [^>]*descr="Nitrogen dioxide at five school gates, 2024"/);
      expect(body.find((p) => p.style === 'Caption')!.text).toBe('Nitrogen dioxide at five school gates, 2024');
      expect([...parts.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
      // Its contents are its own.
      const entries = body.filter((p) => p.style === 'TOC1' || p.style === 'TOC2').map((p) => normalise(p.text));
      expect(entries).toEqual(model.contents.map((c) => normalise(c.text)));
      expect(entries).toContain('Chapter one: Air at the school gate');

      const { value } = await mammoth.convertToHtml({ buffer: bytes });
      expect(value.match(/<li id="footnote-\d+">/g)).toHaveLength(4);
      expect(value).toContain('<img');

      const pdf = convertToPdf(file, dir);
      const pdfBody = normalise(bodyText(pdf, model.footnotes));
      for (const recommendation of model.recommendations) for (const part of recommendation.parts) expect(pdfBody, part.text).toContain(normalise(part.text));
      for (const entry of model.contents) expect(pdfBody, entry.text).toContain(normalise(entry.text));
      expect(pdfBody).toContain(quoteText);
    },
    LIBREOFFICE_TIMEOUT,
  );
});

// ── Bad input ──────────────────────────────────────────────────────────────────────────────────

const CONTROL = 'Bell\u0007, backspace\u0008, form feed\u000C, NUL\u0000, escape\u001B, DEL\u007F, C1\u0085 next line, a lone surrogate \uD800 and \uFFFF';
const EMOJI = 'Emoji stay: 👍🏽 🇬🇧 👩‍👩‍👧 🚓';
const LONG_WORD = `Pneumonoultramicroscopicsilicovolcanoconiosis${'x'.repeat(3000)}end`;
const MARKUP = 'Markup is text: <w:p> & "quotes" \'and\' ]]> </w:document>';

/** A report model as the builder would make it, with 2,000 footnotes and the awkward text above. */
function stressModel(footnoteCount = 2000): ReportModel {
  const chapterId = 'chapter-1';
  const footnotes: ModelFootnote[] = Array.from({ length: footnoteCount }, (_, i) => {
    const runs = [{ text: `Source ${i + 1}, ` }, { text: `Dataset ${i + 1}${i % 97 === 0 ? ` ${CONTROL}` : ''}`, href: `https://example.org/data/${i + 1}` }, { text: `, accessed ${1 + (i % 28)} March 2025` }];
    return { number: i + 1, footnoteId: null, objectionId: null, origin: 'text', runs, text: runs.map((r) => r.text).join(''), chapterId, blockId: null };
  });
  const paragraphs = Array.from({ length: footnoteCount / 10 }, (_, p) => ({
    type: 'paragraph' as const,
    inlines: Array.from({ length: 10 }, (_, k): Inline[] => [{ type: 'text', text: `Sentence ${p * 10 + k + 1} of the stress report cites a source.` }, { type: 'footnote', number: p * 10 + k + 1 }]).flat(),
  }));
  return {
    investigationId: 'stress',
    title: `Stress ${CONTROL}`,
    committeeName: 'Test Committee',
    body: 'Test Assembly',
    coverLine: 'Test Committee',
    committeeDescription: MARKUP,
    contactUs: [{ name: `Clerk ${EMOJI}`, jobTitle: CONTROL, email: 'clerk@example.org' }],
    contents: [
      { level: 1, text: 'Stress', anchor: 'cover' },
      { level: 1, text: 'Test Committee', anchor: 'committee' },
      { level: 2, text: 'Contact us', anchor: 'contact-us' },
      { level: 1, text: 'Contents', anchor: 'contents' },
      { level: 1, text: `Chapter ${CONTROL}`, anchor: 'chapter-1' },
    ],
    chapters: [
      {
        id: chapterId,
        kind: 'chapter',
        role: null,
        heading: `Chapter ${CONTROL}`,
        anchor: 'chapter-1',
        signature: null,
        blocks: [
          { kind: 'paragraph', blockId: 'b1', content: [{ type: 'paragraph', inlines: [{ type: 'text', text: `${CONTROL}. ${EMOJI}. ${MARKUP}. ${LONG_WORD}` }, { type: 'text', text: ' a javascript link', href: 'javascript:alert(1)' }] }] },
          { kind: 'heading', blockId: 'b2', level: 3, text: `Heading ${CONTROL}`, anchor: 'block-b2' },
          { kind: 'quote', blockId: 'b3', quoteId: 'q1', text: `${EMOJI} ${LONG_WORD}`, attribution: `Witness ${CONTROL}`, footnote: null, status: 'exact' },
          {
            kind: 'recommendation',
            blockId: 'b4',
            recommendation: { recommendationId: 'r1', number: 1, heading: 'Recommendation 1', parts: [{ partId: 'p1', kind: 'paragraph', inlines: [{ type: 'text', text: `${CONTROL} ${LONG_WORD}` }] }, { partId: 'p2', kind: 'bullet', inlines: [{ type: 'text', text: EMOJI }] }] },
          },
          { kind: 'list', blockId: 'b5', content: [{ type: 'bulletList', items: [[{ type: 'paragraph', inlines: [{ type: 'text', text: 'outer' }] }, { type: 'bulletList', items: [[{ type: 'paragraph', inlines: [{ type: 'text', text: 'inner' }] }]] }]] }] },
          { kind: 'paragraph', blockId: 'b6', content: paragraphs },
        ],
        sections: [],
      },
    ],
    recommendations: [],
    footnotes,
    problems: [],
  };
}

describe('bad input still makes a valid document', () => {
  it(
    'keeps emoji, drops control characters, breaks nothing on a 3,000-letter word, and holds 2,000 footnotes that LibreOffice opens',
    async () => {
      const model = stressModel();
      const rendered = await renderDocx(model);
      expect(rendered.footnoteCount).toBe(2000);
      const parts = await unzipText(rendered.bytes);
      assertWellFormed(parts);
      const document = parts.get('word/document.xml')!;
      // eslint-disable-next-line no-control-regex
      for (const [name, xml] of parts) if (name.endsWith('.xml')) expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(document).toContain('Bell, backspace, form feed, NUL, escape, DEL, C1');
      expect(document).toContain('👍🏽 🇬🇧 👩‍👩‍👧 🚓');
      expect(document).toContain(LONG_WORD);
      expect(document).toContain('Markup is text: &lt;w:p&gt; &amp; &quot;quotes&quot; &apos;and&apos; ]]&gt; &lt;/w:document&gt;');
      expect(document).not.toContain('javascript:');
      expect(parts.get('word/_rels/document.xml.rels')).not.toContain('javascript:');
      const body = paragraphs(document);
      expect(body.flatMap((p) => p.footnoteRefs)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
      expect(footnoteTexts(parts.get('word/footnotes.xml')!).size).toBe(2000);
      expect(body.filter((p) => p.style === 'ListBullet').map((p) => p.text)).toEqual([EMOJI, 'outer', 'inner']);

      const dir = tempDir();
      const file = path.join(dir, 'stress.docx');
      fs.writeFileSync(file, rendered.bytes);
      const pdf = convertToPdf(file, dir);
      const textOut = pdfText(pdf);
      expect(textOut).toContain('Sentence 2000 of the stress report cites a source.');
      expect(textOut).toContain('Source 2000, Dataset 2000, accessed');
      expect(textOut.replace(/\s+/g, '')).toContain(LONG_WORD.slice(0, 200));
    },
    LIBREOFFICE_TIMEOUT,
  );
});
