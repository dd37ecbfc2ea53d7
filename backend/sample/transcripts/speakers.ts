/**
 * Speaker labels as the sample transcripts print them (London Assembly house style: members as
 * "Name AM", guests as "Name (Role, Organisation)", the same full label every time), and the
 * person each label stands for (keys of backend/sample/police-and-crime-plan.ts).
 */

// Members: the report names only these two.
export const HALL = 'Susan Hall AM (Chairman)';
export const GARBETT = 'Zoë Garbett AM';

// Panel 1, 15 January 2025.
export const BRADFORD = 'Professor Ben Bradford (Director, Global City Policing, University College London)';
export const BELUR = 'Professor Jyoti Belur (Professor of Policing, University College London)';
export const WORRINGER = 'Sophia Worringer (Deputy Policy Director, Centre for Social Justice)';

// Panel 2, 15 January 2025.
export const WALCOTT = 'Stephen Walcott (Senior Researcher, Runnymede Trust)';
export const HOLDEN = 'Louise Holden (Senior Policy Officer, Inclusion London)';
export const HAYWARD_CRIPPS = 'John Hayward-Cripps (Chief Executive Officer, Neighbourhood Watch Network)';
export const CHOUDHURY = "Nahar Choudhury (Chief Executive, Solace Women's Aid)";

// Q&A sessions.
export const COMER_SCHWARTZ = 'Kaya Comer-Schwartz (Deputy Mayor for Policing and Crime)';
export const TWIST = 'Matt Twist (Assistant Commissioner, Frontline Policing, Metropolitan Police Service)';
export const WAXMAN = "Claire Waxman OBE (London's Victims' Commissioner)";
export const ROWLEY = 'Sir Mark Rowley QPM (Commissioner of Police of the Metropolis)';

export const SPEAKER_PERSON: Readonly<Record<string, string>> = {
  [HALL]: 'susan-hall',
  [GARBETT]: 'zoe-garbett',
  [BRADFORD]: 'ben-bradford',
  [BELUR]: 'jyoti-belur',
  [WORRINGER]: 'sophia-worringer',
  [WALCOTT]: 'stephen-walcott',
  [HOLDEN]: 'louise-holden',
  [HAYWARD_CRIPPS]: 'john-hayward-cripps',
  [CHOUDHURY]: 'nahar-choudhury',
  [COMER_SCHWARTZ]: 'kaya-comer-schwartz',
  [TWIST]: 'matt-twist',
  [WAXMAN]: 'claire-waxman',
  [ROWLEY]: 'mark-rowley',
};
