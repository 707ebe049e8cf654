/** Timeline: events per period stacked by QuadClass (bars) and mean Goldstein (line), with Chart.js. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { get } from '../api.js';
import { h, QUAD_COLOURS, QUAD_NAMES } from '../dom.js';
import { filters, navigate } from '../state.js';
import type { TimelineRow } from '../types.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** Render the timeline for the URL's filters and interval. */
export async function renderTimeline(root: HTMLElement, p: URLSearchParams): Promise<void> {
  const interval = p.get('interval') ?? 'week';
  const data = await get<{ rows: TimelineRow[] }>('/api/stats/timeline', { ...filters(p), interval });
  const select = h('select', { name: 'interval' }, ...['day', 'week', 'month'].map((i) => h('option', { value: i, selected: i === interval }, i)));
  select.addEventListener('change', () => navigate({ interval: select.value }));
  const coop = data.rows.reduce((n, r) => n + r.quads[0] + r.quads[1], 0);
  const conf = data.rows.reduce((n, r) => n + r.quads[2] + r.quads[3], 0);
  const canvas = h('canvas', { id: 'timeline-chart' });
  root.append(
    h('p', { class: 'controls' }, h('label', {}, 'Interval ', select), ` ${data.rows.length} periods; cooperation ${coop} vs conflict ${conf} events`),
    h('div', { class: 'chart' }, canvas),
  );
  if (!data.rows.length) { root.append(h('p', { class: 'empty' }, 'No dated events match these filters.')); return; }
  new Chart(canvas, {
    data: {
      labels: data.rows.map((r) => r.period),
      datasets: [
        ...QUAD_NAMES.map((name, i) => ({ type: 'bar' as const, label: name, data: data.rows.map((r) => r.quads[i] ?? 0), backgroundColor: QUAD_COLOURS[i] ?? '#999', stack: 'q', yAxisID: 'y' })),
        { type: 'line' as const, label: 'Mean Goldstein', data: data.rows.map((r) => r.goldstein), borderColor: '#333', backgroundColor: '#333', yAxisID: 'g', pointRadius: 2 },
      ],
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: 'events' } }, g: { position: 'right', min: -10, max: 10, title: { display: true, text: 'mean Goldstein' }, grid: { drawOnChartArea: false } } },
    },
  });
}
