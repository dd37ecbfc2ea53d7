// Starts the import worker from TypeScript sources (tests, CLI under tsx). The desktop build
// bundles the worker as plain JavaScript and does not use this file.
//
// pdf.js is loaded before tsx is registered: through tsx's loader hooks its two large modules
// take about two seconds to load, natively about a tenth of that. The module cache then serves
// them to the extractor. pdf.js's legacy build replaces a few of Node's built-ins with slower
// polyfills as it loads; they are put back, as extract/pdf.ts does when it loads pdf.js itself.
import { workerData } from 'node:worker_threads';

const saved = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
  [Function.prototype, 'toString'],
].map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)]);
try {
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  await import('pdfjs-dist/legacy/build/pdf.mjs');
} finally {
  for (const [owner, key, descriptor] of saved) Object.defineProperty(owner, key, descriptor);
}
const { register } = await import('tsx/esm/api');
register();
await import(workerData.__entry);
