/**
 * The dependency direction of docs/ARCHITECTURE.md, checked in CI:
 *   renderer → shared;  backend → db → shared;  electron → backend (→ db → shared).
 * The renderer never touches Node, the filesystem or SQLite; the backend never touches Electron
 * or the DOM; shared is pure TypeScript usable on both sides.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'renderer-only-shared',
      comment: 'The renderer talks to the backend only through the typed API client; it imports renderer/ and shared/ code only.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(backend|db|electron)/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer runs in a sandboxed page: no Node built-ins, no native modules.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-native-packages',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: 'node_modules/(better-sqlite3|electron|tsx|commander)/' },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ is used by both sides: it may not reach into any layer, nor use Node built-ins.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(renderer|backend|db|electron)/' },
    },
    {
      name: 'shared-no-node',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'db-below-backend',
      comment: 'db/ knows nothing of handlers, transports, the shell or the UI.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(backend|electron|renderer)/' },
    },
    {
      name: 'backend-no-electron',
      comment: 'The backend runs in Node for the CLI, the browser host and tests: never Electron, never the UI.',
      severity: 'error',
      from: { path: '^backend/' },
      to: { path: '^(electron|renderer)/|node_modules/electron/' },
    },
    {
      name: 'electron-through-backend',
      comment: 'The shell reaches the store only through the backend, and the UI only over IPC.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^(db|renderer)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
