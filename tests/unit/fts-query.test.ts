/** What members type into the search box, made safe for FTS5. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { toFtsQuery } from '../../backend/search/fts-query';

describe('toFtsQuery', () => {
  it('quotes every word and joins words with AND', () => {
    expect(toFtsQuery('knife crime')).toBe('"knife" AND "crime"');
  });

  it('keeps phrases, prefixes, operators and brackets', () => {
    expect(toFtsQuery('"stop and search" OR (trust AND confid*)')).toBe('"stop and search" OR ( "trust" AND "confid" * )');
    expect(toFtsQuery('police NOT dog')).toBe('"police" NOT "dog"');
    expect(toFtsQuery('“Clear, Hold, Build”')).toBe('"Clear, Hold, Build"');
  });

  it('never lets punctuation become syntax', () => {
    expect(toFtsQuery('stop-and-search')).toBe('"stop-and-search"');
    expect(toFtsQuery("MOPAC's Q1 2025-26")).toBe('"MOPAC\'s" AND "Q1" AND "2025-26"');
    expect(toFtsQuery('speaker:Hall')).toBe('"speaker:Hall"');
  });

  it('lower-case and/or/not are words, not operators', () => {
    expect(toFtsQuery('stop and search')).toBe('"stop" AND "and" AND "search"');
  });

  it.each([
    ['', /Type a word/],
    ['   ', /Type a word/],
    ['"unfinished phrase', /closing quotation mark/],
    ['a"b', /closing quotation mark/],
    ['NOT crime', /NOT needs something before it/],
    ['crime AND', /ends with an operator/],
    ['OR crime', /OR needs something/],
    ['(crime', /bracket is not closed/],
    ['crime)', /closing bracket without an opening/],
    ['()', /Type a word/],
    ['crime AND ()', /Brackets must contain/],
  ])('explains a mistake: %j', (query, message) => {
    let caught: unknown;
    try {
      toFtsQuery(query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('invalid_input');
    expect((caught as ApiError).message).toMatch(message);
  });
});
