// What the charts share: design tokens and base styles, size observer, axes as Lit SVG
// templates, a linear scale, tooltip, accessible data table. Imports lit and d3-array only.
export { tokens, chartTokens, baseStyles, statusStyles } from './tokens.js';
export { SizeController } from './size.js';
export { ticksOf, horizontalRange, mirrorMargin, renderAxis, renderGrid, axisStyles } from './axis.js';
export type { Tick, Orient, TickScale, AxisOptions, GridOptions } from './axis.js';
export { renderTooltip, tooltipStyles, TooltipController } from './tooltip.js';
export type { TooltipOptions } from './tooltip.js';
export { renderDataTable, renderTableToggle, tableToggle, dataTableStyles } from './data-table.js';
export type { DataTableColumn, DataTableOptions, TableToggleOptions } from './data-table.js';
export { cssProps } from './css-props.js';
export type { CssProps } from './css-props.js';
export { lttb } from './lttb.js';
export { linearScale } from './scale.js';
export type { LinearScale } from './scale.js';
export { arrowStep } from './keys.js';
