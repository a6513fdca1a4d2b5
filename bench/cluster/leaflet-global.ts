// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- the repo does not install leaflet, supercluster or leaflet.markercluster yet
// @ts-nocheck -- type-checked in the scratch project of README.md; remove when the bench joins `npm run bench`
/**
 * leaflet.markercluster 1.5.3 is a UMD script that extends a *global* `L`
 * (`L.MarkerClusterGroup = L.FeatureGroup.extend(…)`). Leaflet's ES build (which run.ts resolves
 * `leaflet` to) sets no global, and an ES
 * module namespace object cannot be extended (a TypeError in the plugin's strict code), so the
 * plugin gets a mutable copy of the namespace. This module must be evaluated before
 * `import 'leaflet.markercluster'`: import it first, from its own module, and use the import (or
 * write it as a bare `import './leaflet-global.js'`): TypeScript drops an unused named import.
 */
import * as Leaflet from 'leaflet';

export const LeafletGlobal: typeof Leaflet = { ...Leaflet };
(globalThis as { L?: typeof Leaflet }).L = LeafletGlobal;
