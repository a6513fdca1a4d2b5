import type { Stats } from './protocol.js';

export interface MapConfig {
  url: string;
  /** Fresh maps mounted for the first-render figure (one more untimed first). */
  runs: number;
  /** Zoom cycles around towns (one more untimed first). */
  cycles: number;
}

export interface MapResult {
  /** Places with coordinates the map shows. */
  places: number;
  /** From adding <pomoc-map> (catalogue already loaded) to its markers on screen: frame rendered. */
  firstRender: Stats;
  /** One zoom level in or out: Leaflet's update, our clustering and markers, style, layout and paint. */
  zoom: Stats;
  /** One pan of 300–400 px. */
  pan: Stats;
  /** The most markers (clusters + places) in the DOM after an update. */
  mostMarkers: number;
}

export interface MapBenchApi {
  map(config: MapConfig): Promise<MapResult>;
}

declare global {
  interface Window {
    pomocMapBench?: MapBenchApi;
  }
}
