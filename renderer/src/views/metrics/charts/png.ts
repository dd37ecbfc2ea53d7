/** A chart's picture as PNG bytes, for the store, and as a file to save. */

/** The bytes of a data: URL's base64 payload (a fetch of the data: URL would be refused by the page's CSP). */
export function dataUrlBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const comma = dataUrl.indexOf(',');
  if (comma === -1 || !dataUrl.slice(0, comma).endsWith(';base64')) throw new Error('Not a base64 data URL.');
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers the image as a download, as the evidence grid's CSV export does (the desktop shell allows data: downloads). */
export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
