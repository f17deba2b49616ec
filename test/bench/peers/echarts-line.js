// ECharts line over a time axis: tree-shaken core, the line series, grid, title, tooltip and
// legend, the canvas renderer. `sampling: 'lttb'` (variant) downsamples; without it every point is drawn.
import { init, use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

window.benchAdapter = {
  /** `points`: [[epoch ms, rate], …]; `variant.sampling`: 'lttb' or none. */
  create(box, points, { sampling }) {
    const chart = init(box);
    chart.setOption({
      animation: false,
      title: { text: 'Churn rate' },
      legend: { right: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', min: 0 },
      series: [{ name: 'Churn', type: 'line', showSymbol: false, sampling, data: points }],
    });
    return chart;
  },
  update(chart, points) {
    chart.setOption({ series: [{ data: points }] });
  },
  canvas: (chart) => chart.getDom().querySelector('canvas'),
};
