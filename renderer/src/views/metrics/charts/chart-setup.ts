/**
 * chart.js set up once for the workbench: only the parts the Metrics charts use, the page's own
 * font and text colour, no animation (calmer, and a saved image is never caught mid-draw), and a
 * white background so a saved PNG reads the same in a Word report as on screen.
 */
import { BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip, type Plugin } from 'chart.js';

Chart.register(CategoryScale, LinearScale, PointElement, LineElement, BarElement, Legend, Tooltip);

Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1b1f24';
Chart.defaults.borderColor = '#c4cad3';
Chart.defaults.animation = false;

/** Paints the canvas white under the chart: a PNG is otherwise transparent, and dark in some viewers. */
export const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * Series colours with at least 3:1 contrast on white, told apart by more than colour: each line
 * also has its own point shape and dash pattern.
 */
export const SERIES_STYLES = [
  { colour: '#1d4f91', point: 'circle', dash: [] },
  { colour: '#b3261e', point: 'rect', dash: [6, 4] },
  { colour: '#1e6b34', point: 'triangle', dash: [2, 3] },
  { colour: '#7a4500', point: 'rectRot', dash: [10, 4, 2, 4] },
  { colour: '#6a3d9a', point: 'star', dash: [12, 6] },
  { colour: '#00727a', point: 'crossRot', dash: [4, 4] },
  { colour: '#4f5965', point: 'rectRounded', dash: [1, 4] },
  { colour: '#a8326e', point: 'cross', dash: [8, 3, 3, 3] },
] as const;

export function seriesStyle(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

export { Chart };
