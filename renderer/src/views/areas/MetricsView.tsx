/** Metrics: the figures the report relies on. None are held yet; the page explains what they are. */
import { METRIC_UNITS, PERIOD_KINDS } from '../../../../shared/domain/types';
import { AreaHeader } from '../../components/AreaHeader';
import { AreaLink } from '../../components/AreaLink';
import { METRIC_UNIT_LABELS, PERIOD_KIND_EXAMPLES } from '../../format/labels';

export function MetricsView() {
  return (
    <div>
      <AreaHeader title="Metrics">
        <p>
          Metrics are the figures the report relies on, each measured over a period and taken from a source — for example the volume of
          total notifiable offences in 2021/22 and in 2023/24, from the Metropolitan Police’s crime data.
        </p>
      </AreaHeader>
      <p className="notice notice--info">No metrics are held for this investigation. This version of the workbench cannot record them.</p>
      <h2>How figures are kept</h2>
      <ul>
        <li>Values are {METRIC_UNITS.map((unit) => METRIC_UNIT_LABELS[unit]).join(', ')}.</li>
        <li>Periods are {PERIOD_KINDS.map((kind) => PERIOD_KIND_EXAMPLES[kind]).join(', ')}.</li>
        <li>Changes in percentages are compared in percentage points, and written “per cent” in prose.</li>
      </ul>
      <p>
        What you can do now: the recommendations that ask for figures to be published or monitored are listed on the{' '}
        <AreaLink area="overview">Overview</AreaLink>.
      </p>
    </div>
  );
}
