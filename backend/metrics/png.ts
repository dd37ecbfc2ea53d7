/**
 * Checks that an uploaded chart image is a whole PNG of a sane size before it goes into the store
 * (and later into the Word report): the signature, the IHDR header with its dimensions, and the
 * IEND chunk at the end (so a truncated upload is caught).
 */
import { ApiError } from '../../shared/api/errors';

export const MAX_FIGURE_BYTES = 10 * 1024 * 1024;
/** Far above any chart a report needs (an A4 page at 600 dpi is about 5,000 × 7,000). */
export const MAX_FIGURE_PIXELS_PER_SIDE = 10_000;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

export function figureTooLarge(fileName: string, size: number): ApiError {
  return new ApiError('payload_too_large', `${fileName} is ${(size / (1024 * 1024)).toFixed(1)} MB; a chart image can be at most 10 MB.`);
}

export function checkPng(bytes: Uint8Array, fileName: string): { width: number; height: number } {
  if (bytes.byteLength > MAX_FIGURE_BYTES) throw figureTooLarge(fileName, bytes.byteLength);
  const notPng = () => new ApiError('invalid_input', `${fileName} is not a PNG image, so it cannot be saved as a figure. Save the chart again.`);
  if (bytes.byteLength < SIGNATURE.length + 25 + IEND.length || !SIGNATURE.every((b, i) => bytes[i] === b)) throw notPng();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || ihdr !== 'IHDR') throw notPng();
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0 || width > MAX_FIGURE_PIXELS_PER_SIDE || height > MAX_FIGURE_PIXELS_PER_SIDE) {
    throw new ApiError('invalid_input', `${fileName} is ${width.toLocaleString('en-GB')} × ${height.toLocaleString('en-GB')} pixels; a chart image must be between 1 and ${MAX_FIGURE_PIXELS_PER_SIDE.toLocaleString('en-GB')} pixels each way.`);
  }
  const tail = bytes.subarray(bytes.byteLength - IEND.length);
  if (!IEND.every((b, i) => tail[i] === b)) throw new ApiError('invalid_input', `${fileName} is an incomplete PNG image (its end is missing). Save the chart again.`);
  return { width, height };
}
