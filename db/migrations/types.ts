export interface Migration {
  /** Forward-only, consecutive from 1. */
  version: number;
  name: string;
  sql: string;
}
