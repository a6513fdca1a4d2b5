/** What run.ts (Node) and page.ts (the browser) share; nothing here may import Leaflet. */
export const APPROACHES = [
  'supercluster',
  'supercluster-pad1',
  'markercluster',
  'markercluster-sync',
  'canvas',
] as const;
export type ApproachName = (typeof APPROACHES)[number];
