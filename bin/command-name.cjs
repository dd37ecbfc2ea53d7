/**
 * The name of the command a `scrutiny` command line runs (`export-docx`, `search`, `help`), for
 * its own code cache (./code-cache.cjs). Options are skipped, with the value of --store (the one
 * global option that takes one); a search's words are not names.
 */
'use strict';

/** Commands with subcommands of their own: `export docx`, `import transcript`, `metrics import`. */
const GROUPS = new Set(['export', 'import', 'metrics']);

function commandOf(args) {
  const words = [];
  for (let i = 0; i < args.length && words.length < 2; i += 1) {
    if (args[i] === '--store') i += 1;
    else if (!args[i].startsWith('-')) words.push(args[i]);
  }
  const [first, second] = words;
  if (!first) return 'help';
  return GROUPS.has(first) && second ? `${first}-${second}` : first;
}

module.exports = { commandOf };
