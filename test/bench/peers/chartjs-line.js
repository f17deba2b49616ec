// Chart.js line over a linear x axis of epoch ms (a time axis needs a date adapter): tree-shaken,
// only the line controller and elements, the linear scale, decimation, title, legend and tooltip
// are registered. Data is pre-parsed { x, y } (parsing: false, normalized: true), as decimation needs.
import {
  Chart,
  Decimation,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Decimation, Title, Legend, Tooltip);

window.benchAdapter = {
  /** `points`: [{ x: epoch ms, y: rate }, …]; `variant.decimation`: LTTB on or off. */
  create(box, points, { decimation }) {
    const canvas = document.createElement('canvas');
    box.append(canvas);
    return new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [
          { label: 'Churn', data: points, borderColor: '#1a73e8', borderWidth: 1.5, pointRadius: 0 },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        indexAxis: 'x',
        scales: {
          // Years on the axis, as the others show: a time axis would need a date adapter.
          x: {
            type: 'linear',
            bounds: 'data',
            ticks: { maxRotation: 0, callback: (t) => new Date(t).getUTCFullYear() },
          },
          y: { type: 'linear', min: 0 },
        },
        plugins: {
          decimation: { enabled: !!decimation, algorithm: 'lttb' },
          title: { display: true, text: 'Churn rate' },
          tooltip: { mode: 'index', intersect: false },
        },
      },
    });
  },
  update(chart, points) {
    chart.data.datasets[0].data = points;
    chart.update('none');
  },
  canvas: (chart) => chart.canvas,
};
