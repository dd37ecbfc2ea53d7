// Types for build-freshness.cjs, for the TypeScript that uses it (the bench).
export function newestChange(path: string): number;
export function isBuildFresh(root: string, builtFiles: string[], sources: string[]): boolean;
export const CLI_BUNDLE: string;
export const CLI_SOURCES: string[];
