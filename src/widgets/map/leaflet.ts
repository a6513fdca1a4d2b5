/**
 * The parts of Leaflet the map uses, imported from the ES sources the package ships
 * (leaflet/src/), so that the rest (GeoJSON, image and video overlays, the layers and scale
 * controls, the canvas renderer, WMS, other projections…) stays out of the shipped files. Leaflet's
 * own ES build cannot be tree-shaken: every class is a call (`Layer.extend({…})`) and every module
 * patches others (`Map.include`, `Map.addInitHook`), so a bundler keeps all of it (≈ 40 kB gzip).
 *
 * Most of these modules register themselves on Map or Layer as they are evaluated (a handler adds
 * itself to every new map; Popup and Tooltip add `bindPopup`/`bindTooltip`): the imports below
 * only for their effect are that, and they follow the order of leaflet/src/Leaflet.js (controls,
 * layers, then the map's handlers), the order in which Leaflet's own build registers them.
 * Like Leaflet's ES build, none of this reads or writes `window.L`: a town's own Leaflet on the
 * page keeps its global (test/hostile/leaflet.html).
 */
import type { Path, Renderer } from 'leaflet';
import { Map } from 'leaflet/src/map/Map.js';

export { Map, createMap as map } from 'leaflet/src/map/Map.js';

// Controls: only zoom. The attribution is the element's own text (map.component.ts).
export { zoom as zoomControl } from 'leaflet/src/control/Control.Zoom.js';

export { LatLng, toLatLng as latLng } from 'leaflet/src/geo/LatLng.js';
export { toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
export { toPoint as point } from 'leaflet/src/geometry/Point.js';

export { layerGroup } from 'leaflet/src/layer/LayerGroup.js';
export { Popup, popup } from 'leaflet/src/layer/Popup.js';
export { DivIcon } from 'leaflet/src/layer/marker/DivIcon.js';
export { Marker, marker } from 'leaflet/src/layer/marker/Marker.js';
export { tileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
// The resident's position, drawn in SVG (a service's area: leaflet-area.ts, when first asked for).
export { circleMarker } from 'leaflet/src/layer/vector/CircleMarker.js';
import { svg } from 'leaflet/src/layer/vector/SVG.js';

// The ways a resident moves the map: shift-drag to a box, double-click, drag, keys, the wheel,
// pinch. Not Leaflet's long press as a right click (Map.TapHold, for mobile Safari): the map has
// no context menu, so it did nothing.
import 'leaflet/src/map/handler/Map.BoxZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';

// A path asks its map for a renderer. Leaflet's answer (layer/vector/Renderer.getRenderer.js) may be
// a canvas, with the map's `preferCanvas`, which this map never sets: this one is Leaflet's for
// paths in the default pane, as the map's are, and always SVG, so that the canvas renderer stays out.
Map.include({
  getRenderer(this: Map & { _renderer?: Renderer }, layer: Path): Renderer {
    const renderer = layer.options.renderer || this.options.renderer || (this._renderer ||= svg());
    if (!this.hasLayer(renderer)) this.addLayer(renderer);
    return renderer;
  },
});

export type { DivIconOptions, LatLngBounds, PopupEvent, TileLayer } from 'leaflet';
