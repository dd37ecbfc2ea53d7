/** The attribution line under a witness quote, when the draft does not give its own. */
import { describe, expect, it } from 'vitest';
import { defaultAttribution } from '../../backend/report/build-report-model';

describe('defaultAttribution', () => {
  it('prints a linked person’s name, role and organisation', () => {
    expect(defaultAttribution({ speaker: 'John Hayward-Cripps', roleText: 'CEO', organisation: 'Neighbourhood Watch' })).toBe('John Hayward-Cripps, CEO, Neighbourhood Watch');
  });

  it('names an unlinked speaker once, without the role the transcript label carries in brackets', () => {
    expect(defaultAttribution({ speaker: 'Dr Jane Doe (Director, Policing Research)', roleText: 'Director, Policing Research', organisation: null })).toBe(
      'Dr Jane Doe, Director, Policing Research',
    );
  });

  it('keeps a label as it is when there is no role to print after it', () => {
    expect(defaultAttribution({ speaker: 'Jane Doe', roleText: null, organisation: null })).toBe('Jane Doe');
  });
});
