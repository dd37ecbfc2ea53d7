/**
 * Renders the Word export as PNG pages, for a person to look at: exports the sample investigation
 * (or takes a .docx), converts it to PDF with LibreOffice and each page to a PNG with pdftoppm.
 *
 *   npx tsx scripts/render-docx-pages.ts [--docx FILE] [--out DIR] [--dpi N] [--first N --last N]
 *
 * Prints the folder and the pages written. LibreOffice runs headless with a profile of its own
 * (so it neither needs nor disturbs the user's), under `timeout 120`. The tests use
 * `convertToPdf` from here.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackend } from '../backend';
import { findExport } from '../backend/export';

/** Converts a .docx to PDF with LibreOffice; answers the PDF's path. Throws with LibreOffice's output on failure. */
export function convertToPdf(docx: string, outDir: string, timeoutSeconds = 120): string {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-lo-profile-'));
  try {
    const result = spawnSync(
      'timeout',
      [String(timeoutSeconds), 'soffice', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx],
      { encoding: 'utf8' },
    );
    const pdf = path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`);
    if (result.status !== 0 || !fs.existsSync(pdf)) {
      throw new Error(`LibreOffice did not convert ${docx} (exit ${result.status}${result.status === 124 ? ', timed out' : ''}): ${result.stderr || result.stdout}`);
    }
    return pdf;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The PDF's text, as pdftotext lays it out. */
export function pdfText(pdf: string): string {
  const result = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${result.stderr}`);
  return result.stdout;
}

/** Exports the sample investigation from a fresh store; answers the .docx's path (in `dir`). */
export async function exportSample(dir: string): Promise<string> {
  const backend = await createBackend({ storePath: path.join(dir, 'sample.db') });
  try {
    const { investigationId } = await backend.client.call('sample.load', {});
    const result = await backend.client.call('export.docx', { investigationId });
    const target = path.join(dir, result.fileName);
    fs.copyFileSync(findExport(backend.storePath, result.exportId)!.path, target);
    return target;
  } finally {
    await backend.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const out = path.resolve(option('out') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-docx-pages-')));
  fs.mkdirSync(out, { recursive: true });
  const docx = option('docx') ? path.resolve(option('docx')!) : await exportSample(out);
  const pdf = convertToPdf(docx, out);
  const range = [...(option('first') ? ['-f', option('first')!] : []), ...(option('last') ? ['-l', option('last')!] : [])];
  const rendered = spawnSync('pdftoppm', ['-png', '-r', option('dpi') ?? '60', ...range, pdf, path.join(out, 'page')], { encoding: 'utf8' });
  if (rendered.status !== 0) throw new Error(`pdftoppm failed: ${rendered.stderr}`);
  const pages = fs.readdirSync(out).filter((f) => /^page-\d+\.png$/.test(f)).sort();
  console.log(`${docx}\n${pdf}\n${pages.length} pages in ${out}:`);
  for (const page of pages) console.log(`  ${path.join(out, page)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
