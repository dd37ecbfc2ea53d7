/**
 * Zips the parts of a Word package (OOXML is a zip) into one buffer, deflated and checksummed by
 * Node's zlib.
 *
 * Why not a zip library: docx zips with fflate and yazl checksums with buffer-crc32, both in
 * JavaScript; in the few hundred milliseconds a `scrutiny export docx` process lives, the code
 * never warms up, and zipping took about a quarter of the export. A Word package is small, in
 * memory and written once, so the writer needs nothing a library adds (streaming, ZIP64, reading):
 * local headers, the central directory and its end record, per APPNOTE.TXT 4.3. Exchange bundles,
 * which can hold hundreds of megabytes of transcripts, stay with yazl (../../bundles/write.ts).
 *
 * Needs `zlib.crc32` (Node 20.15, 22.2; Electron 45 has it); without it, `canZipPackages()` is
 * false and pack.ts leaves the zipping to docx.
 */
import zlib from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0: deflate. */
const VERSION = 20;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** 1 January 2000, 00:00, in MS-DOS form: a fixed date, so the same document makes the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
/** The classic format's limits; a report is far below them, and anything above is refused. */
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

type Crc32 = (data: Uint8Array) => number;
const crc32 = (zlib as unknown as { crc32?: Crc32 }).crc32;

export function canZipPackages(): boolean {
  return typeof crc32 === 'function';
}

interface EntryFields {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

/**
 * The run of fields the local header (from byte 6) and the central directory's header (from byte
 * 8) share: flags, method, time, date, CRC-32, compressed and uncompressed sizes, name length.
 */
function writeEntryFields(header: Buffer, at: number, entry: EntryFields): void {
  header.writeUInt16LE(UTF8_NAMES, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(DOS_TIME, at + 4);
  header.writeUInt16LE(DOS_DATE, at + 6);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(entry.compressedSize, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(entry.nameLength, at + 20);
}

/**
 * How hard to deflate. Level 3 rather than zlib's default 6: a report's XML deflates at half the
 * cost for a file about a tenth larger (the sample: 3 ms against 6, 43 KB against 38), and a
 * Word document is opened far more often over a fast disk than sent over a slow line.
 */
const DEFLATE_LEVEL = 3;

/** Zips `parts` in the order given; `compress(name)` says whether a part is deflated or stored. */
export function zipPackage(parts: ReadonlyMap<string, Uint8Array>, compress: (name: string) => boolean): Buffer {
  if (!crc32) throw new Error('This version of Node has no zlib.crc32.');
  if (parts.size > MAX_ENTRIES) throw new Error(`A Word package cannot hold ${parts.size} parts.`);
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const fileName = Buffer.from(name, 'utf8');
    const method = compress(name) ? DEFLATED : STORED;
    const body = method === DEFLATED ? zlib.deflateRawSync(data, { level: DEFLATE_LEVEL }) : data;
    if (data.byteLength > MAX_BYTES || offset + body.byteLength > MAX_BYTES) throw new Error('The Word package is too large to zip.');
    const crc = crc32(data) >>> 0;

    const entry: EntryFields = { method, crc, compressedSize: body.byteLength, size: data.byteLength, nameLength: fileName.byteLength };
    const local = Buffer.alloc(30); // its extra field's length (at 28) is 0
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4); // needed to extract
    writeEntryFields(local, 6, entry);

    const central = Buffer.alloc(46); // extra field, comment, disk number, attributes: all 0
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION, 4); // made by
    central.writeUInt16LE(VERSION, 6); // needed to extract
    writeEntryFields(central, 8, entry);
    central.writeUInt32LE(offset, 42); // where its local header is

    chunks.push(local, fileName, body);
    directory.push(central, fileName);
    offset += local.byteLength + fileName.byteLength + body.byteLength;
  }
  const directoryBytes = directory.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(parts.size, 8); // entries on this disk
  end.writeUInt16LE(parts.size, 10); // entries in all
  end.writeUInt32LE(directoryBytes, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
