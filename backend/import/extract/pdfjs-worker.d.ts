// pdf.js ships no types for its worker module. Importing it runs pdf.js's "worker" in this thread
// (it sets globalThis.pdfjsWorker), which is what the Node build does anyway.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
