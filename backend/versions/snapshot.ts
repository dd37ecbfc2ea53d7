/**
 * A version's snapshot: the report model as JSON, and its SHA-256. The model is built the same way
 * every time from the same store, so equal hashes mean the report reads exactly the same.
 */
import { createHash } from 'node:crypto';
import type { ReportModel } from '../../shared/report/model';

export interface Snapshot {
  json: string;
  hash: string;
}

export function hashSnapshot(json: string): string {
  return createHash('sha256').update(json, 'utf8').digest('hex');
}

export function snapshotOf(model: ReportModel): Snapshot {
  const json = JSON.stringify(model);
  return { json, hash: hashSnapshot(json) };
}
