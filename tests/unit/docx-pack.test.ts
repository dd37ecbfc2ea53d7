/**
 * The Word export zips docx's compiled package with Node's zlib (backend/export/docx/pack.ts and
 * zip-package.ts), reaching docx's packer's compiler. These tests fail if a docx upgrade moves it
 * (the export would still work, through Packer.toBuffer, but slower), check that the two give the
 * same package, part for part, in the same order, and read the zip's own records (headers,
 * checksums, sizes, the central directory) independently of the writer.
 */
import { Document, FootnoteReferenceRun, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { packDocx, packsWithNodeZlib } from '../../backend/export/docx/pack';
import { zipPackage } from '../../backend/export/docx/zip-package';
import { unzipText } from '../integration/export-docx-read';

// A 1×1 PNG, so the package holds a media file (stored rather than deflated).
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function sampleDocument(): Document {
  return new Document({
    creator: 'Police and Crime Committee',
    footnotes: { 1: { children: [new Paragraph('London Assembly, Police and Crime Committee, 18 December 2024, p.3')] } },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('The Committee recommends a review.'), new FootnoteReferenceRun(1)] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 }, altText: { name: 'chart', description: 'A chart', title: 'Chart' } })] }),
          new Paragraph('Ελληνικά · 中文 · اردو'),
        ],
      },
    ],
  });
}

/** docProps/core.xml carries the time of writing; the rest must match exactly. */
const withoutTimes = (xml: string) => xml.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '');

describe('packing a .docx with Node zlib', () => {
  test('docx still holds the compiler the fast path uses', () => {
    expect(packsWithNodeZlib()).toBe(true);
  });

  test('gives the same parts, in the same order, as docx’s own packer', async () => {
    const document = sampleDocument();
    const ours = await unzipText(await packDocx(document));
    const theirs = await unzipText(await Packer.toBuffer(document));
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    expect([...ours.keys()].some((name) => name.startsWith('word/media/'))).toBe(true);
    for (const [name, text] of theirs) expect(withoutTimes(ours.get(name)!), name).toBe(withoutTimes(text));
  });
});

/** CRC-32 (IEEE), bit by bit: slow and independent of the writer's zlib.crc32. */
function referenceCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Reads a zip through its end record and central directory, as unzip does, and each local header. */
function readZip(zip: Buffer): { name: string; method: number; data: Buffer; flags: number }[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  expect(at + zip.readUInt32LE(end + 12)).toBe(end);
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const flags = zip.readUInt16LE(at + 8);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    expect(zip.subarray(local + 30, local + 30 + nameLength).toString('utf8')).toBe(name);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + compressed);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(data.length, name).toBe(size);
    expect(referenceCrc32(data), name).toBe(crc);
    entries.push({ name, method, data, flags });
  }
  return entries;
}

describe('the Word package zip writer', () => {
  test('writes records an independent reader accepts: checksums, sizes, UTF-8 names, stored and deflated parts', () => {
    const xml = Buffer.from('<w:document>' + 'Recommendation 8 — “dissent” '.repeat(2000) + '</w:document>', 'utf8');
    const parts = new Map<string, Uint8Array>([
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['word/document.xml', xml],
      ['word/media/chart – 1.png', PIXEL],
      ['word/empty.xml', new Uint8Array(0)],
    ]);
    const zip = zipPackage(parts, (name) => !name.endsWith('.png'));
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual([...parts.keys()]);
    expect(entries.map((e) => e.method)).toEqual([8, 8, 0, 8]);
    expect(entries.every((e) => (e.flags & 0x0800) !== 0)).toBe(true);
    for (const entry of entries) expect(entry.data.equals(Buffer.from(parts.get(entry.name)!)), entry.name).toBe(true);
    // Deflated: the repeated XML is far smaller in the zip.
    expect(zip.length).toBeLessThan(xml.length / 10);
    // The same parts make the same bytes (a fixed date in every header).
    expect(zipPackage(parts, (name) => !name.endsWith('.png')).equals(zip)).toBe(true);
  });

  test('a packed document with a footnote and an image reads back through its own records', async () => {
    const zip = await packDocx(sampleDocument());
    const names = readZip(zip).map((e) => e.name);
    expect(names).toContain('word/document.xml');
    expect(names).toContain('word/footnotes.xml');
  });
});
