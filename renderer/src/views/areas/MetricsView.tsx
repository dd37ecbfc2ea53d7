/** Metrics: indicators, their figures, charts and change statements (views/metrics). */
export { MetricsArea as MetricsView } from '../metrics/MetricsArea';
