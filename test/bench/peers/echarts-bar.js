// ECharts horizontal bars: tree-shaken core, the bar series on a category y axis (largest at the
// top, as the kit draws them) and a value x axis, grid and tooltip, the canvas renderer.
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

window.benchAdapter = {
  /** `{ items: [{ label, value }, …] }`, sorted descending. */
  create(box, { items }) {
    const chart = init(box);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item' },
      grid: { containLabel: true },
      xAxis: { type: 'value' },
      // Every category named (interval 0), as the kit names every bar.
      yAxis: { type: 'category', inverse: true, axisLabel: { interval: 0 }, data: items.map((d) => d.label) },
      series: [{ type: 'bar', data: items.map((d) => d.value) }],
    });
    return chart;
  },
  update(chart, { items }) {
    chart.setOption({
      yAxis: { data: items.map((d) => d.label) },
      series: [{ data: items.map((d) => d.value) }],
    });
  },
  canvas: (chart) => chart.getDom().querySelector('canvas'),
};
