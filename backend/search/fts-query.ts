/**
 * Turns what a member types into a safe FTS5 query.
 *
 * Supported: words (all must match), "exact phrases", prefix* searches, AND / OR / NOT (in
 * capitals), and (brackets). Every word and phrase is quoted before it reaches FTS5, so
 * punctuation ("stop-and-search", "Q1 2025-26", "MOPAC's") can never be read as query syntax,
 * and a mistake gets a message rather than an SQLite error.
 */
import { ApiError } from '../../shared/api/errors';

type Token =
  | { kind: 'term'; text: string; prefix: boolean }
  | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { kind: 'open' }
  | { kind: 'close' };

function invalid(message: string): ApiError {
  return new ApiError('invalid_input', message, { query: message });
}

function tokenise(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '"' || ch === '“' || ch === '”') {
      const end = input.slice(i + 1).search(/["“”]/);
      if (end < 0) throw invalid('A phrase is missing its closing quotation mark.');
      const text = input.slice(i + 1, i + 1 + end);
      i += end + 2;
      const prefix = input[i] === '*';
      if (prefix) i += 1;
      if (text.trim()) tokens.push({ kind: 'term', text, prefix });
    } else if (ch === '(') {
      tokens.push({ kind: 'open' });
      i += 1;
    } else if (ch === ')') {
      tokens.push({ kind: 'close' });
      i += 1;
    } else {
      const match = /^[^\s()"“”]+/.exec(input.slice(i))!;
      const word = match[0];
      i += word.length;
      if (word === 'AND' || word === 'OR' || word === 'NOT') tokens.push({ kind: 'op', op: word });
      else {
        const prefix = word.endsWith('*');
        const text = word.replace(/\*+$/, '');
        if (text) tokens.push({ kind: 'term', text, prefix });
      }
    }
  }
  return tokens;
}

function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** Checks the shape (operators between operands, balanced brackets) and writes the FTS5 query. */
export function toFtsQuery(input: string): string {
  const tokens = tokenise(input.normalize('NFC'));
  if (!tokens.some((t) => t.kind === 'term')) throw invalid('Type a word or a phrase to search for.');
  const out: string[] = [];
  let depth = 0;
  let expectOperand = true;
  for (const token of tokens) {
    if (token.kind === 'term' || token.kind === 'open') {
      // Two operands side by side mean AND, as in any search box.
      if (!expectOperand) out.push('AND');
      if (token.kind === 'term') {
        out.push(`${quote(token.text)}${token.prefix ? ' *' : ''}`);
        expectOperand = false;
      } else {
        out.push('(');
        depth += 1;
        expectOperand = true;
      }
    } else if (token.kind === 'close') {
      if (depth === 0) throw invalid('There is a closing bracket without an opening one.');
      if (expectOperand) throw invalid('Brackets must contain something to search for.');
      out.push(')');
      depth -= 1;
    } else {
      if (expectOperand) {
        throw invalid(token.op === 'NOT' ? 'NOT needs something before it, for example: knife NOT crime.' : `${token.op} needs something to search for on both sides.`);
      }
      out.push(token.op);
      expectOperand = true;
    }
  }
  if (expectOperand) throw invalid('The search ends with an operator; add what to search for after it.');
  if (depth > 0) throw invalid('A bracket is not closed.');
  return out.join(' ');
}
