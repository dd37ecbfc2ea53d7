/**
 * A committee's Word template (.docx or .dotx): its styles, read without trusting the file, and
 * checked against the styles the export relies on (./docx/styles.ts).
 *
 * Only word/styles.xml is read, through the same hardened zip reading as transcript imports
 * (../import/extract/safe-zip.ts: no "../" or absolute entry names, no zip bombs, bounded sizes,
 * nothing written to disk), into a streaming XML parser that refuses a DOCTYPE. A template's
 * style is matched by its id or its name (a template made in another language may keep Word's
 * style names under other ids), and the document then refers to the template's own id.
 */
import { SaxesParser } from 'saxes';
import { ApiError } from '../../shared/api/errors';
import { DOCX_LIMITS } from '../import/extract/common';
import { isOleCompoundFile, isZip } from '../import/extract/docx';
import { openZipDirectory, streamEntry, type ZipMessages } from '../import/extract/safe-zip';
import { ImportError } from '../import/types';
import type { TemplateStyles } from './docx/render-docx';
import { HOUSE_STYLE_IDS, STYLE_SPECS, type StyleId, type StyleIds } from './docx/styles';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

/** styles.xml is a few hundred kilobytes in the largest real templates. */
const MAX_STYLES_XML_BYTES = 20 * 1024 * 1024;
/** A template is a small file; anything far bigger is not one. */
export const MAX_TEMPLATE_BYTES = 50 * 1024 * 1024;

export interface TemplateStyle {
  id: string;
  name: string | null;
  type: string;
}

export interface ReadTemplate {
  fileName: string;
  stylesXml: string;
  styles: TemplateStyle[];
}

export interface CheckedTemplate extends ReadTemplate {
  /** Labels ("Heading 1") of the styles it has and lacks, in the export's order. */
  present: string[];
  missing: string[];
  /** What the renderer needs: the template's id for each style it has. */
  render: TemplateStyles;
}

function messages(fileName: string): ZipMessages & { notWord: string; legacy: string; noStyles: string; empty: string; tooLarge: string } {
  const name = `“${fileName}”`;
  return {
    notWord: `${name} is not a Word document or template (.docx or .dotx), or it is damaged, so its styles cannot be used. Choose the committee’s Word template, or export in the house style.`,
    corrupt: `${name} is not a Word document or template (.docx or .dotx), or it is damaged, so its styles cannot be used. Choose the committee’s Word template, or export in the house style.`,
    legacy: `${name} is an older Word file (.doc) or is protected by a password, so its styles cannot be read. Open it in Word, save it as a Word template (.dotx) or document (.docx) without a password, and choose that.`,
    encrypted: `${name} is protected by a password, so its styles cannot be read. Save a copy without the password and choose that.`,
    unsafe: (detail: string) => `${name} was not opened because it is not safe: ${detail}. Ask for a fresh copy of the template.`,
    noStyles: `${name} has no styles in it (no word/styles.xml), so it cannot be used as a template. Choose the committee’s Word template, or export in the house style.`,
    empty: `${name} is empty (0 bytes). Choose the committee’s Word template.`,
    tooLarge: `${name} is too large to be a Word template (over 50 MB). Choose the committee’s Word template.`,
  };
}

function attribute(tag: { attributes: Record<string, { uri: string; local: string; value: string }> }, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && (a.uri === W || a.uri === W_STRICT || a.uri === '')) return a.value;
  return undefined;
}

export function templateTooLarge(fileName: string): ApiError {
  return new ApiError('invalid_input', messages(fileName).tooLarge);
}

/** The styles defined in a styles.xml: id, name and type of each w:style. Throws on XML that is not well formed. */
export function parseStylesXml(xml: string, onDoctype: () => never): TemplateStyle[] {
  const styles: TemplateStyle[] = [];
  let current: TemplateStyle | null = null;
  let depth = 0;
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('doctype', onDoctype);
  parser.on('opentag', (tag) => {
    depth += 1;
    if (tag.uri !== W && tag.uri !== W_STRICT) return;
    if (tag.local === 'style' && depth === 2) {
      current = { id: attribute(tag, 'styleId') ?? '', name: null, type: attribute(tag, 'type') ?? 'paragraph' };
    } else if (tag.local === 'name' && current && depth === 3) {
      current.name = attribute(tag, 'val') ?? null;
    }
  });
  parser.on('closetag', (tag) => {
    if (current && tag.local === 'style' && depth === 2) {
      if (current.id) styles.push(current);
      current = null;
    }
    depth -= 1;
  });
  parser.write(xml).close();
  return styles;
}

/** Reads a template's styles. Throws ApiError('invalid_input') with a clerk's message for anything that is not a usable template. */
export async function readTemplate(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<ReadTemplate> {
  const text = messages(fileName);
  if (bytes.byteLength === 0) throw new ApiError('invalid_input', text.empty);
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) throw templateTooLarge(fileName);
  if (isOleCompoundFile(bytes)) throw new ApiError('invalid_input', text.legacy);
  if (!isZip(bytes)) throw new ApiError('invalid_input', text.notWord);
  try {
    const directory = await openZipDirectory(bytes, { ...DOCX_LIMITS }, text, signal);
    try {
      const entry = directory.entries.get('word/styles.xml');
      if (!entry) throw new ApiError('invalid_input', directory.entries.has('word/document.xml') ? text.noStyles : text.notWord);
      const chunks: Buffer[] = [];
      await streamEntry(directory, entry, MAX_STYLES_XML_BYTES, { ...DOCX_LIMITS }, text, (chunk) => chunks.push(Buffer.from(chunk)), signal);
      const stylesXml = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
      let styles: TemplateStyle[];
      try {
        styles = parseStylesXml(stylesXml, () => {
          throw new ApiError('invalid_input', text.unsafe('its styles declare a DOCTYPE, which Word never does'));
        });
      } catch (error) {
        throw error instanceof ApiError ? error : new ApiError('invalid_input', text.notWord);
      }
      return { fileName, stylesXml, styles };
    } finally {
      directory.zipfile.close();
    }
  } catch (error) {
    if (error instanceof ImportError) {
      if (error.reason === 'cancelled') throw new ApiError('cancelled', 'Cancelled. Nothing was exported.');
      throw new ApiError('invalid_input', error.message);
    }
    throw error;
  }
}

/** Which of the export's styles a template has (by id or by name, of the same type), and under which id. */
export function checkTemplateStyles(template: ReadTemplate): CheckedTemplate {
  const ids: StyleIds = { ...HOUSE_STYLE_IDS };
  const present: string[] = [];
  const missing: string[] = [];
  const missingIds: StyleId[] = [];
  for (const spec of STYLE_SPECS) {
    const sameType = template.styles.filter((s) => s.type === spec.type);
    const match =
      sameType.find((s) => s.id.toLowerCase() === spec.id.toLowerCase()) ??
      sameType.find((s) => s.name !== null && s.name.toLowerCase() === spec.name.toLowerCase()) ??
      // "Heading 1" as the gallery shows it, where a template spells Word's "heading 1" that way.
      sameType.find((s) => s.name !== null && s.name.toLowerCase() === spec.label.toLowerCase());
    // Footnote reference marks are written by the docx library with their standard id.
    if (match && (spec.id !== 'FootnoteReference' || match.id === spec.id)) {
      ids[spec.id] = match.id;
      present.push(spec.label);
    } else {
      missing.push(spec.label);
      missingIds.push(spec.id);
    }
  }
  // A house style added under an id the template already uses for something else would replace it.
  for (const id of missingIds) {
    if (id === 'FootnoteReference') continue; // written under this id whatever (see above)
    if (template.styles.some((s) => s.id === ids[id])) ids[id] = `Scrutiny${id}`;
  }
  return { ...template, present, missing, render: { stylesXml: template.stylesXml, ids, missing: missingIds } };
}
