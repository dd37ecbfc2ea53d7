/**
 * A recommendation in its box, numbered as the report numbers it, with its addressee and due
 * date; each member's dissent is shown beside the part it is from (or after the whole).
 */
import type { ReactElement } from 'react';
import { formatLongDate } from '../../../../../shared/format/dates';
import type { Recommendation } from '../../../../../shared/domain/types';
import type { ModelRecommendation } from '../../../../../shared/report/model';
import type { DraftObjection } from '../../../../../shared/report/objections';
import { opening } from '../draft-format';
import { ObjectionList } from './ObjectionList';

export function RecommendationBlock({ recommendation, printed, dissents }: { recommendation: Recommendation | undefined; printed: ModelRecommendation | undefined; dissents: DraftObjection[] }) {
  if (!recommendation) return <p className="muted">This recommendation no longer exists; remove the block.</p>;
  const parts = [...recommendation.parts].sort((a, b) => a.position - b.position);
  const partName = (partId: string | null) => {
    const part = parts.find((p) => p.id === partId);
    return part ? `from “${opening(part.text, 10)}”` : 'from the whole recommendation';
  };
  const onPart = (partId: string) => dissents.filter((d) => d.recommendationPartId === partId);
  const whole = dissents.filter((d) => !d.recommendationPartId || !parts.some((p) => p.id === d.recommendationPartId));
  const rows: ReactElement[] = [];
  let bullets: ReactElement[] = [];
  const flush = () => {
    if (bullets.length > 0) rows.push(<ul key={`ul-${rows.length}`}>{bullets}</ul>);
    bullets = [];
  };
  for (const part of parts) {
    const here = onPart(part.id);
    const marker = here.length > 0 ? <span className="draft-dissent-marker"> (dissent: {here.map((d) => d.memberName).join(', ')})</span> : null;
    if (part.kind === 'bullet') {
      bullets.push(
        <li key={part.id} className={here.length > 0 ? 'draft-dissented' : undefined}>
          {part.text}
          {marker}
        </li>,
      );
    } else {
      flush();
      rows.push(
        <p key={part.id} className={here.length > 0 ? 'draft-dissented' : undefined}>
          {part.text}
          {marker}
        </p>,
      );
    }
  }
  flush();
  const due = [recommendation.dueOn ? formatLongDate(recommendation.dueOn) : null, recommendation.dueNote].filter(Boolean).join(', ');
  return (
    <div className="draft-recommendation">
      <p className="draft-recommendation__title">{printed ? `Recommendation ${printed.number}` : 'Recommendation (not numbered: see the check list)'}</p>
      {rows}
      {recommendation.addressee || due ? (
        <p className="draft-recommendation__meta">
          {recommendation.addressee ? <>To {recommendation.addressee}</> : null}
          {recommendation.addressee && due ? ' · ' : null}
          {due ? <>Due {due}</> : null}
        </p>
      ) : null}
      <ObjectionList objections={[...dissents.filter((d) => !whole.includes(d)), ...whole]} partName={partName} />
    </div>
  );
}
