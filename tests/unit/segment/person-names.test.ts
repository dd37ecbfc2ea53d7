/** Normalising printed speaker labels to names, comparison keys and matching people. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSpeaker, nameKey, namesMatch, normalisePersonName } from '../../../shared/format/person-names';

describe('normalisePersonName', () => {
  const cases: [string, string, string | null][] = [
    ['Susan Hall AM (Chairman)', 'Susan Hall', 'Chairman'],
    ['Zoë Garbett AM', 'Zoë Garbett', null],
    ['Marion Reed OBE AM (Chair)', 'Marion Reed', 'Chair'],
    ['Caroline Russell AM (Deputy Chair)', 'Caroline Russell', 'Deputy Chair'],
    ['Professor Ben Bradford (Director, Global City Policing, University College London)', 'Ben Bradford', 'Director, Global City Policing, University College London'],
    ['Prof. Jyoti Belur (Professor of Policing, University College London)', 'Jyoti Belur', 'Professor of Policing, University College London'],
    ['Kaya Comer-Schwartz (Deputy Mayor for Policing and Crime)', 'Kaya Comer-Schwartz', 'Deputy Mayor for Policing and Crime'],
    ['Sir Mark Rowley QPM (Commissioner of Police of the Metropolis)', 'Mark Rowley', 'Commissioner of Police of the Metropolis'],
    ['Sir Mark Rowley QPM', 'Mark Rowley', null],
    ["Claire Waxman OBE (London's Victims' Commissioner)", 'Claire Waxman', "London's Victims' Commissioner"],
    ['John Hayward-Cripps (CEO, Neighbourhood Watch Network)', 'John Hayward-Cripps', 'CEO, Neighbourhood Watch Network'],
    ['Jenny Jones (AM)', 'Jenny Jones', null],
    ['12Jenny Jones (AM)', 'Jenny Jones', null],
    ['Toby Harris (Chair)', 'Toby Harris', 'Chair'],
    ['Chair', 'Chair', 'Chair'],
    ['Q82 Chair', 'Chair', 'Chair'],
    ['The Chairman', 'Chairman', 'Chairman'],
    ['Q83 Ms Harman', 'Harman', null],
    ['Q84 Sir Iain Duncan Smith', 'Iain Duncan Smith', null],
    ['The Rt Hon Sir Iain Duncan Smith MP', 'Iain Duncan Smith', null],
    ['Dame Lynne Owens', 'Lynne Owens', null],
    ['Dr Siobhan O’Neill', 'Siobhan O’Neill', null],
    ['Mr Paul Kohler', 'Paul Kohler', null],
    ['Mrs Jane Doe MBE', 'Jane Doe', null],
    ['Miss Ann Lee CBE', 'Ann Lee', null],
    ['Mx Sam Poe KC', 'Sam Poe', null],
    ['Lord Hogan-Howe QPM', 'Hogan-Howe', null],
    ['Baroness Casey of Blackstock DBE CB', 'Casey', null],
    ['Sarah Jones QC', 'Sarah Jones', null],
    ['  Susan\u00a0 Hall   AM  (Chairman) ', 'Susan Hall', 'Chairman'],
    ['Susan Hall AM (Chairman) [in the Chair]', 'Susan Hall', 'Chairman'],
    ['Jenny Jones (AM, Deputy Chair)', 'Jenny Jones', 'Deputy Chair'],
    ['Zoe\u0308 Garbett AM', 'Zoë Garbett', null],
  ];
  it.each(cases)('%s → %s, %s', (label, name, roleText) => {
    expect(normalisePersonName(label)).toEqual({ name, roleText });
  });

  it('returns NFC with accents and hyphens kept', () => {
    const { name } = normalisePersonName('Zoe\u0308 Garbett AM');
    expect(name).toBe(name.normalize('NFC'));
    expect(name).toContain('ë');
  });

  it('never throws, and returns a tidy name, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (label) => {
        const { name, roleText } = normalisePersonName(label);
        expect(name).toBe(name.trim());
        expect(name).not.toMatch(/\s\s/);
        expect(name).toBe(name.normalize('NFC'));
        if (roleText !== null) expect(roleText.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on the names it returns for labels in transcript shape', () => {
    const word = fc.stringMatching(/^[A-Z][a-zë'-]{1,8}$/);
    const label = fc
      .tuple(
        fc.constantFrom('', 'Sir ', 'Dame ', 'Professor ', 'Prof. ', 'Dr ', 'Ms ', 'Mr ', 'The Rt Hon '),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', ' AM', ' OBE AM', ' QPM', ' MP'),
        fc.constantFrom('', ' (Chair)', ' (Chairman)', ' (AM)', ' (Director, Example Institute)'),
      )
      .map(([title, words, post, role]) => `${title}${words.join(' ')}${post}${role}`);
    fc.assert(
      fc.property(label, (l) => {
        const { name } = normalisePersonName(l);
        expect(normalisePersonName(name).name).toBe(name);
      }),
    );
  });
});

describe('nameKey', () => {
  it('folds accents, case, punctuation and spacing', () => {
    expect(nameKey('Zoë Garbett')).toBe('zoe garbett');
    expect(nameKey('Zoe Garbett')).toBe(nameKey('Zoë Garbett'));
    expect(nameKey('Zoe\u0308 Garbett')).toBe(nameKey('Zoë Garbett'));
    expect(nameKey('ZOË  GARBETT ')).toBe('zoe garbett');
    expect(nameKey('Kaya Comer-Schwartz')).toBe(nameKey('Kaya Comer Schwartz'));
    expect(nameKey('Siobhan O’Neill')).toBe(nameKey("Siobhan O'Neill"));
    expect(nameKey("Siobhan O'Neill")).toBe('siobhan oneill');
    expect(nameKey('Søren Ørsted')).toBe('soren orsted');
    expect(nameKey('Gruﬃth')).toBe('gruffith'); // a PDF ligature
    expect(nameKey('J. R. Smith')).toBe('j r smith');
  });

  it('is idempotent and blind to Unicode normal form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const key = nameKey(s);
        expect(nameKey(key)).toBe(key);
        expect(nameKey(s.normalize('NFD'))).toBe(nameKey(s.normalize('NFC')));
        expect(key).toBe(key.trim());
        expect(key).not.toMatch(/\s\s/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('namesMatch', () => {
  it('matches the same person however the label is printed', () => {
    expect(namesMatch('Zoe Garbett', 'Zoë Garbett AM')).toBe(true);
    expect(namesMatch('Professor Ben Bradford', 'Prof. Ben Bradford')).toBe(true);
    expect(namesMatch('Sir Mark Rowley QPM', 'Mark Rowley')).toBe(true);
    expect(namesMatch('Ms Harman', 'Harriet Harman')).toBe(true);
    expect(namesMatch('Mr Duncan Smith', 'Sir Iain Duncan Smith')).toBe(true);
  });

  it('does not match different people', () => {
    expect(namesMatch('Jane Smith', 'John Smith')).toBe(false);
    expect(namesMatch('Ms Harman', 'Harriet Harmanson')).toBe(false);
    expect(namesMatch('Ms Harman', 'Harman Singh')).toBe(false);
    expect(namesMatch('', 'Harriet Harman')).toBe(false);
  });
});

describe('matchSpeaker', () => {
  const people = [
    { id: 'hall', fullName: 'Susan Hall' },
    { id: 'garbett', fullName: 'Zoë Garbett' },
    { id: 'bradford', fullName: 'Ben Bradford' },
    { id: 'rowley', fullName: 'Mark Rowley' },
    { id: 'harman', fullName: 'Harriet Harman' },
    { id: 'ids', fullName: 'Iain Duncan Smith' },
    { id: 'jsmith', fullName: 'John Smith' },
    { id: 'waxman', fullName: 'Claire Waxman' },
  ];

  it('prefers an exact key match', () => {
    expect(matchSpeaker('Zoe Garbett', people)).toBe('garbett');
    expect(matchSpeaker('Susan Hall', people)).toBe('hall');
    expect(matchSpeaker('Professor Ben Bradford', people)).toBe('bradford');
    expect(matchSpeaker('Sir Mark Rowley QPM', people)).toBe('rowley');
    expect(matchSpeaker("Claire Waxman OBE (London's Victims' Commissioner)", people)).toBe('waxman');
    // An exact match wins even when a surname match would also fit.
    expect(matchSpeaker('Smith', [...people, { id: 'smith', fullName: 'Smith' }])).toBe('smith');
  });

  it('then a surname that is unique among the candidates', () => {
    expect(matchSpeaker('Harman', people)).toBe('harman');
    expect(matchSpeaker('Ms Harman', people)).toBe('harman');
    expect(matchSpeaker('Duncan Smith', people)).toBe('ids');
    expect(matchSpeaker('Rowley', [{ id: 7, fullName: 'Sir Mark Rowley' }])).toBe(7);
  });

  it('else null: no match, or more than one', () => {
    expect(matchSpeaker('Smith', people)).toBeNull(); // John Smith and Iain Duncan Smith
    expect(matchSpeaker('Jane Smith', people)).toBeNull();
    expect(matchSpeaker('Chair', people)).toBeNull();
    expect(matchSpeaker('', people)).toBeNull();
    expect(matchSpeaker('Susan Hall', [...people, { id: 'hall2', fullName: 'Susan  Hall' }])).toBeNull();
    expect(matchSpeaker('Susan Hall', [])).toBeNull();
  });
});
