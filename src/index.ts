/**
 * crm-widgets: registers every element and re-exports the public API.
 * `dist/crm-widgets.js` is this module bundled whole for a plain `<script type="module">`.
 */
export * from './metrics/index.js';
