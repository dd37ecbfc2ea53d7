/** Evidence: quotes marked in transcripts, their coverage of the report, and the codebook (views/evidence). */
export { EvidenceArea as EvidenceView } from '../evidence/EvidenceArea';
