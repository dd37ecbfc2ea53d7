/**
 * Packs a `docx` Document into .docx bytes.
 *
 * docx zips with fflate, deflating in JavaScript, which in a fresh process (the `scrutiny export
 * docx` command) was about a quarter of the export. Its compiler, which turns the Document into
 * the package's parts, is not exported, but `Packer` holds one; where it is there (checked,
 * docx@9.15), the parts are zipped with Node's zlib instead (./zip-package.ts). Where it is not (a
 * docx upgrade moved it), `Packer.toBuffer` gives the same document, only slower;
 * tests/unit/docx-pack.test.ts fails then, so that the upgrade is noticed.
 */
import { Packer, type Document } from 'docx';
import { canZipPackages, zipPackage } from './zip-package';

interface PackageCompiler {
  /** The package's files by path, in zip order: XML as strings, media as bytes. */
  compile(document: Document): Map<string, string | Uint8Array | ArrayBuffer>;
}

function packageCompiler(): PackageCompiler | null {
  const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as PackageCompiler) : null;
}

/** Whether documents are zipped by Node's zlib (true) or by docx's own packer. */
export function packsWithNodeZlib(): boolean {
  return packageCompiler() !== null && canZipPackages();
}

const ALREADY_COMPRESSED = /\.(png|jpe?g|gif|emf|wmf|odttf)$/i;

/** Async, as Packer.toBuffer is, though the zlib path runs synchronously (a report is small). */
export async function packDocx(document: Document): Promise<Buffer> {
  const compiler = packageCompiler();
  if (!compiler || !canZipPackages()) return Packer.toBuffer(document);
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of compiler.compile(document)) {
    files.set(name, typeof data === 'string' ? Buffer.from(data, 'utf8') : data instanceof ArrayBuffer ? new Uint8Array(data) : data);
  }
  return zipPackage(files, (name) => !ALREADY_COMPRESSED.test(name));
}
