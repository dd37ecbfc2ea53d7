/** House-style labels. */
import { describe, expect, it } from 'vitest';
import { meetingKindInProse } from '../../shared/domain/labels';

describe('meetingKindInProse', () => {
  it('lower-cases a kind inside a sentence, but keeps an initialism', () => {
    expect(meetingKindInProse('formal_meeting')).toBe('formal meeting');
    expect(meetingKindInProse('informal_meeting')).toBe('informal meeting');
    expect(meetingKindInProse('qa_session')).toBe('Q&A session');
  });
});
