/**
 * The ordered list of migrations. Add a new file `NNN_name.ts` and append it here; never edit
 * one that has shipped. The store refuses to open when it has a version newer than the last.
 */
import { migration001 } from './001_initial';
import { migration002 } from './002_transcript_search';
import { migration003 } from './003_evidence';
import { migration004 } from './004_sources_and_metrics';
import { migration005 } from './005_footnote_objections';
import { migration006 } from './006_report';
import { migration007 } from './007_versions';
import { migration008 } from './008_sync';
import { migration009 } from './009_search_order';
import { migration010 } from './010_compact_sync_triggers';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

// Guard against a mistake when adding a migration: versions must run 1, 2, 3… without gaps.
MIGRATIONS.forEach((migration, index) => {
  if (migration.version !== index + 1) {
    throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}.`);
  }
});
