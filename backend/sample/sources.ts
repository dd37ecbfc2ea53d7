/**
 * The sample investigation's register of sources: one entry per document the seed report's 151
 * footnotes cite, however often and however worded. The seven transcripts are not here: the
 * importer registers each as its own source (`sampleId('source/transcript/<key>')`), and
 * `SAMPLE_SOURCE_KEYS` lists them as `transcript/<key>` beside the keys below.
 *
 * Publishers and titles are as the seed prints them (the titles most footnotes use; other
 * wordings are citation labels in ./footnotes.ts). Dashboards carry the accessed date most of
 * their footnotes give; footnotes that give another date carry their own. The seed's links are
 * placeholders, so URLs are given only where the address is certain; otherwise null.
 */
import type { SourceKind } from '../../shared/domain/types';
import { sampleId } from './load-sample';
import { SAMPLE_TRANSCRIPTS } from './transcripts';

export interface SampleSource {
  key: string;
  kind: Exclude<SourceKind, 'transcript'>;
  publisher: string | null;
  title: string;
  url: string | null;
  publishedOn: string | null;
  accessedOn: string | null;
  notes: string | null;
}

const source = (s: Pick<SampleSource, 'key' | 'kind' | 'publisher' | 'title'> & Partial<SampleSource>): SampleSource => ({
  url: null,
  publishedOn: null,
  accessedOn: null,
  notes: null,
  ...s,
});

/** In the order the report first cites them. */
export const SAMPLE_SOURCES: readonly SampleSource[] = [
  source({
    key: 'mopac-pcp-consultation-press-release',
    kind: 'web_page',
    publisher: 'MOPAC',
    title: "Mayor invites Londoners to have their say on capital's new Police and Crime Plan",
    publishedOn: '2024-12-18',
    notes: 'Press release launching the consultation on the draft Police and Crime Plan 2025-29.',
  }),
  source({
    key: 'met-monthly-crime-data',
    kind: 'dashboard',
    publisher: 'Metropolitan Police',
    title: 'Monthly Crime Data',
    accessedOn: '2025-02-18',
    notes: "The Met's crime data dashboard (tabs 'overview of crimes', 'knife crime', 'domestic abuse'); footnotes 5 and 52 call it the Met's Crime Dashboard.",
  }),
  source({
    key: 'mopac-public-perceptions-dashboard',
    kind: 'dashboard',
    publisher: 'MOPAC',
    title: 'Public Perceptions Dashboard',
    accessedOn: '2025-02-18',
    notes: 'Confidence and trust in the Met, overall and by group (Public Attitude Survey).',
  }),
  source({ key: 'mopac-pcp-data-definitions', kind: 'report', publisher: 'MOPAC', title: 'PCP Data Definitions', publishedOn: '2022-05-04' }),
  source({
    key: 'mopac-police-and-crime-plan-dashboard',
    kind: 'dashboard',
    publisher: 'MOPAC',
    title: 'Police and Crime Plan Dashboard',
    notes: 'Cited undated: footnote 53 notes its crime data were last updated in January 2024.',
  }),
  source({ key: 'mopac-pcp-quarterly-reports', kind: 'report', publisher: 'MOPAC', title: 'Police and Crime Plan quarterly reports' }),
  source({ key: 'london-datastore', kind: 'dashboard', publisher: 'GLA', title: 'London Datastore', url: 'https://data.london.gov.uk/' }),
  source({
    key: 'police-reform-and-social-responsibility-act-2011',
    kind: 'legislation',
    publisher: null,
    title: 'Police Reform and Social Responsibility Act 2011',
    url: 'https://www.legislation.gov.uk/ukpga/2011/13/contents',
    notes: 'Section 6: the Assembly reviews the draft Police and Crime Plan.',
  }),
  source({
    key: 'tiratelli-quinton-bradford-2018',
    kind: 'other',
    publisher: 'Matteo Tiratelli, Paul Quinton and Ben Bradford',
    title: 'Does Stop and Search Deter Crime? Evidence From Ten Years of London-wide Data',
    publishedOn: '2018',
    notes: 'British Journal of Criminology. Cited as "Tiratelli et al 2018" in Zoë Garbett AM’s dissent and reservation.',
  }),
  source({
    key: 'braakmann-2022',
    kind: 'other',
    publisher: 'Nils Braakmann',
    title: 'Does stop and search reduce crime? Evidence from street-level data and a surge in operations following a high-profile crime',
    publishedOn: '2022',
    notes: 'Journal of the Royal Statistical Society, Series A. Cited as "Braakmann 2022" in Zoë Garbett AM’s dissent and reservation.',
  }),
  source({ key: 'mopac-pcp-consultation', kind: 'web_page', publisher: 'MOPAC', title: "Mayor's Police and Crime Plan consultation", accessedOn: '2025-02-10' }),
  source({ key: 'mopac-police-and-crime-plan-2017-21', kind: 'report', publisher: 'MOPAC', title: 'Police and Crime Plan 2017-2021', publishedOn: '2017-03-20' }),
  source({
    key: 'mopac-police-and-crime-plan-2022-25',
    kind: 'report',
    publisher: 'MOPAC',
    title: 'Police and Crime Plan 2022-25',
    publishedOn: '2022-03-24',
    notes: "Footnote 23 calls it London's Police and Crime Plan 2022-25.",
  }),
  source({ key: 'met-homicide-dashboard', kind: 'dashboard', publisher: 'Metropolitan Police', title: 'Homicide Dashboard', accessedOn: '2025-02-04' }),
  source({
    key: 'mopac-victims-and-witnesses-dashboard',
    kind: 'dashboard',
    publisher: 'MOPAC',
    title: 'Victims and Witnesses Dashboard',
    accessedOn: '2025-02-04',
    notes: 'Victim satisfaction, overall and by group (User Satisfaction Survey).',
  }),
  source({
    key: 'mopac-draft-police-and-crime-plan-2025-29',
    kind: 'report',
    publisher: 'MOPAC',
    title: "Mayor's draft Police and Crime Plan 2025-29",
    publishedOn: '2024-12-18',
    notes: 'The draft Plan this report responds to. Footnotes 32 and 46 call it Draft Police and Crime Plan 2025-29.',
  }),
  source({
    key: 'mopac-budget-submission-2025-26',
    kind: 'report',
    // The report cites it by title alone ("MOPAC budget submission 2025-26"), so no publisher is printed.
    publisher: null,
    title: 'MOPAC budget submission 2025-26',
    publishedOn: '2024-11-22',
    notes: "MOPAC's budget submission to the Mayor.",
  }),
  source({
    key: 'mopac-budget-2025-26-tough-choices',
    kind: 'report',
    publisher: 'MOPAC',
    title: "MOPAC Budget 2025-26: update on Metropolitan Police Service 'tough choices'",
    publishedOn: '2025-02-17',
  }),
  source({ key: 'mopac-violence-dashboard', kind: 'dashboard', publisher: 'MOPAC', title: 'Violence Dashboard', accessedOn: '2025-02-18' }),
  source({
    key: 'baroness-casey-review',
    kind: 'report',
    publisher: null,
    title: 'Baroness Casey Review',
    publishedOn: '2023-03',
    notes: 'Final report into the standards of behaviour and internal culture of the Metropolitan Police Service.',
  }),
  source({ key: 'lords-library-police-standards-and-culture', kind: 'report', publisher: 'House of Lords Library', title: 'Police standards and culture', publishedOn: '2023-04-27' }),
  source({
    key: 'met-commissioner-hopeless-position',
    kind: 'web_page',
    publisher: 'Metropolitan Police',
    title: 'Commissioner – law ruling leaves policing in a "hopeless position"',
    publishedOn: '2025-02-11',
    notes: 'Press release.',
  }),
  source({
    key: 'labour-london-manifesto-2024',
    kind: 'manifesto',
    publisher: 'Labour',
    title: 'A Fairer, Safer, Greener London for everyone',
    publishedOn: '2024-04-16',
    notes: "Sadiq Khan's manifesto for the 2024 mayoral election.",
  }),
  // Two different London Assembly pages share the title; their dates tell them apart.
  source({ key: 'london-assembly-clear-hold-build-2023', kind: 'web_page', publisher: 'London Assembly', title: 'Clear, Hold, Build', publishedOn: '2023-03-28' }),
  source({ key: 'london-assembly-clear-hold-build-2025', kind: 'web_page', publisher: 'London Assembly', title: 'Clear, Hold, Build', publishedOn: '2025-01-21' }),
  source({
    key: 'home-office-clear-hold-build-evaluation',
    kind: 'report',
    publisher: 'Home Office',
    title: 'Evaluation of Clear, Hold, Build: A local response to serious and organised crime',
    publishedOn: '2025-01-23',
  }),
  source({
    key: 'met-stop-and-search-monthly-report',
    kind: 'dashboard',
    publisher: 'Metropolitan Police',
    title: 'Stop and Search Monthly Report',
    notes: 'Cited undated, as the basis of the Committee’s own analysis (footnotes 102 and 103).',
  }),
  source({
    key: 'london-youth-assembly-informal-meeting',
    kind: 'informal_meeting_notes',
    publisher: null,
    title: 'Informal meeting with representatives of the London Youth Assembly',
    publishedOn: '2025-01-06',
    notes: 'No transcript. Cited as "Based on evidence heard at…" (footnote 110) and "Based on information and views heard at…" (footnote 138).',
  }),
  source({ key: 'independent-violence-against-women-soars', kind: 'news', publisher: 'Independent', title: 'Violence against women soars by 40%', publishedOn: '2024-07-23' }),
  source({ key: 'itv-counter-terrorism-strategy-vawg', kind: 'news', publisher: 'ITV', title: 'Met chief says counter terrorism strategy will be used to tackle VAWG', publishedOn: '2024-07-23' }),
  source({ key: 'npcc-operation-soteria', kind: 'web_page', publisher: 'NPCC', title: 'Operation Soteria', accessedOn: '2025-02-10' }),
  source({ key: 'gla-hate-crime-investment', kind: 'web_page', publisher: 'GLA', title: 'Mayor announces further investment to counter hate crime', publishedOn: '2024-10-01', notes: 'Press release.' }),
  source({ key: 'bbc-southport-disorder-arrests', kind: 'news', publisher: 'BBC', title: 'More than 100 arrests as disorder after Southport attack spreads', publishedOn: '2024-07-31' }),
  source({ key: 'bbc-record-court-backlog', kind: 'news', publisher: 'BBC', title: 'Record court backlog as victims wait years for justice', publishedOn: '2024-12-12' }),
  source({
    key: 'moj-courts-reform-quicker-justice',
    kind: 'web_page',
    publisher: 'Ministry of Justice',
    title: 'Courts reform to see quicker justice for victims and keeps streets safe',
    publishedOn: '2024-12-12',
    notes: 'Press release.',
  }),
];

/** The key of a transcript's own source, as footnotes and metrics refer to it. */
export function transcriptSourceKey(transcriptKey: string): string {
  return `transcript/${transcriptKey}`;
}

/** Every source key the sample has: the register above and the seven transcripts' own sources. */
export const SAMPLE_SOURCE_KEYS: ReadonlySet<string> = new Set([
  ...SAMPLE_SOURCES.map((s) => s.key),
  ...SAMPLE_TRANSCRIPTS.map((t) => transcriptSourceKey(t.key)),
]);

/** The stable id of a sample source by key (the same in every store). */
export function sampleSourceId(key: string): string {
  if (!SAMPLE_SOURCE_KEYS.has(key)) throw new Error(`The sample has no source “${key}”.`);
  return sampleId(`source/${key}`);
}
