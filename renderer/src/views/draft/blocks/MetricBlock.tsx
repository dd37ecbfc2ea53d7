/** A metric statement as the report prints it, written from the figures; flagged when one is missing. */
import type { ModelBlock } from '../../../../../shared/report/model';

export function MetricBlock({ printed, problem }: { printed: Extract<ModelBlock, { kind: 'metric' }> | undefined; problem: string | undefined }) {
  if (printed?.statement) return <p className="draft-metric">{printed.statement}</p>;
  return (
    <p className="notice notice--error draft-flag" role="note">
      {problem ?? 'This statement cannot be written: a figure is missing from the metrics register.'}
    </p>
  );
}
