// Chart.js half doughnut as a gauge (circumference 180, rotation −90): tree-shaken, only the
// doughnut controller, the arc element, title, legend and tooltip are registered.
import { ArcElement, Chart, DoughnutController, Legend, Title, Tooltip } from 'chart.js';

Chart.register(DoughnutController, ArcElement, Title, Legend, Tooltip);

const values = (c) => [c.promoters, c.passives, c.detractors];

window.benchAdapter = {
  /** `counts`: { promoters, passives, detractors }. */
  create(box, counts) {
    const canvas = document.createElement('canvas');
    box.append(canvas);
    return new Chart(canvas, {
      type: 'doughnut',
      data: {
        labels: ['Promoters', 'Passives', 'Detractors'],
        datasets: [{ data: values(counts), backgroundColor: ['#5cb85c', '#f0ad4e', '#d9534f'] }],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        circumference: 180,
        rotation: -90,
        plugins: { title: { display: true, text: 'Net Promoter Score' } },
      },
    });
  },
  update(chart, counts) {
    chart.data.datasets[0].data = values(counts);
    chart.update('none');
  },
  canvas: (chart) => chart.canvas,
};
