// Chart.js horizontal bars (indexAxis 'y'): tree-shaken, only the bar controller and element, the
// category and linear scales and the tooltip are registered.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

window.benchAdapter = {
  /** `{ items: [{ label, value }, …] }`, sorted descending. */
  create(box, { items }) {
    const canvas = document.createElement('canvas');
    box.append(canvas);
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: items.map((d) => d.label),
        datasets: [{ label: 'Leads', data: items.map((d) => d.value), backgroundColor: '#1a73e8' }],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: 'y',
        // Every category named (no auto-skip), as the kit names every bar.
        scales: { y: { ticks: { autoSkip: false } }, x: { beginAtZero: true } },
      },
    });
  },
  update(chart, { items }) {
    chart.data.labels = items.map((d) => d.label);
    chart.data.datasets[0].data = items.map((d) => d.value);
    chart.update('none');
  },
  canvas: (chart) => chart.canvas,
};
