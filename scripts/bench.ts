/**
 * `npm run bench`: the workbench's speed, each figure next to a peer doing the same work on the
 * same input, as a ratio. Not part of `npm test` (it takes a minute or two and its figures depend
 * on the machine).
 *
 *   Import  a generated 100-page transcript PDF, imported and indexed     vs  pdftotext (poppler)
 *   Search  1,000 transcripts × 30 pages (~10 million words), p50 / p95   vs  ripgrep on the same text
 *   Size    the store on disk for that corpus, and the process's memory
 *   Quotes  marking and tagging a quote through the browser host (HTTP), p50 / p95
 *   Grid    the evidence grid with 50,000 quotes in headless Chromium: first rows painted, quick
 *           filter (scripts/bench/evidence-grid.ts; needs `npm run build` first)
 *
 * Options: --transcripts N (default 1000), --pages N (default 30), --keep (leave the files),
 *          --only import|quotes|grid|search (one section, e.g. after changing that area).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../backend';
import { startHost } from '../backend/host/http-host';
import { segmentTranscript } from '../backend/import/segment';
import { insertTranscript } from '../db/repositories/transcripts';
import { insertAttachment } from '../db/repositories/transcripts';
import { makeTranscriptPdf } from '../tests/fixtures/extract/make-fixtures';
import { benchEvidenceGrid } from './bench/evidence-grid';
import { ms, printTable, type Row } from './bench/table';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const TRANSCRIPTS = option('transcripts', 1000);
const PAGES = option('pages', 30);
const KEEP = args.includes('--keep');
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const section = (name: string) => ONLY === null || ONLY === name;

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function have(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Wall time of a command, best of `runs`. */
function timeCommand(command: string, commandArgs: string[], runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    spawnSync(command, commandArgs, { stdio: 'ignore' });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// ---- A corpus that reads like committee transcripts -------------------------------------------

/**
 * Real committee speech has a long tail: a few hundred function words make up half the text and
 * tens of thousands of content words the rest. The corpus mimics that (Zipf's law over about
 * 20,000 terms: real words first, then made-up ones) so that queries meet realistic doclists.
 */
const COMMON_WORDS = (
  'the of and to in that is it we a for on this be have are with as not what they there was about but which ' +
  'i you he she our their at by from or an will can do if so has had been would should could more very think ' +
  'all one some there when how also just them people time year other into over than then now only'
).split(' ');
const TOPIC_WORDS = (
  'police london crime met trust confidence community communities officers victims victim safety plan mayor mopac ' +
  'neighbourhood borough boroughs knife violence women girls young stop search data dashboard funding budget ' +
  'commissioner evidence strategy performance resources services support public order protest online hate ' +
  'extremism radicalisation partnership local residents engagement scrutiny committee question answer report ' +
  'recommendation monitoring delivery pressure challenge prevention exploitation gangs schools youth probation ' +
  'courts justice sentencing rape sexual domestic abuse misogyny vetting misconduct standards culture reform ' +
  'recruitment retention training wellbeing equality disproportionality tasers custody complaints transparency'
).split(' ');
const SYLLABLES = 'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(' ');
const VOCABULARY: string[] = [...COMMON_WORDS, ...TOPIC_WORDS];
for (let i = 0; VOCABULARY.length < 20_000; i += 1) {
  VOCABULARY.push(`${SYLLABLES[i % 50]}${SYLLABLES[Math.floor(i / 50) % 50]}${SYLLABLES[Math.floor(i / 2500) % 50]}`);
}
const SPEAKERS = [
  'Susan Hall AM (Chairman)',
  'Zoë Garbett AM',
  'Professor Ben Bradford (Director, Global City Policing, University College London)',
  'Kaya Comer-Schwartz (Deputy Mayor for Policing and Crime)',
  'Matt Twist (Assistant Commissioner, Frontline Policing, Metropolitan Police Service)',
];
/** Phrases planted at a known rate so queries have realistic hit counts. */
const PLANTED = ['stop and search', 'knife crime', 'victim satisfaction', 'Clear, Hold, Build', 'Victim Care Hub', 'online enablers of hate crime'];

function makeRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Zipf-like word choice: common words much more often than rare ones. */
function makeWordPicker(random: () => number) {
  const weights = VOCABULARY.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  return () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return VOCABULARY[lo]!;
  };
}

function makeTranscriptText(index: number, pages: number): { pages: string[]; words: number } {
  const random = makeRandom(index + 1);
  const word = makeWordPicker(random);
  let words = 0;
  const out: string[] = [];
  for (let page = 0; page < pages; page += 1) {
    const lines: string[] = [];
    for (let turn = 0; turn < 4; turn += 1) {
      const parts: string[] = [];
      const length = 70 + Math.floor(random() * 30);
      for (let w = 0; w < length; w += 1) {
        if (random() < 0.002) parts.push(PLANTED[Math.floor(random() * PLANTED.length)]!);
        else parts.push(word());
      }
      words += length + 4;
      const speech = parts.join(' ');
      lines.push(`${SPEAKERS[(page + turn) % SPEAKERS.length]}: ${speech.charAt(0).toUpperCase()}${speech.slice(1)}.`);
    }
    out.push(`${lines.join('\n')}\n`);
  }
  return { pages: out, words };
}

// ---- The benchmarks ----------------------------------------------------------------------------

async function benchImport(dir: string, rows: Row[]): Promise<void> {
  const pdf = await makeTranscriptPdf({ pages: 100, linesPerPage: 40 });
  const pdfPath = path.join(dir, 'transcript-100-pages.pdf');
  fs.writeFileSync(pdfPath, pdf.bytes);
  const backend = await createBackend({ storePath: path.join(dir, 'import.db') });
  try {
    const { client } = backend;
    const { id: investigationId } = await client.call('investigations.create', { title: 'Bench', committeeName: 'Police and Crime Committee' });
    const times: number[] = [];
    for (let run = 0; run < 4; run += 1) {
      const meeting = await client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-01-15', title: `Run ${run}` });
      // Each run imports different bytes (the duplicate check would refuse the same file twice).
      const bytes = new Uint8Array(pdf.bytes.byteLength + 16);
      bytes.set(pdf.bytes);
      bytes.set(new TextEncoder().encode(`\n%run ${run}      `), pdf.bytes.byteLength);
      const start = performance.now();
      const upload = await client.upload('transcript.pdf', bytes.buffer);
      await client.call('transcripts.import', { uploadId: upload.uploadId, meetingId: meeting.id });
      times.push(performance.now() - start);
    }
    const cold = times[0]!;
    const warm = Math.min(...times.slice(1));
    const peer = have('pdftotext') ? timeCommand('pdftotext', ['-layout', pdfPath, path.join(dir, 'out.txt')]) : NaN;
    const peerText = Number.isNaN(peer) ? 'not installed' : ms(peer);
    const ratio = (ours: number) => (Number.isNaN(peer) ? '–' : `${(ours / peer).toFixed(1)}× pdftotext`);
    rows.push({ measure: 'Import 100-page PDF (first, worker start)', ours: ms(cold), peer: peerText, peerName: 'pdftotext', ratio: ratio(cold), target: '< 1000 ms' });
    rows.push({ measure: 'Import 100-page PDF (worker warm)', ours: ms(warm), peer: peerText, peerName: 'pdftotext', ratio: ratio(warm), target: '< 1000 ms' });
  } finally {
    await backend.close();
  }
}

async function benchSearch(dir: string, rows: Row[]): Promise<void> {
  const textDir = path.join(dir, 'corpus');
  fs.mkdirSync(textDir);
  const storePath = path.join(dir, 'search.db');
  const backend = await createBackend({ storePath });
  const { client, store } = backend;
  try {
    const { id: investigationId } = await client.call('investigations.create', { title: 'A year of transcripts', committeeName: 'Police and Crime Committee' });
    const meeting = await client.call('meetings.create', { investigationId, kind: 'formal_meeting', heldOn: '2025-01-15', title: 'Corpus' });
    let totalWords = 0;
    const buildStart = performance.now();
    const BATCH = 50;
    for (let first = 0; first < TRANSCRIPTS; first += BATCH) {
      store.transaction(() => {
        for (let index = first; index < Math.min(TRANSCRIPTS, first + BATCH); index += 1) {
          const { pages, words } = makeTranscriptText(index, PAGES);
          totalWords += words;
          fs.writeFileSync(path.join(textDir, `transcript-${index}.txt`), pages.join('\f'));
          const segmented = segmentTranscript({ format: 'txt', warnings: [], pages: pages.map((text, i) => ({ number: i + 1, text })) });
          const sha256 = `${index.toString(16).padStart(64, '0')}`;
          insertAttachment(store.db, { sha256, fileName: `transcript-${index}.txt`, mediaType: 'text/plain', data: new Uint8Array(0) });
          insertTranscript(store.db, 'bench', {
            meetingId: meeting.id,
            panelId: null,
            sourceId: null,
            title: `Transcript ${index}`,
            attachmentSha256: sha256,
            format: 'txt',
            originalFileName: `transcript-${index}.txt`,
            pages: segmented.pages.map((p) => ({ ...p, text: segmented.text.slice(p.startOffset, p.endOffset) })),
            turns: segmented.turns.map((t) => ({ ...t, personId: null })),
          });
        }
      });
      process.stderr.write(`\r  building the corpus: ${Math.min(TRANSCRIPTS, first + BATCH)} of ${TRANSCRIPTS} transcripts`);
    }
    store.db.exec(`INSERT INTO search_index (search_index) VALUES ('optimize')`);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const buildMs = performance.now() - buildStart;
    process.stderr.write('\n');

    const queries: { query: string; rg: string[] | null }[] = [
      { query: '"stop and search"', rg: ['-F', 'stop and search'] },
      { query: '"victim satisfaction"', rg: ['-F', 'victim satisfaction'] },
      { query: '"Clear, Hold, Build"', rg: ['-F', 'Clear, Hold, Build'] },
      { query: '"online enablers of hate crime"', rg: ['-F', 'online enablers of hate crime'] },
      { query: 'knife crime borough', rg: null },
      { query: 'trust AND confidence AND communities', rg: null },
      { query: 'radicalis* OR extremism', rg: ['-e', 'radicalis', '-e', 'extremism'] },
    ];
    // Each query in both orders: newest meetings first (the default: the index read backwards,
    // stopping at a page of results) and best match first (bm25 over every match).
    const orders = [
      { order: 'newest' as const, name: 'newest meetings first (the default)' },
      { order: 'best' as const, name: 'best match first (bm25)' },
    ];
    const latencies = new Map<string, number[]>(orders.map((o) => [o.order, []]));
    const perQuery: { query: string; p50: Record<string, number>; rg: number }[] = [];
    for (const { query, rg } of queries) {
      const p50: Record<string, number> = {};
      for (const { order } of orders) {
        const times: number[] = [];
        for (let run = 0; run < 25; run += 1) {
          const start = performance.now();
          await client.call('search.transcripts', { query, investigationId, order, limit: 20 });
          times.push(performance.now() - start);
        }
        latencies.get(order)!.push(...times.slice(5));
        p50[order] = percentile(times.slice(5), 50);
      }
      const rgTime = rg && have('rg') ? timeCommand('rg', ['--count-matches', '--no-messages', ...rg, textDir], 3) : NaN;
      perQuery.push({ query, p50, rg: rgTime });
    }
    const rgTimes = perQuery.filter((q) => !Number.isNaN(q.rg));
    const rgMedian = rgTimes.length ? percentile(rgTimes.map((q) => q.rg), 50) : NaN;
    const rgText = Number.isNaN(rgMedian) ? 'not installed' : ms(rgMedian);
    const faster = (ours: number) => (Number.isNaN(rgMedian) ? '–' : `${(rgMedian / ours).toFixed(0)}× faster`);
    rows.push({ measure: `Corpus: ${TRANSCRIPTS} transcripts × ${PAGES} pages, ${(totalWords / 1e6).toFixed(1)} M words, built and indexed`, ours: ms(buildMs), peer: '', peerName: '', ratio: '', target: '' });
    for (const { order, name } of orders) {
      const all = latencies.get(order)!;
      rows.push({ measure: `Search p50, ${name} (phrases and multi-word, 20 results with snippets)`, ours: ms(percentile(all, 50)), peer: rgText, peerName: 'ripgrep', ratio: faster(percentile(all, 50)), target: order === 'newest' ? '≥ 10× faster' : '' });
      rows.push({ measure: `Search p95, ${name}`, ours: ms(percentile(all, 95)), peer: rgText, peerName: 'ripgrep', ratio: faster(percentile(all, 95)), target: '< 20 ms' });
    }
    for (const q of perQuery) {
      rows.push({
        measure: `  ${q.query} (newest / best)`,
        ours: `${ms(q.p50.newest!)} / ${ms(q.p50.best!)}`,
        peer: Number.isNaN(q.rg) ? '' : ms(q.rg),
        peerName: Number.isNaN(q.rg) ? '' : 'ripgrep',
        ratio: Number.isNaN(q.rg) ? '' : `${(q.rg / q.p50.newest!).toFixed(0)}× / ${(q.rg / q.p50.best!).toFixed(0)}×`,
        target: '',
      });
    }
    const storeBytes = ['', '-wal', '-shm'].map((s) => (fs.existsSync(storePath + s) ? fs.statSync(storePath + s).size : 0)).reduce((a, b) => a + b, 0);
    const textBytes = fs.readdirSync(textDir).reduce((sum, f) => sum + fs.statSync(path.join(textDir, f)).size, 0);
    rows.push({ measure: 'Store size for the corpus (text, pages, turns, index)', ours: mb(storeBytes), peer: mb(textBytes), peerName: 'plain text files', ratio: `${(storeBytes / textBytes).toFixed(1)}× the text`, target: '' });
    rows.push({ measure: 'Backend memory (resident) after searching', ours: mb(process.memoryUsage().rss), peer: '', peerName: '', ratio: '', target: '' });
  } finally {
    await backend.close();
  }
}

/** Marking and tagging a quote, as the page does it: two HTTP calls through the browser host. */
async function benchQuoteRoundTrip(dir: string, rows: Row[]): Promise<void> {
  const backend = await createBackend({ storePath: path.join(dir, 'quotes.db') });
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>bench</title>');
  const host = await startHost({ backend, rendererDir });
  try {
    const { investigationId } = await backend.client.call('sample.load', {});
    const tags = await backend.client.call('tags.list', { investigationId });
    const rec5 = tags.find((t) => t.name === 'Recommendation 5')!;
    const [transcript] = await backend.client.call('transcripts.list', { investigationId });
    const detail = await backend.client.call('transcripts.get', { id: transcript!.id });
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`${host.origin}/api/call`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Scrutiny-Token': host.token },
        body: JSON.stringify({ method, input }),
      });
      const body = (await response.json()) as { ok: boolean; result: { id: string } };
      if (!body.ok) throw new Error(JSON.stringify(body));
      return body.result;
    };
    const times: number[] = [];
    const turns = detail.turns.filter((t) => t.endOffset - t.speechOffset > 40);
    for (let i = 0; i < 120; i += 1) {
      const turn = turns[i % turns.length]!;
      const start = performance.now();
      const quote = await call('quotes.create', { transcriptId: transcript!.id, startOffset: turn.speechOffset, endOffset: turn.speechOffset + 30 + (i % 10) });
      await call('quotes.tag', { quoteId: quote.id, tagId: rec5.id });
      times.push(performance.now() - start);
    }
    const measured = times.slice(20);
    rows.push({ measure: 'Mark and tag a quote through the browser host: p50', ours: ms(percentile(measured, 50)), peer: '', peerName: '', ratio: '', target: '' });
    rows.push({ measure: 'Mark and tag a quote through the browser host: p95', ours: ms(percentile(measured, 95)), peer: '', peerName: '', ratio: '', target: '< 50 ms' });
  } finally {
    await host.close();
    await backend.close();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-bench-'));
  const rows: Row[] = [];
  try {
    console.log(`Scrutiny Workbench benchmark — ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
    if (section('import')) await benchImport(dir, rows);
    if (section('quotes')) await benchQuoteRoundTrip(dir, rows);
    if (section('grid')) await benchEvidenceGrid(dir, rows);
    if (section('search')) await benchSearch(dir, rows);
    if (section('export')) await (await import('./bench/export')).benchExport(dir, rows);
    printTable(rows);
    if (!have('rg') || !have('pdftotext')) console.log('\nInstall the peers for ratios: apt-get install ripgrep poppler-utils');
  } finally {
    if (KEEP) console.log(`\nFiles kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
