/**
 * The seed report's 151 footnotes as data: text before, citations (a source from ./sources.ts or
 * a transcript's own source, with its locator and, where the footnote differs from the register,
 * its style, linked words or accessed date), the words joining them, and text after. Texts are
 * exactly as the seed prints them, links reduced to their words; `number` is the seed's footnote
 * number, which becomes the footnote's position in the register.
 *
 * Shapes, as DOMAIN.md lists them: a dashboard citation followed by the figures (2, 3, 31…); an
 * explanation ending with a source (4, 56, 102); two sources in one note (22); links inside a
 * sentence, printed as their words only (5, 8, 52); notes of an informal meeting that has no
 * transcript (110, 138); and the dissent and reservation (9 and 112 print the same dissent, in
 * the summary and in chapter three; 111 the reservation), linked to their objections.
 *
 * tests/integration/sources.test.ts formats every one through the app and compares it with the
 * seed.
 */
import type { CitationStyle } from '../../shared/domain/sources';
import {
  PANEL_1_KEY,
  PANEL_2_KEY,
  PCC_2024_07_17_KEY,
  PCC_2024_09_11_KEY,
  QA_2024_12_18_KEY,
  QA_2025_01_29_KEY,
  QA_2025_02_12_KEY,
} from './transcripts/quoted-passages';
import { transcriptSourceKey } from './sources';

export interface SampleCitation {
  /** A key of ./sources.ts, or `transcript/<transcript key>`. */
  source: string;
  style?: CitationStyle;
  locator?: string;
  /** The linked words, when the footnote does not use the source's title. */
  label?: string;
  /** When this footnote's accessed date is not the register's. */
  accessedOn?: string;
  /** The words between this citation and the next. */
  joiner?: string;
}

export interface SampleFootnote {
  /** The seed's footnote number. */
  number: number;
  before?: string;
  cite: SampleCitation[];
  after?: string;
  /** The key of the objection (dissent or reservation) the footnote prints. */
  objection?: string;
}

type CitationExtras = Omit<SampleCitation, 'source'>;

const cite = (source: string, extras: CitationExtras = {}): SampleCitation => ({ source, ...extras });
const transcript = (transcriptKey: string, locator: string, extras: CitationExtras = {}): SampleCitation => ({
  source: transcriptSourceKey(transcriptKey),
  locator,
  ...extras,
});

// The seven transcripts, by meeting.
const P1 = PANEL_1_KEY;
const P2 = PANEL_2_KEY;
const D18 = QA_2024_12_18_KEY;
const J29 = QA_2025_01_29_KEY;
const F12 = QA_2025_02_12_KEY;
const J17 = PCC_2024_07_17_KEY;
const S11 = PCC_2024_09_11_KEY;

/** In the seed's order: `number` runs 1 to 151. */
export const SAMPLE_FOOTNOTES: readonly SampleFootnote[] = [
  { number: 1, cite: [cite('mopac-pcp-consultation-press-release')] },
  { number: 2, cite: [cite('met-monthly-crime-data')], after: '. Volume of total notifiable offences increased from 834,567 in 2021/22 to 936,209 in 2023/24. Volume of theft increased from 204,954 in 2021/22 to 291,000 in 2023/24. Volume of robbery increased from 24,452 in 2021/22 to 34,391 in 2023-24. Volume of gun crime increased from 1,323 in 2021/22 to 1,529 in 2023/24.' },
  { number: 3, cite: [cite('mopac-public-perceptions-dashboard')], after: '. From March 2022 to December 2024, overall confidence has decreased by 3 percentage points and overall trust has remained the same at 73 per cent.' },
  { number: 4, before: "In the current PCP, MOPAC set out 54 performance metrics, 16 of which were marked as 'experimental' at the time of publication in 2022. ", cite: [cite('mopac-pcp-data-definitions')] },
  { number: 5, before: 'These include its ', cite: [cite('mopac-police-and-crime-plan-dashboard', { style: 'title', joiner: ', ' }), cite('mopac-pcp-quarterly-reports', { style: 'title', label: 'quarterly reports', joiner: ' and on the ' }), cite('london-datastore', { style: 'title', joiner: '. Crime metrics are also reported in the ' }), cite('met-monthly-crime-data', { style: 'title', label: "Met's Crime Dashboard" })], after: '.' },
  { number: 6, cite: [cite('police-reform-and-social-responsibility-act-2011', { locator: 'Section 6' })] },
  { number: 7, cite: [cite('mopac-pcp-consultation-press-release')] },
  { number: 8, before: "As of 5 February 2025, data for police recorded crime on MOPAC's ", cite: [cite('mopac-police-and-crime-plan-dashboard', { style: 'title' })], after: ' was last updated in January 2024.' },
  { number: 9, before: 'Zoë Garbett AM dissents from part of Recommendation 8. Studies (e.g. ', cite: [cite('tiratelli-quinton-bradford-2018', { style: 'title', label: 'Tiratelli et al 2018', joiner: ', ' }), cite('braakmann-2022', { style: 'title', label: 'Braakmann 2022' })], after: ') have shown that, and the Committee heard from guests such as Professor Ben Bradford, Professor Jyoti Belur, and Stephen Walcott that stop and search is minimally effective at preventing crime and damages trust. Therefore, she disagrees with the part of the recommendation that says MOPAC should include details of how it will "support the Met\'s use of the tactic". Assembly Member Garbett agrees with the recommendation\'s wording that MOPAC should "monitor and scrutinise its use".', objection: 'dissent-garbett-rec-8' },
  { number: 10, cite: [cite('police-reform-and-social-responsibility-act-2011', { locator: 'Section 6' })] },
  { number: 11, cite: [cite('mopac-pcp-consultation-press-release')] },
  { number: 12, cite: [cite('police-reform-and-social-responsibility-act-2011', { locator: 'Section 6' })] },
  { number: 13, cite: [transcript(P1, 'p.3-4')] },
  { number: 14, cite: [transcript(J29, 'p.26')] },
  { number: 15, cite: [transcript(J29, 'p.36')] },
  { number: 16, cite: [transcript(J29, 'p.26')] },
  { number: 17, cite: [cite('mopac-pcp-consultation')] },
  { number: 18, cite: [transcript(J29, 'p.13')] },
  { number: 19, cite: [transcript(P1, 'p.17')] },
  { number: 20, cite: [transcript(P2, 'p.8')] },
  { number: 21, cite: [transcript(P1, 'p.5')] },
  { number: 22, cite: [cite('mopac-police-and-crime-plan-2017-21', { joiner: ' and ' }), cite('mopac-police-and-crime-plan-2022-25')] },
  { number: 23, cite: [cite('mopac-police-and-crime-plan-2022-25', { label: "London's Police and Crime Plan 2022-25" })] },
  { number: 24, cite: [transcript(J29, 'p.11')] },
  { number: 25, cite: [transcript(J29, 'p.12')] },
  { number: 26, cite: [transcript(J29, 'p.12-13')] },
  { number: 27, cite: [cite('met-monthly-crime-data', { accessedOn: '2025-02-10' })], after: ". Data available on the 'overview of crimes' tab by filtering for measure type 'positive outcomes' and offence 'sexual offences'." },
  { number: 28, cite: [cite('met-homicide-dashboard')] },
  { number: 29, cite: [cite('met-monthly-crime-data')], after: '. Volume of total notifiable offences increased from 834,567 in 2021/22 to 936,209 in 2023/24. Volume of theft increased from 204,954 in 2021/22 to 291,000 in 2023/24. Volume of robbery increased from 24,452 in 2021/22 to 34,391 in 2023-24. Volume of gun crime increased from 1,323 in 2021/22 to 1,529 in 2023/24.' },
  { number: 30, cite: [cite('mopac-public-perceptions-dashboard')], after: '. From March 2022 to December 2024, overall confidence has decreased by 3 percentage points and overall trust has remained the same at 73 per cent.' },
  { number: 31, cite: [cite('mopac-victims-and-witnesses-dashboard', { accessedOn: '2025-02-18' })], after: '. Overall victim satisfaction has reduced from 64 per cent in June 2022 to 61 per cent in December 2024.' },
  { number: 32, cite: [cite('mopac-draft-police-and-crime-plan-2025-29', { label: 'Draft Police and Crime Plan 2025-29' })] },
  { number: 33, cite: [transcript(P2, 'p.13')] },
  { number: 34, cite: [transcript(P1, 'p.8')] },
  { number: 35, cite: [cite('mopac-budget-submission-2025-26', { locator: 'p. 5' })] },
  { number: 36, cite: [cite('mopac-budget-submission-2025-26', { locator: 'p.11' })] },
  { number: 37, cite: [cite('mopac-budget-2025-26-tough-choices', { locator: 'p.1' })] },
  { number: 38, cite: [transcript(J29, 'p.14')] },
  { number: 39, cite: [cite('mopac-budget-2025-26-tough-choices', { locator: 'p.6' })] },
  { number: 40, cite: [cite('mopac-budget-2025-26-tough-choices', { locator: 'p.6' })] },
  { number: 41, cite: [transcript(J29, 'p.1')] },
  { number: 42, cite: [transcript(J29, 'p.15')] },
  { number: 43, cite: [transcript(J29, 'p.15')] },
  { number: 44, cite: [transcript(J29, 'p.33')] },
  { number: 45, cite: [transcript(J29, 'p.13')] },
  { number: 46, cite: [cite('mopac-draft-police-and-crime-plan-2025-29', { label: 'Draft Police and Crime Plan 2025-29' })] },
  { number: 47, cite: [transcript(D18, 'p.5', { label: 'Police and Crime Committee transcript' })] },
  { number: 48, cite: [transcript(P1, 'p.6')] },
  { number: 49, cite: [transcript(P2, 'p.2')] },
  { number: 50, cite: [transcript(P1, 'p.7')] },
  { number: 51, before: "In the current PCP, MOPAC set out 54 performance metrics, 16 of which were marked as 'experimental' at the time of publication in 2022. ", cite: [cite('mopac-pcp-data-definitions')] },
  { number: 52, before: 'These include its ', cite: [cite('mopac-police-and-crime-plan-dashboard', { style: 'title', label: 'Police and Crime Plan Dashboard, quarterly reports', joiner: ' and on the ' }), cite('london-datastore', { style: 'title', joiner: '. Crime metrics are also reported in the ' }), cite('met-monthly-crime-data', { style: 'title', label: "Met's Crime Dashboard" })], after: '.' },
  { number: 53, before: "As of 5 February 2025, data for police recorded crime on MOPAC's Police and Crime Plan Dashboard was last updated in January 2024. ", cite: [cite('mopac-police-and-crime-plan-dashboard')], after: '.' },
  { number: 54, cite: [cite('mopac-violence-dashboard')] },
  { number: 55, cite: [cite('baroness-casey-review', { locator: 'p.7' })] },
  { number: 56, before: "The foundation of policing in the UK is the principle of 'policing by consent'. This means that the police's authority stems from broad public support rather than the power of the state. ", cite: [cite('lords-library-police-standards-and-culture')], after: '.' },
  { number: 57, cite: [transcript(P1, 'p.2')] },
  { number: 58, cite: [transcript(J29, 'p.29')] },
  { number: 59, cite: [cite('mopac-public-perceptions-dashboard', { accessedOn: '2025-02-25' })], after: '. Data available by filtering measure \'Confidence "good job" local\'.' },
  { number: 60, cite: [cite('mopac-public-perceptions-dashboard', { accessedOn: '2025-02-10' })], after: '. Public trust in the Met is 73 per cent as of December 2024.' },
  { number: 61, cite: [cite('mopac-public-perceptions-dashboard', { accessedOn: '2025-02-25' })], after: '. Data available by filtering measure \'Confidence "good job" local\' and \'trust in the police\'.' },
  { number: 62, cite: [cite('met-commissioner-hopeless-position')] },
  { number: 63, cite: [transcript(F12, 'p.3')] },
  { number: 64, cite: [cite('mopac-draft-police-and-crime-plan-2025-29')] },
  { number: 65, cite: [transcript(P2, 'p.2')] },
  { number: 66, cite: [transcript(P2, 'p.12')] },
  { number: 67, cite: [transcript(P2, 'p.2')] },
  { number: 68, cite: [transcript(P1, 'p.11')] },
  { number: 69, cite: [transcript(J29, 'p.32')] },
  { number: 70, cite: [cite('mopac-draft-police-and-crime-plan-2025-29')] },
  { number: 71, cite: [transcript(F12, 'p.13')] },
  { number: 72, cite: [transcript(P1, 'p.11')] },
  { number: 73, cite: [transcript(J17, 'p.4')] },
  { number: 74, cite: [transcript(S11, 'p.18')] },
  { number: 75, cite: [transcript(P1, 'p.13')] },
  { number: 76, cite: [transcript(P2, 'p.1')] },
  { number: 77, cite: [transcript(J29, 'p.1')] },
  { number: 78, cite: [transcript(F12, 'p.5')] },
  { number: 79, cite: [transcript(J29, 'p.34')] },
  { number: 80, cite: [transcript(F12, 'p.7')] },
  { number: 81, cite: [cite('labour-london-manifesto-2024', { locator: 'p.11' })] },
  { number: 82, cite: [transcript(J29, 'p.16')] },
  { number: 83, cite: [transcript(J29, 'p.18')] },
  { number: 84, cite: [transcript(F12, 'p.16')] },
  { number: 85, cite: [transcript(J29, 'p.19')] },
  { number: 86, cite: [cite('met-monthly-crime-data', { accessedOn: '2025-02-04' })], after: ". Data available on 'knife crime' tab filtered January to December 2024, offence type 'knife crime'." },
  { number: 87, cite: [cite('met-monthly-crime-data', { accessedOn: '2025-02-04' })], after: ". Data available on 'knife crime' tab filtered January to December 2024, offence type 'knife crime with injury'." },
  { number: 88, cite: [cite('met-monthly-crime-data', { accessedOn: '2025-02-10' })], after: '. Lethal barrel weapons exclude air guns, bb guns, starter pistols and other non-lethal firearms.' },
  { number: 89, cite: [cite('met-homicide-dashboard')], after: '. Homicides reduced from 153 in 2019 to 109 in 2023, with 82 homicides recorded in the year to September 2024.' },
  { number: 90, cite: [transcript(P2, 'p. 2')] },
  { number: 91, cite: [transcript(P1, 'p.20')] },
  { number: 92, cite: [transcript(P1, 'p.15')] },
  { number: 93, cite: [cite('labour-london-manifesto-2024', { locator: 'p.11' })] },
  { number: 94, cite: [cite('mopac-draft-police-and-crime-plan-2025-29')] },
  { number: 95, cite: [cite('london-assembly-clear-hold-build-2023')] },
  { number: 96, cite: [cite('london-assembly-clear-hold-build-2025')] },
  { number: 97, cite: [cite('london-assembly-clear-hold-build-2025')] },
  { number: 98, cite: [transcript(J29, 'p.33')] },
  { number: 99, cite: [cite('home-office-clear-hold-build-evaluation')] },
  { number: 100, cite: [transcript(P2, 'p.13')] },
  { number: 101, cite: [transcript(P2, 'p.13')] },
  { number: 102, before: 'Based on analysis of ', cite: [cite('met-stop-and-search-monthly-report')], after: '.' },
  { number: 103, before: 'Based on analysis of ', cite: [cite('met-stop-and-search-monthly-report')], after: '. Stops for suspected weapons represented 20,066 of 118,688 stops in 2024.' },
  { number: 104, cite: [cite('mopac-draft-police-and-crime-plan-2025-29')] },
  { number: 105, cite: [transcript(P1, 'p.4')] },
  { number: 106, cite: [transcript(F12, 'p.31')] },
  { number: 107, cite: [transcript(J29, 'p.14')] },
  { number: 108, cite: [transcript(P1, 'p.18')] },
  { number: 109, cite: [transcript(P2, 'p.5')] },
  { number: 110, before: 'Based on evidence heard at ', cite: [cite('london-youth-assembly-informal-meeting', { label: 'an informal meeting with representatives of the London Youth Assembly' })], after: '.' },
  { number: 111, before: 'Zoë Garbett AM disagrees with how stop and search is characterised in the report here and wishes to emphasise that it is the police that consider stop and search to be an important operational tool. Studies (e.g. ', cite: [cite('tiratelli-quinton-bradford-2018', { style: 'title', label: 'Tiratelli et al 2018', joiner: ', ' }), cite('braakmann-2022', { style: 'title', label: 'Braakmann 2022' })], after: ') have shown that, and the Committee heard from guests such as Professor Ben Bradford, Professor Jyoti Belur, and Stephen Walcott that stop and search is minimally effective at preventing crime and damages trust.', objection: 'reservation-garbett-stop-and-search' },
  { number: 112, before: 'Zoë Garbett AM dissents from part of Recommendation 8. Studies (e.g. ', cite: [cite('tiratelli-quinton-bradford-2018', { style: 'title', label: 'Tiratelli et al 2018', joiner: ', ' }), cite('braakmann-2022', { style: 'title', label: 'Braakmann 2022' })], after: ") have shown that, and the Committee heard from guests such as Professor Ben Bradford, Professor Jyoti Belur, and Stephen Walcott that stop and search is minimally effective at preventing crime and damages trust. Therefore, she disagrees with the part of the recommendation that says MOPAC should include details of how it will “support the Met's use of the tactic”. Assembly Member Garbett agrees with the recommendation's wording that MOPAC should “monitor and scrutinise its use”.", objection: 'dissent-garbett-rec-8' },
  { number: 113, cite: [cite('independent-violence-against-women-soars')] },
  { number: 114, cite: [cite('itv-counter-terrorism-strategy-vawg')] },
  { number: 115, cite: [cite('met-monthly-crime-data', { accessedOn: '2025-02-25' })], after: ". Data available on 'overview of crimes' tab filtered February 2024 to January 2025, offence type 'sexual offences'." },
  { number: 116, cite: [cite('met-monthly-crime-data', { accessedOn: '2025-02-25' })], after: ". Data available on 'domestic abuse' tab filtered February 2024 to January 2025." },
  { number: 117, cite: [transcript(P2, 'p.1')] },
  { number: 118, cite: [cite('mopac-draft-police-and-crime-plan-2025-29')] },
  { number: 119, cite: [transcript(P2, 'p.10')] },
  { number: 120, cite: [transcript(P2, 'p.3')] },
  { number: 121, cite: [transcript(P2, 'p.12')] },
  { number: 122, cite: [transcript(P2, 'p.12')] },
  { number: 123, cite: [transcript(P1, 'p.9')] },
  { number: 124, cite: [transcript(J29, 'p.21')] },
  { number: 125, cite: [transcript(J29, 'p.21')] },
  { number: 126, cite: [cite('npcc-operation-soteria')] },
  { number: 127, cite: [cite('mopac-draft-police-and-crime-plan-2025-29')] },
  { number: 128, cite: [transcript(J29, 'p.23')] },
  { number: 129, cite: [transcript(J29, 'p.19')] },
  { number: 130, cite: [transcript(P2, 'p.10-11')] },
  { number: 131, cite: [transcript(J29, 'p.38')] },
  { number: 132, cite: [transcript(J29, 'p.38')] },
  { number: 133, cite: [transcript(J29, 'p.18')] },
  { number: 134, cite: [cite('gla-hate-crime-investment')] },
  { number: 135, cite: [cite('bbc-southport-disorder-arrests')] },
  { number: 136, cite: [transcript(P1, 'p.10')] },
  { number: 137, cite: [transcript(J29, 'p.27')] },
  { number: 138, before: 'Based on information and views heard at ', cite: [cite('london-youth-assembly-informal-meeting', { label: 'an informal meeting with representatives of the London Youth Assembly' })], after: '.' },
  { number: 139, cite: [transcript(J29, 'p.27')] },
  { number: 140, cite: [transcript(J29, 'p.26')] },
  { number: 141, cite: [cite('bbc-record-court-backlog')] },
  { number: 142, cite: [cite('moj-courts-reform-quicker-justice')] },
  { number: 143, cite: [cite('mopac-victims-and-witnesses-dashboard')] },
  { number: 144, cite: [cite('mopac-victims-and-witnesses-dashboard', { accessedOn: '2025-02-10' })] },
  { number: 145, cite: [cite('mopac-victims-and-witnesses-dashboard')] },
  { number: 146, cite: [transcript(P1, 'p.16')] },
  { number: 147, cite: [transcript(P2, 'p.16')] },
  { number: 148, cite: [transcript(P1, 'p.16')] },
  { number: 149, cite: [transcript(J29, 'p.37')] },
  { number: 150, cite: [cite('mopac-draft-police-and-crime-plan-2025-29')] },
  { number: 151, cite: [transcript(J29, 'p.40')] },
];
