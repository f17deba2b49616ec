// ECharts funnel: tree-shaken core, the funnel series, title and tooltip, the canvas renderer.
import { init, use } from 'echarts/core';
import { FunnelChart } from 'echarts/charts';
import { TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([FunnelChart, TitleComponent, TooltipComponent, CanvasRenderer]);

const series = (stages) => stages.map((s) => ({ name: s.label, value: s.value }));

window.benchAdapter = {
  /** `{ stages: [{ label, value }, …] }`. */
  create(box, { stages }) {
    const chart = init(box);
    chart.setOption({
      animation: false,
      title: { text: 'Funnel' },
      tooltip: { trigger: 'item' },
      series: [{ type: 'funnel', sort: 'descending', top: 40, data: series(stages) }],
    });
    return chart;
  },
  update(chart, { stages }) {
    chart.setOption({ series: [{ data: series(stages) }] });
  },
  canvas: (chart) => chart.getDom().querySelector('canvas'),
};
