/**
 * The Word export, checked on the document it writes (unzipped and read back with yauzl and
 * saxes, and by mammoth, an independent reader), never on the renderer's inputs:
 *
 * - the sample beside the seed: 151 footnote references and footnotes with the seed's texts in
 *   order, every recommendation and quote, the dissent on Recommendation 8 in both places, the
 *   contents headings in order, Committee Activity, styles, sections, properties, other scripts;
 * - committee templates: present and missing styles, fallback and stop, a style found by name,
 *   and files that are not templates or are hostile;
 * - progress and cancel; the browser host's download route; the CLI with its atomic write and
 *   its messages for a folder it cannot write to, a full disk and a file open elsewhere.
 *
 * LibreOffice and pdftotext checks are in export-docx-libreoffice.test.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import yazl from 'yazl';
import type { Backend } from '../../backend';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { runCli } from '../../backend/cli/main';
import { STYLE_SPECS, exportsDir, findExport } from '../../backend/export';
import { attachmentDisposition, startHost, type RunningHost } from '../../backend/host/http-host';
import { ApiError } from '../../shared/api/errors';
import type { ExportResult } from '../../shared/domain/export';
import type { ModelBlock, ReportModel } from '../../shared/report/model';
import { sampleBackend, tempDir } from '../helpers/temp';
import { footnoteTexts, normalise, paragraphs, seedContents, seedFootnotes, unzipText } from './export-docx-read';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'scrutiny.cjs');
const TEMPLATES = path.join(ROOT, 'tests/fixtures/templates');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function allBlocks(model: ReportModel): ModelBlock[] {
  return model.chapters.flatMap((c) => [...c.blocks, ...c.sections.flatMap((s) => s.blocks)]);
}

async function exported(backend: Backend, result: ExportResult) {
  const file = findExport(backend.storePath, result.exportId)!;
  const bytes = fs.readFileSync(file.path);
  const parts = await unzipText(bytes);
  return { bytes, parts, document: parts.get('word/document.xml')!, footnotes: parts.get('word/footnotes.xml')!, styles: parts.get('word/styles.xml')! };
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/**
 * A zip made here, for templates that are broken or hostile. yazl refuses to write a name with
 * "../", so such a name is written as a harmless one of the same length and patched in the bytes.
 */
async function zip(entries: { name: string; data: Buffer | string }[]): Promise<Buffer> {
  const file = new yazl.ZipFile();
  const patches: [string, string][] = [];
  for (const entry of entries) {
    const safe = entry.name.replace(/\.\./g, 'xx');
    if (safe !== entry.name) patches.push([safe, entry.name]);
    file.addBuffer(Buffer.from(entry.data), safe);
  }
  file.end();
  let bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    file.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
  for (const [safe, hostile] of patches) bytes = Buffer.from(bytes.toString('latin1').split(safe).join(hostile), 'latin1');
  return bytes;
}

const arrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('the sample exported to Word', () => {
  let model: ReportModel;
  let result: ExportResult;
  let out: Awaited<ReturnType<typeof exported>>;
  let exportFolder: string;
  let storePath: string;

  beforeAll(async () => {
    const { backend, investigationId } = await sampleBackend();
    model = await backend.client.call('report.model', { investigationId });
    result = await backend.client.call('export.docx', { investigationId });
    out = await exported(backend, result);
    exportFolder = exportsDir(backend.storePath);
    storePath = backend.storePath;
  });

  it('answers what it wrote', () => {
    expect(result).toMatchObject({
      fileName: "Response to the Mayor's draft Police and Crime Plan 2025-29.docx",
      footnoteCount: 151,
      recommendationCount: 12,
      missingStyles: [],
      warnings: [],
      bytes: out.bytes.byteLength,
    });
    expect(result.exportId).toMatch(UUID);
    expect(new Date(result.createdAt).toISOString()).toBe(result.createdAt);
    // Beside the store, like the staging area for uploads.
    expect(exportFolder).toBe(path.join(path.dirname(storePath), '.exports', path.basename(storePath)));
    expect(fs.readdirSync(exportFolder).sort()).toEqual([`${result.exportId}.docx`, `${result.exportId}.json`]);
    // Written whole and renamed into place: nothing temporary is left beside it.
    expect(fs.readdirSync(exportFolder).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('has 151 real footnotes, referenced once each in document order, with the seed’s texts', () => {
    const body = paragraphs(out.document);
    const references = body.flatMap((p) => p.footnoteRefs);
    expect(references).toEqual(Array.from({ length: 151 }, (_, i) => i + 1));
    expect(out.document.match(/<w:footnoteReference /g)).toHaveLength(151);
    const notes = footnoteTexts(out.footnotes);
    expect([...notes.keys()]).toEqual(references);
    const seed = seedFootnotes();
    expect(seed).toHaveLength(151);
    const mismatches = [...notes].filter(([n, text]) => normalise(text) !== seed[n - 1]).map(([n, text]) => ({ n, docx: text, seed: seed[n - 1] }));
    expect(mismatches).toEqual([]);
    // Sources' titles are links where the register has an address.
    expect(out.footnotes).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/>/);
    expect(out.footnotes.match(/<w:pStyle w:val="FootnoteText"\/>/g)).toHaveLength(151);
    // Plain words are one run after Word's mark: a clerk editing the footnote meets one run.
    const first = /<w:footnote w:id="1">(.*?)<\/w:footnote>/.exec(out.footnotes)![1]!;
    expect(first.match(/<w:r>/g)).toHaveLength(2);
    expect(first).toContain(`<w:t xml:space="preserve"> ${seed[0]!.replace(/'/g, '&apos;')}</w:t>`);
  });

  it('prints every recommendation in its box twice (the list and the chapter), in the seed’s words', () => {
    const body = paragraphs(out.document);
    for (const recommendation of model.recommendations) {
      const headings = body.filter((p) => p.inTable && p.style === 'RecommendationHeading' && p.text === `Recommendation ${recommendation.number}`);
      expect(headings, `Recommendation ${recommendation.number}`).toHaveLength(2);
      for (const part of recommendation.parts) {
        const printed = body.filter((p) => p.inTable && normalise(p.text) === normalise(part.text));
        expect(printed, part.text).toHaveLength(2);
        expect(printed.every((p) => p.style === (part.kind === 'bullet' ? 'ListBullet' : 'RecommendationBox'))).toBe(true);
      }
    }
    // Bullets are real list paragraphs.
    expect(out.document).toMatch(/<w:pStyle w:val="ListBullet"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
  });

  it('puts the dissent on the part of Recommendation 8 it is from, in both places, as footnotes 9 and 112', () => {
    const body = paragraphs(out.document);
    const part = body.filter((p) => p.inTable && normalise(p.text) === "support the Met's use of the tactic");
    expect(part.map((p) => p.footnoteRefs)).toEqual([[9], [112]]);
    const notes = footnoteTexts(out.footnotes);
    for (const n of [9, 112]) expect(notes.get(n)).toMatch(/^ ?Zoë Garbett AM dissents from part of Recommendation 8\. Studies/);
    expect(notes.get(111)).toMatch(/Zoë Garbett AM disagrees with how stop and search is characterised/);
    expect(body.find((p) => p.text.startsWith('Stop and search is an important operational tool for the police.'))!.footnoteRefs).toEqual([111]);
  });

  it('prints every witness quote in Quote, with its footnote, and its attribution under it', () => {
    const body = paragraphs(out.document);
    const quotes = allBlocks(model).flatMap((b) => (b.kind === 'quote' ? [b] : []));
    expect(quotes).toHaveLength(31);
    for (const quote of quotes) {
      const at = body.findIndex((p) => p.style === 'Quote' && normalise(p.text) === normalise(`“${quote.text}”`));
      expect(at, quote.text.slice(0, 60)).toBeGreaterThan(0);
      expect(body[at]!.footnoteRefs).toEqual(quote.footnote === null ? [] : [quote.footnote]);
      expect(body[at + 1]).toMatchObject({ style: 'QuoteAttribution', text: quote.attribution });
    }
    expect(body.filter((p) => p.style === 'QuoteAttribution').map((p) => p.text)).toContain('John Hayward-Cripps, CEO, Neighbourhood Watch');
  });

  it('has a real table of contents over Heading 1–2, filled in with the seed’s contents headings in order, and asks Word to update it', () => {
    const body = paragraphs(out.document);
    const seed = seedContents();
    expect(seed).toHaveLength(26);
    const entries = body.filter((p) => p.style === 'TOC1' || p.style === 'TOC2');
    expect(entries.map((p) => normalise(p.text))).toEqual(seed);
    expect(entries.map((p) => (p.style === 'TOC1' ? 1 : 2))).toEqual(model.contents.map((c) => c.level));
    expect(out.document).toContain('TOC \\h \\o &quot;1-2&quot; \\u');
    expect(out.parts.get('word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    // Each entry links to a bookmark on its heading; the headings, in order, are the entries.
    const anchors = [...out.document.matchAll(/<w:hyperlink [^>]*w:anchor="(_Toc\d+)"/g)].map((m) => m[1]);
    expect(anchors).toHaveLength(26);
    for (const anchor of anchors) expect(out.document).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    const headings = body.filter((p) => !p.inTable && (p.style === 'Title' || p.style === 'Heading1' || p.style === 'Heading2'));
    expect(headings.map((p) => normalise(p.text))).toEqual(seed);
  });

  it('writes Committee Activity from the meetings, with guests in bold', () => {
    const body = paragraphs(out.document);
    const start = body.findIndex((p) => p.style === 'Heading1' && p.text === 'Committee Activity');
    const end = body.findIndex((p) => p.style === 'Heading1' && p.text === 'Other formats and languages');
    const text = body.slice(start + 1, end).map((p) => p.text).join('\n');
    for (const line of [
      'The Committee heard from external guests at its formal meeting on Wednesday 15 January 2025.',
      'Panel 1:',
      'Professor Ben Bradford, Director of the Centre for Global City Policing, UCL',
      'Sophia Worringer, Deputy Policy Director, Centre for Social Justice.',
      'Panel 2:',
      "Nahar Choudhury, CEO, Solace Women's Aid.",
      'Claire Waxman OBE',
      'the Commissioner of the Metropolitan Police, Sir Mark Rowley',
    ]) expect(text).toContain(line);
    // The chapter itself, not its entry in the Contents.
    const from = out.document.lastIndexOf('>Committee Activity<');
    const section = out.document.slice(from, out.document.indexOf('>Other formats and languages<', from));
    expect(section.match(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">[^<]+<\/w:t>/g)?.length).toBe(11);
  });

  it('has a cover and committee page without page numbers, then page numbers from the Contents on, and the report’s properties', () => {
    const sections = [...out.document.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/g)].map((m) => m[1]!);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('<w:titlePg/>');
    expect(sections[1]).not.toContain('<w:titlePg/>');
    expect(sections[1]).not.toMatch(/<w:pgNumType [^>]*w:start=/); // numbering carries on: the Contents is page 3
    const footerOf = (section: string, type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(section)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(out.parts.get('word/_rels/document.xml.rels')!)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(out.parts.get('word/_rels/document.xml.rels')!)![1];
      return out.parts.get(`word/${target}`)!;
    };
    expect(footerOf(sections[0]!, 'first')).not.toMatch(/PAGE/);
    expect(footerOf(sections[0]!, 'default')).not.toMatch(/PAGE/);
    expect(footerOf(sections[1]!, 'default')).toMatch(/PAGE/);
    // The first section holds the cover and the committee's page; the Contents starts the second.
    const firstSection = out.document.slice(0, out.document.indexOf('<w:sectPr>'));
    expect(firstSection).toContain('Contact us');
    expect(firstSection).not.toContain('>Contents<');
    // Every chapter starts on a new page.
    for (const chapter of model.chapters) expect(out.document).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/><w:pageBreakBefore/>.{0,200}${chapter.heading.replace(/[?()]/g, '.').replace(/'/g, '&apos;')}<`));
    const core = out.parts.get('docProps/core.xml')!;
    expect(core).toContain("<dc:title>Response to the Mayor&apos;s draft Police and Crime Plan 2025-29</dc:title>");
    expect(core).toContain('<dc:creator>London Assembly Police and Crime Committee</dc:creator>');
    expect(core).toContain('<dc:subject>Report of the London Assembly Police and Crime Committee</dc:subject>');
  });

  it('defines and uses the named styles clerks edit, and uses no others for text', () => {
    for (const spec of STYLE_SPECS) expect(out.styles, spec.id).toMatch(new RegExp(`<w:style w:type="${spec.type}"[^>]*w:styleId="${spec.id}"`));
    const used = new Set([...out.document.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(['Heading1', 'Heading2', 'Heading3', 'ListBullet', 'Normal', 'Quote', 'QuoteAttribution', 'RecommendationBox', 'RecommendationHeading', 'Subtitle', 'TOC1', 'TOC2', 'Title'].sort());
    expect(out.styles).toMatch(/<w:style w:type="paragraph" w:styleId="RecommendationBox">.*?<w:shd [^>]*w:fill="E8F0F7"/);
    // The box: a bordered, shaded one-cell table.
    expect(out.document).toMatch(/<w:tbl>.*?<w:tblBorders><w:top w:val="single" w:color="1D5A8C" w:sz="12"/);
  });

  it('sets the other languages in fonts for their scripts, Urdu and Arabic right-to-left', () => {
    const body = paragraphs(out.document);
    const after = (language: string) => body[body.findIndex((p) => p.style === 'Heading3' && p.text === language) + 1]!;
    expect(after('Urdu').bidi).toBe(true);
    expect(after('Arabic').bidi).toBe(true);
    expect(after('Hindi').bidi).toBe(false);
    const runOf = (words: string) => {
      const at = out.document.indexOf(words);
      return out.document.slice(out.document.lastIndexOf('<w:r>', at), at);
    };
    expect(runOf('اگر آپ کو')).toMatch(/w:cs="Noto Nastaliq Urdu".*<w:rtl\/>.*w:bidi="ur-PK"/);
    expect(runOf('الحصول على')).toMatch(/w:cs="Noto Naskh Arabic".*<w:rtl\/>.*w:bidi="ar-SA"/);
    expect(runOf('如您需要')).toMatch(/w:eastAsia="Noto Sans CJK SC".*w:eastAsia="zh-CN"/);
    expect(runOf('यदि आपको')).toMatch(/w:cs="Noto Sans Devanagari"/);
    expect(runOf('ਜੇ ਤੁਸੀਂ')).toMatch(/w:cs="Noto Sans Gurmukhi"/);
    expect(runOf('আপনি যদি')).toMatch(/w:cs="Noto Sans Bengali"/);
    expect(runOf('જો તમારે')).toMatch(/w:cs="Noto Sans Gujarati"/);
    expect(runOf('Nếu ông')).not.toMatch(/w:rFonts/); // Latin script: the style's font
  });

  it('is read back by mammoth with the same 151 footnotes and every recommendation', async () => {
    const { value, messages } = await mammoth.convertToHtml({ buffer: out.bytes });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(value.match(/<li id="footnote-\d+">/g)).toHaveLength(151);
    expect(value.match(/<sup><a href="#footnote-\d+" id="footnote-ref-\d+">/g)).toHaveLength(151);
    const text = normalise(value.replace(/<[^>]+>/g, ' ').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    for (const recommendation of model.recommendations) for (const part of recommendation.parts) expect(text).toContain(normalise(part.text));
  });
});

describe('committee templates', () => {
  async function upload(backend: Backend, name: string, bytes: Uint8Array | string) {
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    return (await backend.client.upload(name, arrayBuffer(data))).uploadId;
  }

  /** A template with every style the export relies on, in Georgia and green: as a committee would make one in Word. */
  async function completeTemplate(): Promise<Uint8Array> {
    const document = new Document({
      styles: {
        paragraphStyles: STYLE_SPECS.filter((s) => s.type === 'paragraph').map((s) => ({ id: s.id, name: s.name, run: { font: 'Georgia', color: '2E7D32' } })),
        characterStyles: STYLE_SPECS.filter((s) => s.type === 'character').map((s) => ({ id: s.id, name: s.name, run: { font: 'Georgia', color: '2E7D32' } })),
      },
      sections: [{ children: [new Paragraph('Committee template')] }],
    });
    return Packer.toBuffer(document);
  }

  it('says a complete template has every style, and exports with its definitions', async () => {
    const { backend, investigationId } = await sampleBackend();
    const uploadId = await upload(backend, 'Committee template.dotx', await completeTemplate());
    const check = await backend.client.call('export.checkTemplate', { uploadId });
    expect(check).toEqual({ fileName: 'Committee template.dotx', presentStyles: STYLE_SPECS.map((s) => s.label), missingStyles: [] });
    const result = await backend.client.call('export.docx', { investigationId, templateUploadId: uploadId, onMissingStyles: 'stop' });
    expect(result).toMatchObject({ missingStyles: [], warnings: [], footnoteCount: 151 });
    const { styles } = await exported(backend, result);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">.*?<w:rFonts w:ascii="Georgia"[^>]*\/><w:color w:val="2E7D32"\/>/);
    expect(styles).not.toContain('1D5A8C'); // nothing of the house look is added
  });

  it('lists what a template made in LibreOffice lacks, uses its own ids for what it has, and falls back to the built-in styles', async () => {
    const { backend, investigationId } = await sampleBackend();
    const uploadId = await upload(backend, 'libreoffice-template.docx', fs.readFileSync(path.join(TEMPLATES, 'libreoffice-template.docx')));
    const check = await backend.client.call('export.checkTemplate', { uploadId });
    expect(check.presentStyles).toEqual(['Normal', 'Heading 1', 'Heading 2', 'Heading 3', 'Heading 4', 'Caption', 'Hyperlink']);
    expect(check.missingStyles).toEqual(['Title', 'Subtitle', 'Quote', 'Quote Attribution', 'Recommendation Heading', 'Recommendation Box', 'List Bullet', 'Footnote Text', 'Footnote Reference']);
    const result = await backend.client.call('export.docx', { investigationId, templateUploadId: uploadId });
    expect(result.missingStyles).toEqual(check.missingStyles);
    expect(result.warnings[0]).toBe(
      '“libreoffice-template.docx” lacks 9 styles the export needs: Title, Subtitle, Quote, Quote Attribution, Recommendation Heading, Recommendation Box, List Bullet, Footnote Text, Footnote Reference. The built-in style was used for each.',
    );
    const { styles, document, footnotes } = await exported(backend, result);
    // The template's own Heading 1 (LibreOffice's), and the house Recommendation Box added beside it.
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"\/><w:basedOn w:val="Heading"\/>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="RecommendationBox"><w:name w:val="Recommendation Box"\/>/);
    // Its Hyperlink is called InternetLink: links use that id.
    expect(document).toContain('<w:rStyle w:val="InternetLink"/>');
    expect(document).not.toContain('<w:rStyle w:val="Hyperlink"/>');
    expect(footnoteTexts(footnotes).size).toBe(151);
  });

  it('stops, naming the missing styles, when asked to, and writes nothing', async () => {
    const { backend, investigationId } = await sampleBackend();
    const uploadId = await upload(backend, 'libreoffice-template.docx', fs.readFileSync(path.join(TEMPLATES, 'libreoffice-template.docx')));
    const error = await refusal(backend.client.call('export.docx', { investigationId, templateUploadId: uploadId, onMissingStyles: 'stop' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      '“libreoffice-template.docx” lacks 9 styles the export needs: Title, Subtitle, Quote, Quote Attribution, Recommendation Heading, Recommendation Box, List Bullet, Footnote Text, Footnote Reference. Nothing was exported. Add them to the template, or export with the built-in styles for them.',
    );
    expect(fs.existsSync(exportsDir(backend.storePath)) ? fs.readdirSync(exportsDir(backend.storePath)) : []).toEqual([]);
  });

  it('finds a style by its name when a template in another language gives it another id', async () => {
    const { backend, investigationId } = await sampleBackend();
    const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:rPr><w:sz w:val="40"/></w:rPr></w:style></w:styles>`;
    const template = await zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }, { name: 'word/styles.xml', data: styles }]);
    const uploadId = await upload(backend, 'Vorlage.docx', template);
    const check = await backend.client.call('export.checkTemplate', { uploadId });
    expect(check.presentStyles).toEqual(['Normal', 'Heading 1']);
    const result = await backend.client.call('export.docx', { investigationId, templateUploadId: uploadId });
    const { document, styles: written } = await exported(backend, result);
    expect(document).toContain('<w:pStyle w:val="berschrift1"/><w:pageBreakBefore/>');
    expect(document).not.toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Standard"/>');
    // The built-in styles added for what it lacks are based on its Normal.
    expect(written).toMatch(/<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"\/><w:basedOn w:val="Standard"\/>/);
  });

  it('refuses files that are not templates, or are not safe, with a clear message and nothing exported', async () => {
    const { backend, investigationId } = await sampleBackend();
    const cases: { name: string; bytes: Uint8Array | string; message: RegExp }[] = [
      { name: 'minutes.docx', bytes: 'These are the minutes, typed in a text editor.', message: /^“minutes\.docx” is not a Word document or template \(\.docx or \.dotx\), or it is damaged, so its styles cannot be used\./ },
      { name: 'empty.docx', bytes: '', message: /^“empty\.docx” is empty \(0 bytes\)/ },
      { name: 'old.doc', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), message: /is an older Word file \(\.doc\) or is protected by a password/ },
      { name: 'budget.xlsx', bytes: await zip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]), message: /is not a Word document or template/ },
      { name: 'no-styles.docx', bytes: await zip([{ name: 'word/document.xml', data: '<w:document/>' }]), message: /has no styles in it \(no word\/styles\.xml\)/ },
      { name: 'slip.docx', bytes: await zip([{ name: '../../evil.xml', data: 'x' }, { name: 'word/styles.xml', data: '<w:styles/>' }]), message: /was not opened because it is not safe: it contains a file that points outside the archive/ },
      { name: 'bomb.docx', bytes: await zip([{ name: 'word/styles.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20) }]), message: /was not opened because it is not safe: its text would unpack to far more than any real Word document/ },
      { name: 'doctype.docx', bytes: await zip([{ name: 'word/styles.xml', data: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' }]), message: /not safe: its styles declare a DOCTYPE/ },
      { name: 'broken.docx', bytes: await zip([{ name: 'word/styles.xml', data: '<w:styles><w:style>' }]), message: /is not a Word document or template/ },
    ];
    for (const { name, bytes, message } of cases) {
      const uploadId = await upload(backend, name, bytes);
      const checked = await refusal(backend.client.call('export.checkTemplate', { uploadId }));
      expect(checked.code, name).toBe('invalid_input');
      expect(checked.message, name).toMatch(message);
      const exportedError = await refusal(backend.client.call('export.docx', { investigationId, templateUploadId: uploadId }));
      expect(exportedError.message, name).toBe(checked.message);
    }
    expect(fs.existsSync(exportsDir(backend.storePath)) ? fs.readdirSync(exportsDir(backend.storePath)) : []).toEqual([]);
    expect((await refusal(backend.client.call('export.checkTemplate', { uploadId: '00000000-0000-4000-8000-000000000000' }))).code).toBe('not_found');
  });
});

describe('the export job', () => {
  it('reports its progress and can be cancelled, leaving nothing behind', async () => {
    const { backend, investigationId } = await sampleBackend();
    const progress: { jobId: string; label: string; done: number; total: number | null }[] = [];
    backend.subscribe('job.progress', (event) => progress.push(event));
    const jobId = '5e0f8a43-2f8c-4a54-9b3c-7d2d1b6f0a11';
    await backend.client.call('export.docx', { investigationId, jobId });
    expect(progress.filter((p) => p.jobId === jobId).map((p) => `${p.label} ${p.done}/${p.total}`)).toEqual(['Reading the report 0/4', 'Writing the Word document 2/4', 'Saving 3/4', 'Done 4/4']);

    // A cancel that arrives before the job starts (the page's Cancel during a slow start) stops it.
    const cancelled = '6a1f9b54-3a9d-4b65-8c4d-8e3e2c7f1b22';
    await backend.client.call('jobs.cancel', { jobId: cancelled });
    const before = fs.readdirSync(exportsDir(backend.storePath));
    const error = await refusal(backend.client.call('export.docx', { investigationId, jobId: cancelled }));
    expect(error.code).toBe('cancelled');
    expect(fs.readdirSync(exportsDir(backend.storePath))).toEqual(before);
  });

  it('refuses an investigation that does not exist', async () => {
    const { backend } = await sampleBackend();
    const error = await refusal(backend.client.call('export.docx', { investigationId: 'no-such-investigation' }));
    expect(error.code).toBe('not_found');
  });
});

describe('downloading an export from the browser host', () => {
  let host: RunningHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  function get(running: RunningHost, urlPath: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: running.port, path: urlPath, headers: { Host: `127.0.0.1:${running.port}`, ...headers } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
  }

  it('serves a finished export as an attachment, with the same rules as every /api route', async () => {
    const { backend, investigationId } = await sampleBackend();
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
    host = await startHost({ backend, rendererDir });
    const result = await backend.client.call('export.docx', { investigationId });
    const auth = { 'X-Scrutiny-Token': host.token };

    const ok = await get(host, `/api/exports/${result.exportId}`, auth);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(ok.headers['content-disposition']).toBe(
      `attachment; filename="Response to the Mayor's draft Police and Crime Plan 2025-29.docx"; filename*=UTF-8''Response%20to%20the%20Mayor%27s%20draft%20Police%20and%20Crime%20Plan%202025-29.docx`,
    );
    expect(ok.headers['cache-control']).toBe('no-store');
    // A title in other scripts or with quotation marks: a plain fallback name, and the exact one encoded.
    expect(attachmentDisposition('Adroddiad – “Aer glân” "x" \\ خلاصہ.docx')).toBe(
      `attachment; filename="Adroddiad _ _Aer gl_n_ _x_ _ _____.docx"; filename*=UTF-8''Adroddiad%20%E2%80%93%20%E2%80%9CAer%20gl%C3%A2n%E2%80%9D%20%22x%22%20%5C%20%D8%AE%D9%84%D8%A7%D8%B5%DB%81.docx`,
    );
    expect(ok.body.equals(fs.readFileSync(findExport(backend.storePath, result.exportId)!.path))).toBe(true);

    expect((await get(host, `/api/exports/${result.exportId}`)).status).toBe(401);
    expect((await get(host, `/api/exports/${result.exportId}`, { ...auth, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await get(host, '/api/exports/00000000-0000-4000-8000-000000000000', auth)).status).toBe(404);
    for (const probe of ['/api/exports/..%2f..%2fstore.db', '/api/exports/%2e%2e%2fsample.db', `/api/exports/${result.exportId}.json`, '/api/exports/', `/api/exports/${result.exportId.toUpperCase()}`]) {
      const response = await get(host, probe, auth);
      expect(response.status, probe).toBe(404);
      expect(JSON.parse(response.body.toString('utf8')).error.code, probe).toBe('not_found');
    }
  });
});

describe('scrutiny export docx', () => {
  function cli(args: string[]) {
    const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** The sample in a store file of its own (closed, so a CLI process can open it). */
  async function sampleStore(): Promise<{ store: string; investigationId: string }> {
    const { backend, investigationId } = await sampleBackend();
    await backend.close();
    return { store: backend.storePath, investigationId };
  }

  it('writes the .docx where asked, replacing the previous one, and prints what it wrote (or JSON)', async () => {
    const { store, investigationId } = await sampleStore();
    const dir = tempDir();
    const out = path.join(dir, 'report.docx');
    fs.writeFileSync(out, 'the previous export');
    const plain = cli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', out]);
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(new RegExp(`^Exported “Response to the Mayor's draft Police and Crime Plan 2025-29” to ${out.replace(/[.]/g, '\\.')}\\n  12 recommendations, 151 footnotes, \\d+ KB, in [\\d,]+ ms\\.\\n$`));
    const parts = await unzipText(fs.readFileSync(out));
    expect(footnoteTexts(parts.get('word/footnotes.xml')!).size).toBe(151);
    expect(fs.readdirSync(dir)).toEqual(['report.docx']);
    // Nothing is left in the export area: the CLI's copy is the only one.
    expect(fs.existsSync(exportsDir(store)) ? fs.readdirSync(exportsDir(store)) : []).toEqual([]);

    const json = cli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', out, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ path: out, footnoteCount: 151, recommendationCount: 12, missingStyles: [], warnings: [] });
  });

  it('uses a template, and refuses one that is not a Word file with a clear message and the previous file intact', async () => {
    const { store, investigationId } = await sampleStore();
    const dir = tempDir();
    const out = path.join(dir, 'report.docx');
    const withTemplate = cli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', out, '--template', path.join(TEMPLATES, 'libreoffice-template.docx'), '--json']);
    expect(withTemplate.code).toBe(0);
    expect(JSON.parse(withTemplate.stdout).missingStyles).toContain('Quote Attribution');
    const before = fs.readFileSync(out);

    const notDocx = path.join(dir, 'template.docx');
    fs.writeFileSync(notDocx, 'not a zip at all');
    const refused = cli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', out, '--template', notDocx]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('“template.docx” is not a Word document or template (.docx or .dotx), or it is damaged, so its styles cannot be used. Choose the committee’s Word template, or export in the house style.\n');
    const stopped = cli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', out, '--template', path.join(TEMPLATES, 'libreoffice-template.docx'), '--stop-on-missing-styles']);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/lacks 9 styles the export needs: Title, Subtitle, .*Nothing was exported\./);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    const missing = cli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', out, '--template', path.join(dir, 'nowhere.dotx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`There is no file at ${path.join(dir, 'nowhere.dotx')}.\n`);
  });

  it('says so plainly when the folder does not exist, is not a folder, or cannot be written to', async () => {
    const { store, investigationId } = await sampleStore();
    const dir = tempDir();
    const gone = cli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', path.join(dir, 'missing', 'report.docx')]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe(`The folder ${path.join(dir, 'missing')} does not exist, so nothing was exported. Create it or choose another.\n`);
    const isFolder = cli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', dir]);
    expect(isFolder.code).toBe(1);
    expect(isFolder.stderr).toBe(`${dir} is a folder. Give a file name ending .docx.\n`);

    const readOnly = readOnlyFolder();
    if (!readOnly) return; // neither a read-only mount nor file permissions can make one here (see readOnlyFolder)
    try {
      const refused = cli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', path.join(readOnly.dir, 'report.docx')]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`^(The folder ${readOnly.dir} cannot be written to, so nothing was exported\\. Choose a folder you can save in\\.|The workbench may not write to ${readOnly.dir}, so “report\\.docx” was not written\\. Choose a folder you can save in \\(your Documents folder, for example\\)\\.)\\n$`));
      expect(fs.readdirSync(readOnly.dir)).toEqual(['previous.docx']);
    } finally {
      readOnly.cleanup();
    }
  });

  it('leaves the previous file intact when the disk is full or the file is open elsewhere (write errors injected)', async () => {
    const { store, investigationId } = await sampleStore();
    const dir = tempDir();
    const out = path.join(dir, 'report.docx');
    fs.writeFileSync(out, 'the previous export');
    const stderr: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr.push(String(chunk));
      return true;
    });
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      // Only writes into the chosen folder fail, as on a disk that fills up under it.
      const realOpen = fs.openSync.bind(fs);
      const realWrite = fs.writeFileSync.bind(fs);
      const opened = new Map<number, string>();
      const open = vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
        const fd = realOpen(file, flags ?? 'r', mode);
        opened.set(fd, String(file));
        return fd;
      }) as typeof fs.openSync);
      const full = vi.spyOn(fs, 'writeFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: Parameters<typeof fs.writeFileSync> extends [unknown, ...infer R] ? R : never) => {
        const target = typeof file === 'number' ? opened.get(file) : String(file);
        if (target?.startsWith(dir)) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return realWrite(file, ...rest);
      }) as typeof fs.writeFileSync);
      expect(await runCli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', out])).toBe(1);
      full.mockRestore();
      open.mockRestore();
      expect(stderr.pop()).toBe('There is not enough space on the disk to write “report.docx”. Free some space and try again; nothing was changed.\n');
      expect(fs.readFileSync(out, 'utf8')).toBe('the previous export');
      expect(fs.readdirSync(dir)).toEqual(['report.docx']);

      // Windows refuses to replace a file Word has open; here the rename onto it is made to fail so.
      const realRename = fs.renameSync.bind(fs);
      const busy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
        if (String(to) === out) throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
        realRename(from, to);
      });
      expect(await runCli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', out])).toBe(1);
      busy.mockRestore();
      expect(stderr.pop()).toBe('“report.docx” is open in another program (or is read-only), so it was not replaced. Close it there (or choose another name) and try again.\n');
      expect(fs.readFileSync(out, 'utf8')).toBe('the previous export');
      expect(fs.readdirSync(dir)).toEqual(['report.docx']);
    } finally {
      write.mockRestore();
      stdout.mockRestore();
      process.exitCode = 0;
    }
  });

  it('exports from a store that must first be migrated, through the whole backend, which backs it up and migrates it', async () => {
    const { store, investigationId } = await sampleStore();
    // The store as an older version left it: the last migration not yet recorded.
    const db = new Database(store);
    db.prepare('DELETE FROM schema_migrations WHERE version = ?').run(LATEST_SCHEMA_VERSION);
    db.close();
    const migrations = MIGRATIONS as unknown as { version: number; sql: string }[];
    const original = migrations[LATEST_SCHEMA_VERSION - 1]!;
    // A harmless stand-in for that migration, so it can run again on this store.
    migrations[LATEST_SCHEMA_VERSION - 1] = { ...original, sql: `INSERT INTO store_info (key, value) VALUES ('migrated', 'yes');` };
    const printed: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    const out = path.join(tempDir(), 'report.docx');
    try {
      expect(await runCli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', out, '--json'])).toBe(0);
    } finally {
      stdout.mockRestore();
      migrations[LATEST_SCHEMA_VERSION - 1] = original;
    }
    expect(JSON.parse(printed.join(''))).toMatchObject({ path: out, footnoteCount: 151, recommendationCount: 12 });
    expect(footnoteTexts((await unzipText(fs.readFileSync(out))).get('word/footnotes.xml')!).size).toBe(151);
    const migrated = new Database(store, { readonly: true });
    expect(migrated.prepare(`SELECT value FROM store_info WHERE key = 'migrated'`).get()).toEqual({ value: 'yes' });
    migrated.close();
    expect(fs.readdirSync(path.join(path.dirname(store), 'backups')).some((name) => name.includes('before-v'))).toBe(true);
  });

  it('leaves the previous file intact on a really full disk (a 256 KB tmpfs, where the machine allows mounting one)', async () => {
    const { store, investigationId } = await sampleStore();
    const mount = tinyFilesystem();
    if (!mount) return; // not root, or no mount permission: the injected write error above covers the message
    try {
      const out = path.join(mount.dir, 'report.docx');
      fs.writeFileSync(out, 'the previous export');
      fs.writeFileSync(path.join(mount.dir, 'filler'), Buffer.alloc(240 * 1024));
      const result = cli(['--store', store, 'export', 'docx', '--investigation', investigationId, '--out', out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('There is not enough space on the disk to write “report.docx”. Free some space and try again; nothing was changed.\n');
      expect(fs.readFileSync(out, 'utf8')).toBe('the previous export');
      expect(fs.readdirSync(mount.dir).sort()).toEqual(['filler', 'report.docx']);
    } finally {
      mount.cleanup();
    }
  });
});

/** A tmpfs of 256 KB (root with mount permission only). */
function tinyFilesystem(): { dir: string; cleanup(): void } | null {
  if (process.getuid?.() !== 0) return null;
  const dir = tempDir('scrutiny-full-');
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]).status !== 0) return null;
  return { dir, cleanup: () => void spawnSync('umount', [dir]) };
}

/**
 * A folder nobody may write to, holding previous.docx: a read-only tmpfs when running as root (root
 * ignores file permissions), otherwise a folder without write permission.
 */
function readOnlyFolder(): { dir: string; cleanup(): void } | null {
  const dir = tempDir('scrutiny-readonly-');
  fs.writeFileSync(path.join(dir, 'previous.docx'), 'previous');
  if (process.getuid?.() !== 0) {
    fs.chmodSync(dir, 0o555);
    return { dir, cleanup: () => fs.chmodSync(dir, 0o755) };
  }
  const staging = tempDir('scrutiny-readonly-src-');
  fs.renameSync(path.join(dir, 'previous.docx'), path.join(staging, 'previous.docx'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]).status !== 0) return null;
  fs.copyFileSync(path.join(staging, 'previous.docx'), path.join(dir, 'previous.docx'));
  if (spawnSync('mount', ['-o', 'remount,ro', dir]).status !== 0) {
    spawnSync('umount', [dir]);
    return null;
  }
  return { dir, cleanup: () => void spawnSync('umount', [dir]) };
}
