/**
 * The process tests/integration/crash-safety.test.ts kills: the real backend on a store, doing
 * user actions in a loop — imports of small transcripts, quotes.create, quotes.tag, and merges of
 * a member's bundles — until it is killed with SIGKILL.
 *
 * After each call returns (the action is acknowledged, as the UI would show it done) one line is
 * written to stdout with fs.writeSync, so every line the parent reads names an action that was
 * acknowledged before the kill:
 *
 *   ready
 *   transcript <id> <pageCount>
 *   quote <id>
 *   tag <quoteId> <tagId>
 *   merge <tagId>            (the member's theme that bundle brought)
 *
 * Arguments: the store's path, the setup as JSON ({ meetingId, investigationId, tagIds, bundles }) and a
 * seed for this child's choices (so a failure can be replayed with the parent's printed seed).
 */
import fs from 'node:fs';
import { createBackend } from '../../backend';
import { ApiError } from '../../shared/api/errors';

interface Setup {
  meetingId: string;
  investigationId: string;
  tagIds: string[];
  /** A member's bundles, each bringing one more theme (and everything before it). */
  bundles: { file: string; tagId: string }[];
}

const [storePath, setupJson, seedText] = process.argv.slice(2);
if (!storePath || !setupJson || !seedText) throw new Error('usage: crash-child STORE SETUP_JSON SEED');
const setup = JSON.parse(setupJson) as Setup;

/** A small, fast, seeded generator (mulberry32). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(Number(seedText));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function acknowledge(line: string): void {
  fs.writeSync(1, `${line}\n`);
}

const WORDS = ['stop and search', 'neighbourhood teams', 'knife crime', 'victims', 'trust and confidence', 'the Met', 'youth violence', 'response times'];

function transcriptText(n: number): string {
  const topic = pick(WORDS);
  return [
    `Susan Hall AM (Chairman): Question ${n} (${seedText}) is about ${topic} in the outer boroughs.`,
    `Dr Alex Example (Head of Research, Knife Crime Institute): On ${topic}, answer ${n}: the evidence is mixed and the data are ${Math.floor(random() * 1e9)} rows long.`,
    '\f',
    `Zoë Garbett AM: What would change ${pick(WORDS)} for young Londoners?`,
    `Dr Alex Example (Head of Research, Knife Crime Institute): Named officers who stay long enough to be known, said witness ${n}.`,
  ].join('\n');
}

const backend = await createBackend({ storePath });
const { client } = backend;
const texts = new Map<string, string>();
async function loadText(transcriptId: string): Promise<string> {
  let text = texts.get(transcriptId);
  if (text === undefined) {
    const detail = await client.call('transcripts.get', { id: transcriptId });
    text = detail.pages.map((p) => p.text).join('');
    texts.set(transcriptId, text);
  }
  return text;
}

const transcripts = (await client.call('transcripts.list', { investigationId: setup.investigationId })).map((t) => t.id);
const mine: { id: string; tags: Set<string> }[] = [];
acknowledge('ready');

for (let n = 0; ; n += 1) {
  const roll = random();
  if (roll < 0.2 || transcripts.length === 0) {
    const upload = await client.upload(`crash-${seedText}-${n}.txt`, new TextEncoder().encode(transcriptText(n)).buffer as ArrayBuffer);
    const result = await client.call('transcripts.import', { uploadId: upload.uploadId, meetingId: setup.meetingId });
    acknowledge(`transcript ${result.transcriptId} ${result.pageCount}`);
    transcripts.push(result.transcriptId);
  } else if (roll > 0.9) {
    const bundle = pick(setup.bundles);
    const upload = await client.upload(`member-${n}.scrutiny`, new Uint8Array(fs.readFileSync(bundle.file)).buffer as ArrayBuffer);
    await client.call('bundles.import', { uploadId: upload.uploadId });
    acknowledge(`merge ${bundle.tagId}`);
  } else if (roll < 0.6 || mine.length === 0) {
    const transcriptId = pick(transcripts);
    const text = await loadText(transcriptId);
    const start = Math.floor(random() * (text.length - 40));
    let quote;
    try {
      quote = await client.call('quotes.create', { transcriptId, startOffset: start, endOffset: start + 10 + Math.floor(random() * 30), note: `note ${n}` });
    } catch (error) {
      // A random selection may hold only a speaker's name or spaces: refused, as in the reader.
      if (error instanceof ApiError && error.code === 'invalid_input') continue;
      throw error;
    }
    acknowledge(`quote ${quote.id}`);
    mine.push({ id: quote.id, tags: new Set(quote.tagIds) });
  } else {
    const quote = pick(mine);
    const free = setup.tagIds.filter((id) => !quote.tags.has(id));
    if (free.length === 0) continue;
    const tagId = pick(free);
    await client.call('quotes.tag', { quoteId: quote.id, tagId });
    acknowledge(`tag ${quote.id} ${tagId}`);
    quote.tags.add(tagId);
  }
}
