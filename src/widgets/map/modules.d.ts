// Leaflet's ES sources (leaflet.ts imports them by path) have no types of their own: each module is
// typed with what @types/leaflet says of the same class or function. Only what leaflet.ts imports.
declare module 'leaflet/src/control/Control.Zoom.js' {
  import { control } from 'leaflet';
  export const zoom: typeof control.zoom;
}
declare module 'leaflet/src/geo/LatLng.js' {
  export { LatLng, latLng as toLatLng } from 'leaflet';
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export { latLngBounds as toLatLngBounds } from 'leaflet';
}
declare module 'leaflet/src/geometry/Point.js' {
  export { point as toPoint } from 'leaflet';
}
declare module 'leaflet/src/layer/LayerGroup.js' {
  export { layerGroup } from 'leaflet';
}
declare module 'leaflet/src/layer/Popup.js' {
  export { Popup, popup } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/DivIcon.js' {
  export { DivIcon } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/Marker.js' {
  export { Marker, marker } from 'leaflet';
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export { tileLayer } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Circle.js' {
  export { circle } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/CircleMarker.js' {
  export { circleMarker } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Polygon.js' {
  export { polygon } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/SVG.js' {
  export { svg } from 'leaflet';
}
declare module 'leaflet/src/map/Map.js' {
  export { Map, map as createMap } from 'leaflet';
}

// Vite (and the test runner's plugin) serve `?inline` CSS as a string to adopt into a shadow root.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
