/**
 * An indicator's two charts: over time (a line per group, or one for the overall figure) and
 * groups compared in one chosen period (bars). Each has a visible title, a spoken summary on the
 * chart itself and its figures as a table for screen readers, and can be saved as an image for
 * the report or downloaded as a PNG file.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import type { Chart as ChartInstance, ChartOptions } from 'chart.js';
import type { IndicatorDetail } from '../../../../../shared/domain/metrics';
import type { Id } from '../../../../../shared/domain/types';
import { formatMoney, formatNumber } from '../../../../../shared/format/numbers';
import type { MetricUnit } from '../../../../../shared/domain/types';
import { periodLabel, UNIT_NAMES, valueLabel } from '../metrics-format';
import { comparablePeriods, groupsData, groupsSummary, spacedTicks, trendData, trendSummary, type TrendData } from './chart-data';
import { seriesStyle, whiteBackground } from './chart-setup';
import { ChartActions } from './ChartActions';

interface Props {
  indicator: IndicatorDetail;
  investigationId: Id;
}

export function MetricCharts({ indicator, investigationId }: Props) {
  const trend = useMemo(() => trendData(indicator), [indicator]);
  const periods = useMemo(() => comparablePeriods(indicator), [indicator]);
  return (
    <div className="metric-charts">
      <TrendChart indicator={indicator} data={trend} investigationId={investigationId} />
      {periods.length > 0 ? (
        <GroupsChart indicator={indicator} periods={periods} investigationId={investigationId} />
      ) : (
        <p className="muted">“Groups compared” needs figures for groups of people; this indicator has only overall figures.</p>
      )}
    </div>
  );
}

/** The value axis: plain numbers for counts and rates, "£25.9m" for money, the unit in its title. */
function valueAxis(unit: MetricUnit) {
  return {
    beginAtZero: true,
    title: { display: true, text: UNIT_NAMES[unit] },
    ticks: { callback: (value: string | number) => (unit === 'money' ? formatMoney(Number(value), 'short') : formatNumber(Number(value), 2)) },
  };
}

/**
 * The time axis: linear in months, so gaps between periods show as gaps; ticks only at the
 * periods that have figures, labelled as the report writes them.
 */
function timeAxis(data: TrendData) {
  const labels = new Map(data.positions.map((x, i) => [x, data.axisLabels[i]!]));
  const first = data.positions[0] ?? 0;
  const last = data.positions.at(-1) ?? first;
  // A little room either side, so the first and last points are not on the frame.
  const pad = Math.max(1, (last - first) * 0.04);
  return {
    type: 'linear' as const,
    min: first - pad,
    max: last + pad,
    afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
      axis.ticks = spacedTicks(data.positions).map((value) => ({ value }));
    },
    ticks: { autoSkip: false, maxRotation: 0, callback: (value: string | number) => labels.get(Number(value)) ?? '' },
    grid: { display: false },
  };
}

function tooltipLabel(unit: MetricUnit) {
  return (item: { dataset: { label?: string }; parsed: { y: number | null } }) =>
    `${item.dataset.label ?? ''}: ${item.parsed.y === null ? 'no figure' : valueLabel(item.parsed.y, unit)}`;
}

/** Sharp enough to print: the canvas is drawn at least twice the screen's size. */
const PIXEL_RATIO = Math.max(2, typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1);

function TrendChart({ indicator, data, investigationId }: { indicator: IndicatorDetail; data: TrendData; investigationId: Id }) {
  const ids = useId();
  const chartRef = useRef<ChartInstance<'line'> | null>(null);
  const title = data.periods.length > 1 ? `${indicator.name}, ${periodLabel(data.periods[0]!)} to ${periodLabel(data.periods.at(-1)!)}` : indicator.name;
  const summary = trendSummary(indicator, data);
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: PIXEL_RATIO,
      animation: false,
      spanGaps: true,
      scales: { x: timeAxis(data), y: valueAxis(indicator.unit) },
      plugins: {
        legend: { display: data.series.length > 1, labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? periodLabel(data.periods[data.positions.indexOf(items[0].parsed.x ?? NaN)] ?? '') : ''),
            label: tooltipLabel(indicator.unit),
          },
        },
      },
    }),
    [indicator.unit, data],
  );
  const chartData = useMemo(
    () => ({
      datasets: data.series.map((series, i) => {
        const style = seriesStyle(i);
        return {
          label: series.label,
          data: series.values.map((y, j) => ({ x: data.positions[j]!, y })),
          borderColor: style.colour,
          backgroundColor: style.colour,
          pointStyle: style.point,
          pointRadius: 5,
          borderDash: [...style.dash],
          borderWidth: 3,
        };
      }),
    }),
    [data],
  );

  return (
    <figure className="metric-chart" aria-labelledby={`${ids}-title`}>
      <figcaption id={`${ids}-title`} className="metric-chart__title">
        Over time: {title}
      </figcaption>
      <div className="metric-chart__canvas">
        <Line ref={chartRef} data={chartData} options={options} plugins={[whiteBackground]} role="img" aria-label={summary} />
      </div>
      <table className="visually-hidden">
        <caption>Figures of the chart “{title}”</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {data.series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.periods.map((period, row) => (
            <tr key={period}>
              <th scope="row">{periodLabel(period)}</th>
              {data.series.map((s) => (
                <td key={s.label}>{s.values[row] === null ? 'No figure' : valueLabel(s.values[row]!, indicator.unit)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ChartActions chartRef={chartRef} chartKind="trend" defaultTitle={title} indicatorId={indicator.id} investigationId={investigationId} />
    </figure>
  );
}

function GroupsChart({ indicator, periods, investigationId }: { indicator: IndicatorDetail; periods: string[]; investigationId: Id }) {
  const ids = useId();
  const [period, setPeriod] = useState(periods.at(-1)!);
  const chosen = periods.includes(period) ? period : periods.at(-1)!;
  const chartRef = useRef<ChartInstance<'bar'> | null>(null);
  const data = useMemo(() => groupsData(indicator, chosen), [indicator, chosen]);
  const title = `${indicator.name} by group, ${periodLabel(chosen)}`;
  const summary = groupsSummary(indicator, data);
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: PIXEL_RATIO,
      animation: false,
      scales: { y: valueAxis(indicator.unit) },
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: tooltipLabel(indicator.unit) } } },
    }),
    [indicator.unit],
  );
  const chartData = useMemo(
    () => ({
      labels: data.labels,
      datasets: [{ label: periodLabel(chosen), data: data.values, backgroundColor: data.labels.map((_, i) => seriesStyle(i).colour) }],
    }),
    [data, chosen],
  );

  return (
    <figure className="metric-chart" aria-labelledby={`${ids}-title`}>
      <figcaption id={`${ids}-title`} className="metric-chart__title">
        Groups compared: {title}
      </figcaption>
      <div className="field field--inline metric-chart__period">
        <label htmlFor={`${ids}-period`}>Period</label>
        <select id={`${ids}-period`} className="input" value={chosen} onChange={(event) => setPeriod(event.target.value)}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(p)}
            </option>
          ))}
        </select>
      </div>
      <div className="metric-chart__canvas">
        <Bar ref={chartRef} data={chartData} options={options} plugins={[whiteBackground]} role="img" aria-label={summary} />
      </div>
      <table className="visually-hidden">
        <caption>Figures of the chart “{title}”</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">{periodLabel(chosen)}</th>
          </tr>
        </thead>
        <tbody>
          {data.labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{valueLabel(data.values[i]!, indicator.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ChartActions chartRef={chartRef} chartKind="groups" defaultTitle={title} indicatorId={indicator.id} investigationId={investigationId} />
    </figure>
  );
}
