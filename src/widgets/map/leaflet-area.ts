/**
 * The shapes of a service's area — its outline (Polygon, with Polyline and its clipping), else its
 * towns as circles with their names (Circle, Tooltip) — loaded the first time a resident asks to
 * see an area, not with the map. The same Leaflet modules as leaflet.ts (one copy), which is
 * loaded before: its SVG renderer draws them.
 */
// `bindTooltip`: the names of the towns an outreach service serves.
import 'leaflet/src/layer/Tooltip.js';

export { circle } from 'leaflet/src/layer/vector/Circle.js';
export { polygon } from 'leaflet/src/layer/vector/Polygon.js';
