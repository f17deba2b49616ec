// chartjs-chart-funnel on Chart.js: tree-shaken, only the funnel controller, its trapezoid
// element, the scales it uses, title and tooltip are registered.
import { CategoryScale, Chart, LinearScale, Title, Tooltip } from 'chart.js';
import { FunnelController, TrapezoidElement } from 'chartjs-chart-funnel';

Chart.register(FunnelController, TrapezoidElement, CategoryScale, LinearScale, Title, Tooltip);

window.benchAdapter = {
  /** `{ stages: [{ label, value }, …] }`. */
  create(box, { stages }) {
    const canvas = document.createElement('canvas');
    box.append(canvas);
    return new Chart(canvas, {
      type: 'funnel',
      data: { labels: stages.map((s) => s.label), datasets: [{ data: stages.map((s) => s.value) }] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        // Stages top to bottom, as the kit and ECharts draw them.
        indexAxis: 'y',
        plugins: { title: { display: true, text: 'Funnel' } },
      },
    });
  },
  update(chart, { stages }) {
    chart.data.labels = stages.map((s) => s.label);
    chart.data.datasets[0].data = stages.map((s) => s.value);
    chart.update('none');
  },
  canvas: (chart) => chart.canvas,
};
