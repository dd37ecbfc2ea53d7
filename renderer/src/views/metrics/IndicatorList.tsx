/** The indicators of the investigation: what each measures, in what unit, over which periods, from where. */
import type { Indicator } from '../../../../shared/domain/metrics';
import type { Id } from '../../../../shared/domain/types';
import { hrefWithParam } from '../../hooks/useHashParam';
import { count } from '../../format/plural';
import { periodSpan, UNIT_NAMES } from './metrics-format';

export function IndicatorList({ indicators, selectedId }: { indicators: Indicator[]; selectedId: Id | null }) {
  if (indicators.length === 0) {
    return (
      <div className="notice notice--info">
        <p>No indicators yet. Add one, or import a CSV file of figures (a period column and a value column, and a group column if there are groups).</p>
      </div>
    );
  }
  return (
    <table className="table indicator-table">
      <caption className="visually-hidden">Indicators: choose one to see its figures, charts and change statements.</caption>
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">Unit</th>
          <th scope="col" className="numeric">
            Observations
          </th>
          <th scope="col">Periods</th>
          <th scope="col">Groups</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => {
          const current = indicator.id === selectedId;
          return (
            <tr key={indicator.id} className={current ? 'indicator-table__current' : undefined}>
              <th scope="row">
                <a href={hrefWithParam('indicator', indicator.id)} aria-current={current ? 'true' : undefined}>
                  {indicator.name}
                </a>
              </th>
              <td>{UNIT_NAMES[indicator.unit]}</td>
              <td className="numeric">{indicator.observationCount.toLocaleString('en-GB')}</td>
              <td className="nowrap">{periodSpan(indicator)}</td>
              <td>{indicator.groups.length === 0 ? <span className="muted">Overall only</span> : count(indicator.groups.length, 'group')}</td>
              <td>{indicator.sourceTitle ?? <span className="muted">None recorded</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
