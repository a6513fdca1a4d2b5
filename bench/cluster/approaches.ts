// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- the repo does not install leaflet, supercluster or leaflet.markercluster yet
// @ts-nocheck -- type-checked in the scratch project of README.md; remove when the bench joins `npm run bench`
/**
 * The three ways of putting service places on a Leaflet map that the benchmark compares, each wired
 * as `<pomoc-map>` would wire it: the same icons, one delegated handler for click and Enter, one
 * shared popup.
 *
 * - `supercluster`: index the places once, then render only the clusters and places inside the
 *   viewport (padded by a quarter on each side) as `L.divIcon` markers, re-rendered on `moveend`
 *   (which follows `zoomend`), keeping the markers whose key is unchanged so that a focused marker
 *   survives a pan. `supercluster-pad1` pads by a whole viewport, as markercluster does.
 * - `markercluster`: `L.markerClusterGroup` with the bulk `addLayers` path, `chunkedLoading` on
 *   (`markercluster-sync` is the same with it off).
 * - `canvas`: one `L.circleMarker` per place on a canvas renderer, no clustering (the baseline).
 */
import * as L from 'leaflet';
import Supercluster from 'supercluster';
// In this order: the plugin extends the global `L` that leaflet-global.ts sets.
import { LeafletGlobal } from './leaflet-global.js';
import 'leaflet.markercluster';
import type { Place } from './places.js';
import type { ApproachName } from './protocol.js';

export const MAX_ZOOM = 18;
/** Clusters cover at most this many pixels from their centre: markercluster's default. */
export const CLUSTER_RADIUS = 80;

export interface Mounted {
  /** Markers (clusters and places) in the DOM; for the canvas, circles drawn in the viewport. */
  count(): { clusters: number; places: number };
  /** Finds the marker element of a place or of the cluster holding it, for the keyboard probe. */
  elementNear?(place: Place): HTMLElement | undefined;
  remove(): void;
}

// ---------------------------------------------------------------------------------------------
// Icons, shared by both clustering approaches so that they put the same DOM on the page.

const PLACE_ICON = L.divIcon({ className: 'pomoc-place', iconSize: [16, 16], html: '' });

/**
 * A divIcon with an accessible name. A role=button div takes its name from its content (here the
 * bare count) before `title`, and Leaflet 1.9 has no option for aria-label: set it on creation.
 * (A visually hidden span with the label instead made zoom updates about 20 % slower at p95.)
 */
class LabelledDivIcon extends L.DivIcon {
  constructor(
    options: L.DivIconOptions,
    private readonly label: string,
  ) {
    super(options);
  }
  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const div = super.createIcon(oldIcon) as HTMLElement;
    div.setAttribute('aria-label', this.label);
    return div;
  }
}

function clusterIcon(count: number): L.DivIcon {
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 48;
  return new LabelledDivIcon(
    { className: `pomoc-cluster pomoc-cluster-${size}`, iconSize: [size, size], html: String(count) },
    `${count} ${placesWord(count)}, přiblížit`,
  );
}

/** "1 místo", "2 místa", "5 míst" (the widget will use Intl.PluralRules through its localisation). */
const placesWord = (count: number) => (count === 1 ? 'místo' : count >= 2 && count <= 4 ? 'místa' : 'míst');

/** One popup for the whole map: a place, or the places of a cluster that cannot be zoomed apart. */
function openPopup(map: L.Map, latlng: L.LatLngExpression, names: string[]): void {
  const list = names.map((name) => `<li><a href="#" role="button">${escapeHtml(name)}</a></li>`).join('');
  L.popup({ autoPan: false })
    .setLatLng(latlng)
    .setContent(names.length === 1 ? `<p>${escapeHtml(names[0])}</p>` : `<ul>${list}</ul>`)
    .openOn(map);
}

/** Catalogue text goes into Leaflet's HTML strings (divIcon `html`, popup content): escape it. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const isEnter = (event: L.LeafletEvent) =>
  (event as L.LeafletKeyboardEvent).originalEvent?.key === 'Enter' ||
  (event as L.LeafletKeyboardEvent).originalEvent?.keyCode === 13;

// ---------------------------------------------------------------------------------------------
// (a) supercluster

interface PlaceProps {
  id: number;
  name: string;
}

/**
 * @param pad how far beyond the viewport markers are rendered, as a fraction of its size on each
 *   side (markercluster's is 1: a 3×3 viewport area).
 */
export function mountSupercluster(map: L.Map, places: Place[], pad = 0.25): Mounted {
  const index = new Supercluster<PlaceProps, PlaceProps>({
    radius: CLUSTER_RADIUS,
    extent: 256, // Leaflet's tiles are 256 px: with extent 256, `radius` is in screen pixels
    maxZoom: MAX_ZOOM,
    minPoints: 2,
  });
  index.load(
    places.map((place) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] },
      properties: { id: place.id, name: place.name },
    })),
  );

  const layer = L.featureGroup().addTo(map);
  /** Markers on the map by key: `c<cluster id>` (ids differ between zoom levels) or `p<place id>`. */
  let shown = new Map<string, L.Marker>();
  const clusterOf = new WeakMap<L.Marker, number>();
  const placeOf = new WeakMap<L.Marker, PlaceProps>();

  const render = () => {
    const bounds = map.getBounds().pad(pad);
    const features = index.getClusters(
      [
        Math.max(-180, bounds.getWest()),
        Math.max(-85, bounds.getSouth()),
        Math.min(180, bounds.getEast()),
        Math.min(85, bounds.getNorth()),
      ],
      Math.round(map.getZoom()),
    );
    const next = new Map<string, L.Marker>();
    for (const feature of features) {
      const [lon, lat] = feature.geometry.coordinates;
      const props = feature.properties;
      const isCluster = 'cluster' in props && props.cluster;
      const key = isCluster ? `c${props.cluster_id}` : `p${(props as PlaceProps).id}`;
      let marker = shown.get(key);
      if (marker) {
        shown.delete(key);
      } else if (isCluster) {
        marker = L.marker([lat, lon], { icon: clusterIcon(props.point_count), keyboard: true });
        clusterOf.set(marker, props.cluster_id);
        layer.addLayer(marker);
      } else {
        const place = props as PlaceProps;
        marker = L.marker([lat, lon], { icon: PLACE_ICON, keyboard: true, title: place.name });
        placeOf.set(marker, place);
        layer.addLayer(marker);
      }
      next.set(key, marker);
    }
    // What is left was not in the new view. A focused marker that goes loses the focus to <body>.
    for (const marker of shown.values()) layer.removeLayer(marker);
    shown = next;
  };

  const activate = (event: L.LeafletEvent) => {
    if (event.type === 'keypress' && !isEnter(event)) return;
    const marker = event.propagatedFrom as L.Marker;
    const clusterId = clusterOf.get(marker);
    if (clusterId === undefined) {
      openPopup(map, marker.getLatLng(), [placeOf.get(marker)!.name]);
      return;
    }
    const zoom = index.getClusterExpansionZoom(clusterId);
    if (zoom <= map.getMaxZoom()) {
      map.setView(marker.getLatLng(), zoom);
      // The cluster is gone: keep the keyboard in the map, as markercluster does.
      map.getContainer().focus();
    } else {
      // Places at one address: list them instead of spiderfying.
      const names = index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.name);
      openPopup(map, marker.getLatLng(), names);
    }
  };
  layer.on('click keypress', activate);
  map.on('moveend', render);
  render();

  return {
    count: () => {
      let clusters = 0;
      for (const key of shown.keys()) if (key.startsWith('c')) clusters++;
      return { clusters, places: shown.size - clusters };
    },
    elementNear: (place) => {
      for (const [key, marker] of shown) {
        if (key === `p${place.id}`) return marker.getElement();
      }
      const point = map.latLngToContainerPoint([place.lat, place.lon]);
      let best: L.Marker | undefined;
      let bestDistance = Infinity;
      for (const marker of shown.values()) {
        const d = map.latLngToContainerPoint(marker.getLatLng()).distanceTo(point);
        if (d < bestDistance) [best, bestDistance] = [marker, d];
      }
      return best?.getElement();
    },
    remove: () => {
      map.off('moveend', render);
      layer.remove();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// (b) leaflet.markercluster

export async function mountMarkercluster(map: L.Map, places: Place[], chunkedLoading: boolean): Promise<Mounted> {
  const names = new WeakMap<L.Marker, string>();
  let done: () => void = () => undefined;
  const group = LeafletGlobal.markerClusterGroup({
    chunkedLoading,
    chunkProgress: (processed: number, total: number) => {
      if (processed === total) done();
    },
    animate: false,
    maxClusterRadius: CLUSTER_RADIUS,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    iconCreateFunction: (cluster) => clusterIcon(cluster.getChildCount()),
  });
  // Adding the group calls chunkProgress(0, 0) for its (empty) pending layers: wait to listen.
  map.addLayer(group);
  const markers = places.map((place) => {
    const marker = L.marker([place.lat, place.lon], { icon: PLACE_ICON, keyboard: true, title: place.name });
    names.set(marker, place.name);
    return marker;
  });
  // Clusters zoom or spiderfy on click and on Enter (`clusterkeypress`) by themselves.
  group.on('click keypress', (event) => {
    if (event.type === 'keypress' && !isEnter(event)) return;
    const marker = (event as L.LeafletEvent & { layer: L.Marker }).layer;
    openPopup(map, marker.getLatLng(), [names.get(marker)!]);
  });
  const loaded = new Promise<void>((resolve) => (done = resolve));
  group.addLayers(markers);
  await loaded; // with chunkedLoading, after the last chunk; the visible markers are then in the DOM

  return {
    count: () => {
      const icons = map.getPane('markerPane')!.querySelectorAll('.leaflet-marker-icon');
      let clusters = 0;
      for (const icon of icons) if (icon.classList.contains('pomoc-cluster')) clusters++;
      return { clusters, places: icons.length - clusters };
    },
    elementNear: (place) => {
      const marker = markers[place.id];
      const visible = group.getVisibleParent(marker) as L.Marker | null;
      return visible?.getElement();
    },
    remove: () => group.remove(),
  };
}

// ---------------------------------------------------------------------------------------------
// (c) canvas circle markers, no clustering

export function mountCanvas(map: L.Map, places: Place[]): Mounted {
  const renderer = L.canvas({ padding: 0.25 });
  const group = L.featureGroup(
    places.map((place) =>
      L.circleMarker([place.lat, place.lon], {
        renderer,
        radius: 5,
        weight: 1,
        color: '#ffffff',
        fillColor: '#1f5fbf',
        fillOpacity: 1,
      }),
    ),
  );
  group.on('click', (event) => openPopup(map, (event.propagatedFrom as L.CircleMarker).getLatLng(), ['…']));
  group.addTo(map);
  return {
    count: () => {
      const bounds = map.getBounds();
      let places = 0;
      group.eachLayer((layer) => {
        if (bounds.contains((layer as L.CircleMarker).getLatLng())) places++;
      });
      return { clusters: 0, places };
    },
    remove: () => group.remove(),
  };
}

export async function mount(name: ApproachName, map: L.Map, places: Place[]): Promise<Mounted> {
  switch (name) {
    case 'supercluster':
      return mountSupercluster(map, places);
    case 'supercluster-pad1':
      return mountSupercluster(map, places, 1);
    case 'markercluster':
      return mountMarkercluster(map, places, true);
    case 'markercluster-sync':
      return mountMarkercluster(map, places, false);
    case 'canvas':
      return mountCanvas(map, places);
  }
}
