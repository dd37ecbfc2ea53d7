/**
 * The sample's seven transcripts go through the real importer, exactly as a clerk's files would:
 * read off-thread, segmented, matched to the meeting's people, indexed for search.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TranscriptImportResult } from '../../shared/domain/transcripts';
import type { Db, Store } from '../../db/store';
import { prepareTranscript, saveTranscript, type PreparedTranscript } from '../import/import-transcript';
import type { Job } from '../jobs';
import type { ExtractionService } from '../import/run-extraction';
import { sampleId } from './load-sample';
import { SAMPLE_TRANSCRIPTS } from './transcripts';

/**
 * Where the sample's files are: beside this module in the sources, or copied next to the bundle
 * by the desktop build (electron.vite.config.ts).
 */
export function sampleTranscriptsDir(): string {
  const candidates = [new URL('./transcripts/files/', import.meta.url), new URL('./sample-transcripts/', import.meta.url)];
  const found = candidates.map((url) => fileURLToPath(url)).find((dir) => fs.existsSync(dir));
  if (!found) throw new Error('The sample transcripts are missing from this installation.');
  return found;
}

export interface PreparedSampleTranscript {
  key: string;
  prepared: PreparedTranscript;
}

export async function prepareSampleTranscripts(store: Store, extraction: ExtractionService, job: Job): Promise<PreparedSampleTranscript[]> {
  const dir = sampleTranscriptsDir();
  const prepared: PreparedSampleTranscript[] = [];
  for (const [index, transcript] of SAMPLE_TRANSCRIPTS.entries()) {
    job.progress('Reading the sample transcripts', index, SAMPLE_TRANSCRIPTS.length);
    const bytes = new Uint8Array(fs.readFileSync(`${dir}/${transcript.fileName}`));
    prepared.push({ key: transcript.key, prepared: await prepareTranscript(store, extraction, transcript.fileName, bytes, job) });
  }
  return prepared;
}

/** Writes the prepared transcripts into the sample's meetings. Runs inside the sample's transaction. */
export function saveSampleTranscripts(db: Db, authorId: string, prepared: PreparedSampleTranscript[]): TranscriptImportResult[] {
  return prepared.map(({ key, prepared: file }) => {
    const transcript = SAMPLE_TRANSCRIPTS.find((t) => t.key === key)!;
    return saveTranscript(
      db,
      authorId,
      file,
      {
        meetingId: sampleId(`meeting/${transcript.meetingKey}`),
        panelId: transcript.panelKey ? sampleId(`panel/${transcript.meetingKey}/${transcript.panelKey}`) : null,
        title: transcript.title,
      },
      { transcriptId: sampleId(`transcript/${key}`), sourceId: sampleId(`source/transcript/${key}`) },
    );
  });
}
