/**
 * Reading a written .docx back for the export tests, independently of the code that wrote it:
 * yauzl unzips it, saxes reads its XML. Shared by export-docx*.test.ts (not a test itself).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import yauzl from 'yauzl';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Every part of a zip, by name, as text. */
export async function unzipText(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, z) => (error || !z ? reject(error) : resolve(z))),
  );
  const parts = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
        stream.on('error', reject);
      });
    });
    zip.readEntry();
  });
  return parts;
}

export interface XmlParagraph {
  text: string;
  style: string | null;
  /** Inside a table (a recommendation's box). */
  inTable: boolean;
  bidi: boolean;
  /** w:footnoteReference ids, in order. */
  footnoteRefs: number[];
}

function wAttr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && a.uri === W) return a.value;
  return undefined;
}

/**
 * The paragraphs of a WordprocessingML part, in order: their text (w:t; w:tab a tab, w:br a line
 * break), style, whether in a table, and footnote references. For footnotes.xml, `footnoteOf`
 * gives each paragraph's footnote id.
 */
export function paragraphs(xml: string): (XmlParagraph & { footnoteId: number | null; footnoteType: string | null })[] {
  const out: (XmlParagraph & { footnoteId: number | null; footnoteType: string | null })[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let current: (XmlParagraph & { footnoteId: number | null; footnoteType: string | null }) | null = null;
  let inText = false;
  let tables = 0;
  let footnote: { id: number; type: string | null } | null = null;
  parser.on('opentag', (tag) => {
    if (tag.uri !== W) return;
    if (tag.local === 'footnote') footnote = { id: Number(wAttr(tag, 'id')), type: wAttr(tag, 'type') ?? null };
    else if (tag.local === 'tbl') tables += 1;
    else if (tag.local === 'p') current = { text: '', style: null, inTable: tables > 0, bidi: false, footnoteRefs: [], footnoteId: footnote?.id ?? null, footnoteType: footnote?.type ?? null };
    else if (!current) return;
    else if (tag.local === 'pStyle') current.style = wAttr(tag, 'val') ?? null;
    else if (tag.local === 'bidi') current.bidi = true;
    else if (tag.local === 't') inText = true;
    else if (tag.local === 'tab' && !tag.attributes['w:val']) current.text += '\t';
    else if (tag.local === 'br') current.text += '\n';
    else if (tag.local === 'footnoteReference') current.footnoteRefs.push(Number(wAttr(tag, 'id')));
  });
  parser.on('text', (text) => {
    if (inText && current) current.text += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.uri !== W) return;
    if (tag.local === 't') inText = false;
    else if (tag.local === 'tbl') tables -= 1;
    else if (tag.local === 'footnote') footnote = null;
    else if (tag.local === 'p' && current) {
      out.push(current);
      current = null;
    }
  });
  parser.write(xml).close();
  return out;
}

/** The footnotes of footnotes.xml (separators left out), id → text, in id order. */
export function footnoteTexts(footnotesXml: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const p of paragraphs(footnotesXml)) {
    if (p.footnoteId === null || p.footnoteType !== null) continue;
    notes.set(p.footnoteId, `${notes.get(p.footnoteId) ?? ''}${p.text}`);
  }
  return new Map([...notes].sort((a, b) => a[0] - b[0]));
}

/** Typographic quotes straight, runs of whitespace as one space: all the comparison allows (as the sources and report-model tests). */
export function normalise(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/seed');
export const SEED_LINES = fs
  .readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => fs.readFileSync(path.join(SEED_DIR, f), 'utf8'))
  .join('\n')
  .split(/\r?\n/);

/** The seed's footnotes in number order, links reduced to their words, normalised. */
export function seedFootnotes(): string[] {
  const notes = new Map<number, string>();
  for (const line of SEED_LINES) {
    const match = /^<sup>(\d+)<\/sup> (.*)$/.exec(line);
    if (match) notes.set(Number(match[1]), match[2]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
  }
  return [...notes.keys()].sort((a, b) => a - b).map((n) => normalise(notes.get(n)!));
}

/** The seed's "## Contents" list, page numbers and leader dots removed. */
export function seedContents(): string[] {
  const start = SEED_LINES.findIndex((l) => l.trim() === '## Contents');
  const entries: string[] = [];
  for (const line of SEED_LINES.slice(start + 1)) {
    if (/^#/.test(line)) break;
    if (line.trim() === '') continue;
    entries.push(normalise(line.replace(/\s*\.{2,}\s*\d+\s*$/, '')));
  }
  return entries;
}
