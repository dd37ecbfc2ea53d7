/**
 * Builds the three parts of the desktop app: main (Node, the shell and the backend), preload
 * (sandboxed bridge) and renderer (the React UI, also served by the local browser host).
 */
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The sample investigation's transcript files travel with the app, beside the main bundle. */
function copySampleTranscripts(): Plugin {
  return {
    name: 'copy-sample-transcripts',
    writeBundle() {
      cpSync(resolve(__dirname, 'backend/sample/transcripts/files'), resolve(__dirname, 'out/main/sample-transcripts'), { recursive: true });
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copySampleTranscripts()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Transcript reading runs in a worker thread, off the main process's event loop.
          'import-worker': resolve(__dirname, 'backend/import/worker.ts'),
        },
        // The native SQLite module is loaded from node_modules at run time, never bundled.
        external: ['better-sqlite3'],
        // Every chunk sits beside index.js, so workers and sample files are found relative to it.
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      // The grid (ag-grid) is one large chunk, loaded only by the pages that show a grid.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
