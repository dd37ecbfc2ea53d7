// Starts the import worker from TypeScript sources (tests, CLI under tsx). The desktop build
// bundles the worker as plain JavaScript and does not use this file.
//
// pdf.js is loaded before tsx is registered: through tsx's loader hooks its two large modules
// take about two seconds to load, natively about a tenth of that. The module cache then serves
// them to the extractor.
import { workerData } from 'node:worker_threads';

await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
await import('pdfjs-dist/legacy/build/pdf.mjs');
const { register } = await import('tsx/esm/api');
register();
await import(workerData.__entry);
