// ECharts gauge: tree-shaken core, the gauge series, a title, the canvas renderer.
import { init, use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([GaugeChart, TitleComponent, CanvasRenderer]);

window.benchAdapter = {
  /** `counts`: { promoters, passives, detractors }; the gauge shows the NPS on −100…100. */
  create(box, counts) {
    const total = counts.promoters + counts.passives + counts.detractors;
    const nps = ((counts.promoters - counts.detractors) * 100) / total;
    const chart = init(box);
    chart.setOption({
      animation: false,
      title: { text: 'Net Promoter Score' },
      series: [
        {
          type: 'gauge',
          min: -100,
          max: 100,
          startAngle: 180,
          endAngle: 0,
          axisLine: {
            lineStyle: {
              width: 24,
              color: [
                [0.5, '#d9534f'],
                [0.75, '#f0ad4e'],
                [1, '#5cb85c'],
              ],
            },
          },
          detail: { formatter: (v) => Math.round(v) },
          data: [{ value: nps, name: 'NPS' }],
        },
      ],
    });
    return chart;
  },
  update(chart, counts) {
    const total = counts.promoters + counts.passives + counts.detractors;
    chart.setOption({
      series: [{ data: [{ value: ((counts.promoters - counts.detractors) * 100) / total }] }],
    });
  },
  canvas: (chart) => chart.getDom().querySelector('canvas'),
};
