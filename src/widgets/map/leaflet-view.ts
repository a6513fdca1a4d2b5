/**
 * The Leaflet part of <pomoc-map>, loaded only when a map is on the page (its own chunk in the ES
 * build). It draws the places given to it, clustered with supercluster, and tells the element what
 * a resident chose; the element renders every text, so all strings stay translatable.
 *
 * Why supercluster and markers of our own (bench/cluster/README.md): at 20,000 places it renders
 * the first view in ~95 ms and a zoom in ~14 ms p95, where leaflet.markercluster needs ~450 / 35 ms;
 * only the clusters and places of the viewport are in the DOM, as buttons we label ourselves.
 */
import * as L from './leaflet.js';
import leafletStyles from './leaflet.css?inline';
import Supercluster from 'supercluster';
import type { Place, ServiceArea } from '../../catalogue/places.js';
import type { Point } from '../../catalogue/geo.js';
import { atOnce, inSlices, nextTask } from '../../catalogue/yield.js';
import { loadSteps } from './cluster-steps.js';

export { leafletStyles };

export interface MapViewHost {
  /** The accessible name of a place's marker. */
  placeLabel(place: Place): string;
  /** The accessible name of a cluster of places. */
  clusterLabel(places: number, services: number): string;
  /** Fill a popup with the given places (one, or several at one address). */
  renderPopup(container: HTMLElement, places: Place[], close: () => void): void;
  /** A resident opened places (their popup is open) or closed them (empty list). */
  placesOpened(places: Place[]): void;
  /** Tiles keep failing to load: the element says so; markers and the list still work. */
  tilesFailed(): void;
  labels(): { zoomIn: string; zoomOut: string };
}

export interface MapViewOptions {
  tileUrl: string;
  center?: Point;
  zoom?: number;
  reducedMotion: boolean;
}

type ClusterProperties = { services: number };
type PointProperties = { index: number; services: number };

const MAX_ZOOM = 18;
// The cluster radius in screen pixels (supercluster's extent 256 = one tile), as leaflet.markercluster.
const CLUSTER_RADIUS = 80;
// Markers are kept in the DOM for the viewport and 15 % of it around, so that a short pan
// does not rebuild them; more would slow every zoom (see bench/cluster).
const VIEWPORT_PADDING = 0.15;
// The Czech Republic, when there is nothing to show yet.
const CZECHIA: Point = { latitude: 49.8, longitude: 15.5 };
const TILE_ERRORS_BEFORE_NOTICE = 4;
// Without places to fit to by then, the tiles of the first view are shown.
const TILES_WAIT = 2000;
// Up to this many places, the clusters are worked out at once (a few ms); above, in slices of the
// main thread, and the new places are shown when all zoom levels are done.
const CLUSTERED_AT_ONCE = 2000;
// Markers made and added in one task; the others in tasks of their own (a first view of
// thousands of places, at a cold script, is ≈ 150 markers of ≈ 0.3 ms each).
const MARKERS_BUDGET = 12;
// At least this many in a task, however slow the device: a small map's markers come at once.
const MARKERS_AT_LEAST = 60;
// Places indexed by id in a step.
const PLACES_STEP = 2000;
// Slices of about one step (each a few ms, tens of ms the first time: a cold script).
const SLICE = 10;

const clusterIndex = () =>
  new Supercluster<PointProperties, ClusterProperties>({
    radius: CLUSTER_RADIUS,
    extent: 256,
    // Up to the map's last zoom: places at one address (or a few metres apart) stay one cluster,
    // which opens as a list of places, instead of markers stacked on each other.
    maxZoom: MAX_ZOOM,
    map: (props) => ({ services: props.services }),
    reduce: (accumulated, props) => {
      accumulated.services += props.services;
    },
  });

/** A div icon whose element is built with DOM calls and labelled: no HTML from data. */
class LabelledIcon extends L.DivIcon {
  constructor(
    private readonly label: string,
    private readonly text: string,
    options: L.DivIconOptions,
  ) {
    super(options);
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const icon = super.createIcon(oldIcon);
    icon.textContent = this.text;
    icon.setAttribute('aria-label', this.label);
    return icon;
  }
}

export class MapView {
  private readonly map: L.Map;
  private readonly markerLayer = L.layerGroup();
  private readonly areaLayer = L.layerGroup();
  /** How many times an area was asked for: the last one is drawn. */
  private areaAsked = 0;
  private readonly positionLayer = L.layerGroup();
  private readonly markers = new Map<string, L.Marker>();
  /** The place each place marker was made for. */
  private readonly markerPlaces = new WeakMap<L.Marker, Place>();
  private index = clusterIndex();
  private placesToken = 0;
  private places: Place[] = [];
  private placeIndex = new Map<string, number>();
  private highlighted = new Set<string>();
  private popup?: L.Popup;
  private openedKey?: string;
  private focusInPopup = false;
  private openPopupState?: { content: HTMLElement; places: Place[]; close: () => void };
  private focusAfterMove?: L.LatLng;
  private readonly onMoveEnd = () => this.renderMarkers();
  private readonly tiles: L.TileLayer;
  private tilesTimer?: ReturnType<typeof setTimeout>;
  private readonly addTiles = () => {
    clearTimeout(this.tilesTimer);
    if (!this.destroyed && !this.map.hasLayer(this.tiles)) this.tiles.addTo(this.map);
  };
  /** Which render of the markers is adding them; a focused marker taken away meanwhile. */
  private markersToken = 0;
  private destroyed = false;
  private focusLost = false;
  private readonly onPopupClose = (event: L.PopupEvent) => this.popupClosed(event.popup);
  private tileErrors = 0;
  private tilesLoaded = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly host: MapViewHost,
    private readonly options: MapViewOptions,
  ) {
    const animate = !options.reducedMotion;
    this.map = L.map(container, {
      attributionControl: false,
      zoomControl: false,
      zoomAnimation: animate,
      fadeAnimation: animate,
      markerZoomAnimation: animate,
      maxZoom: MAX_ZOOM,
      minZoom: 3,
      center: toLatLng(options.center ?? CZECHIA),
      zoom: options.zoom ?? (options.center ? 13 : 7),
      inertia: animate,
    });
    if (!animate) {
      // Leaflet animates pans (arrow keys, a popup making room for itself) in script, where the
      // stylesheet's reduced motion does not reach: every pan jumps instead.
      const panBy = this.map.panBy.bind(this.map);
      this.map.panBy = (offset, panOptions) => panBy(offset, { ...panOptions, animate: false });
    }
    const labels = host.labels();
    L.zoomControl({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(this.map);
    this.tiles = L.tileLayer(options.tileUrl, { maxZoom: MAX_ZOOM });
    this.tiles.on('tileerror', () => {
      if (++this.tileErrors === TILE_ERRORS_BEFORE_NOTICE && !this.tilesLoaded) host.tilesFailed();
    });
    this.tiles.on('tileload', () => this.tilesLoaded++);
    // The tiles (a few dozen images placed, and fetched) once the first places have set the view:
    // made for the first view, they would be thrown away by the fit. At once when the page gave
    // the view; at the latest after a while without places. Each time in a task of their own.
    if (options.center) void nextTask().then(this.addTiles);
    else this.tilesTimer = setTimeout(this.addTiles, TILES_WAIT);
    this.areaLayer.addTo(this.map);
    this.positionLayer.addTo(this.map);
    this.markerLayer.addTo(this.map);
    this.map.on('moveend', this.onMoveEnd);
    this.map.on('popupclose', this.onPopupClose);
  }

  /** Show these places (the current results); fit the map to them unless told where to look. */
  setPlaces(places: Place[], fit: boolean): void {
    const token = ++this.placesToken;
    const index = clusterIndex();
    const placeIndex = new Map<string, number>();
    const box = { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity };
    const steps = (function* () {
      // The places by id and their bounds, a chunk at a time, then the clusters.
      for (let i = 0; i < places.length; i++) {
        if (i % PLACES_STEP === 0) yield;
        const { id, latitude, longitude } = places[i];
        placeIndex.set(id, i);
        if (latitude < box.south) box.south = latitude;
        if (latitude > box.north) box.north = latitude;
        if (longitude < box.west) box.west = longitude;
        if (longitude > box.east) box.east = longitude;
      }
      yield* loadSteps(index, places, (i) => ({ index: i, services: places[i].services.length }));
    })();
    // Until the new index is complete, the map goes on showing the last places with their index.
    const show = () => {
      if (token !== this.placesToken) return;
      const bounds = places.length ? L.latLngBounds([box.south, box.west], [box.north, box.east]) : undefined;
      this.showPlaces(places, index, placeIndex, fit ? bounds : undefined);
    };
    if (places.length <= CLUSTERED_AT_ONCE) {
      atOnce(steps);
      show();
    } else {
      // The markers in a task of their own too.
      void inSlices(steps, SLICE).then(nextTask).then(show);
    }
  }

  private showPlaces(
    places: Place[],
    index: Supercluster<PointProperties, ClusterProperties>,
    placeIndex: Map<string, number>,
    fitTo: L.LatLngBounds | undefined,
  ) {
    this.places = places;
    this.index = index;
    this.highlighted = new Set();
    this.placeIndex = placeIndex;
    this.map.closePopup();
    // The markers of places still shown, with as many services, stay (a finder's search refined:
    // less to make, and a focused marker keeps focus); clusters are of the last index, and go.
    const active = (this.container.getRootNode() as ShadowRoot | Document).activeElement;
    for (const [key, marker] of this.markers) {
      const shown = this.markerPlaces.get(marker);
      const place = shown && places[placeIndex.get(shown.id) ?? -1];
      if (place && place.location === shown.location && place.services.length === shown.services.length) {
        marker.getElement()?.classList.remove('is-highlighted');
        continue;
      }
      if (active && marker.getElement() === active) this.focusLost = true;
      this.markerLayer.removeLayer(marker);
      this.markers.delete(key);
    }
    if (fitTo) this.fitTo(fitTo);
    else this.renderMarkers();
    void nextTask().then(this.addTiles);
  }

  /** Open a place's popup, zoomed in far enough to see it alone; `focus` moves focus into it. */
  openPlace(id: string, focus: boolean): void {
    const place = this.places[this.placeIndex.get(id) ?? -1];
    if (!place) return;
    this.map.setView(toLatLng(place), Math.max(this.map.getZoom(), this.zoomToSeparate(place)), {
      animate: false,
    });
    this.renderMarkers();
    this.openPopup([place], `p${place.id}`, focus);
  }

  /** Mark places chosen elsewhere (in a linked finder) and bring them into view. */
  highlight(ids: string[]): void {
    this.highlighted = new Set(ids);
    const places = ids.map((id) => this.places[this.placeIndex.get(id) ?? -1]).filter(Boolean);
    if (places.length === 1) {
      const [place] = places;
      this.map.setView(toLatLng(place), Math.max(this.map.getZoom(), this.zoomToSeparate(place)), {
        animate: !this.options.reducedMotion,
      });
    } else if (places.length > 1) {
      this.fitTo(L.latLngBounds(places.map((place) => toLatLng(place))));
    }
    for (const [key, marker] of this.markers) {
      const id = this.placeIdOf(key);
      marker.getElement()?.classList.toggle('is-highlighted', id !== undefined && this.highlighted.has(id));
    }
  }

  /**
   * Draw the area an outreach service serves (its outline, else its towns) and fit to it. Its
   * shapes' code loads the first time (leaflet-area.ts); a later call wins over an earlier one
   * still waiting for it.
   */
  async showArea(area: ServiceArea | undefined, townLabel: (name: string) => string): Promise<void> {
    const asked = ++this.areaAsked;
    this.areaLayer.clearLayers();
    if (!area) return;
    const shapes = await import('./leaflet-area.js');
    if (asked !== this.areaAsked) return;
    const bounds = L.latLngBounds([]);
    if (area.geometry) {
      const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
      for (const polygon of polygons) {
        const rings = polygon.map((ring) => ring.map(([longitude, latitude]) => L.latLng(latitude, longitude)));
        const shape = shapes.polygon(rings, { className: 'area', interactive: false });
        shape.addTo(this.areaLayer);
        bounds.extend(shape.getBounds());
      }
    } else {
      for (const town of area.towns) {
        const circle = shapes.circle(toLatLng(town.point), { radius: 1500, className: 'area', interactive: false });
        // An element, not a string: Leaflet puts string content in as HTML, and town names are data.
        const label = document.createElement('span');
        label.textContent = townLabel(town.name);
        circle.bindTooltip(label, { permanent: true, direction: 'center', className: 'area-label' });
        circle.addTo(this.areaLayer);
        bounds.extend(toLatLng(town.point));
      }
    }
    if (bounds.isValid()) this.map.fitBounds(bounds.pad(0.2), { maxZoom: 13, animate: !this.options.reducedMotion });
  }

  /** A view the page asked for (the center and zoom attributes changed). */
  setCenter(center: Point, zoom?: number): void {
    this.map.setView(toLatLng(center), zoom ?? this.map.getZoom(), { animate: false });
  }

  /** "Near me", only when a resident asked: a dot at their position, the map around it. */
  showPosition(point: Point): void {
    this.positionLayer.clearLayers();
    L.circleMarker(toLatLng(point), { radius: 8, className: 'position', interactive: false }).addTo(this.positionLayer);
    this.map.setView(toLatLng(point), 13, { animate: !this.options.reducedMotion });
  }

  /** After a language change: new labels for the controls and markers. */
  relabel(): void {
    const labels = this.host.labels();
    const zoomIn = this.container.querySelector('.leaflet-control-zoom-in');
    const zoomOut = this.container.querySelector('.leaflet-control-zoom-out');
    for (const [element, label] of [
      [zoomIn, labels.zoomIn],
      [zoomOut, labels.zoomOut],
    ] as const) {
      element?.setAttribute('title', label);
      element?.setAttribute('aria-label', label);
    }
    this.clearMarkers();
    this.renderMarkers();
    const open = this.openPopupState;
    if (this.popup && open) this.host.renderPopup(open.content, open.places, open.close);
  }

  /** The element was resized or shown again (after the list view). */
  resize(): void {
    this.map.invalidateSize();
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.tilesTimer);
    this.placesToken++;
    this.markersToken++;
    // An open popup is closed first, so the element hears that nothing is chosen any more; then
    // our listeners go, so that nothing of ours runs while Leaflet takes its own listeners and DOM away.
    this.map.closePopup();
    this.map.off('moveend', this.onMoveEnd);
    this.map.off('popupclose', this.onPopupClose);
    this.map.remove();
    this.markers.clear();
  }

  // ── markers ────────────────────────────────────────────────────────────────

  private fitTo(bounds: L.LatLngBounds) {
    const token = this.markersToken;
    this.map.fitBounds(bounds, {
      padding: [24, 24],
      maxZoom: 15,
      animate: false,
    });
    // Not moved by the fit, the map has not rendered its markers for it (and moved, it has:
    // twice would spend two tasks' budget of markers in one).
    if (token === this.markersToken) this.renderMarkers();
  }

  private clearMarkers() {
    this.markerLayer.clearLayers();
    this.markers.clear();
  }

  /** The clusters and places of the padded viewport; markers whose key did not change are kept. */
  private renderMarkers() {
    const bounds = this.map.getBounds().pad(VIEWPORT_PADDING);
    const zoom = Math.round(this.map.getZoom());
    const bbox: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const features = this.places.length ? this.index.getClusters(bbox, zoom) : [];
    const wanted = new Map<string, (typeof features)[number]>();
    for (const feature of features) {
      const key =
        'cluster' in feature.properties && feature.properties.cluster
          ? `c${feature.properties.cluster_id}`
          : `p${this.places[(feature.properties as PointProperties).index].id}`;
      wanted.set(key, feature);
    }
    const active = (this.container.getRootNode() as ShadowRoot | Document).activeElement;
    for (const [key, marker] of this.markers) {
      if (wanted.has(key)) continue;
      if (active && marker.getElement() === active) this.focusLost = true;
      this.markerLayer.removeLayer(marker);
      this.markers.delete(key);
    }
    // Only markers inside the visible map are in the Tab order: focus never lands out of sight.
    const visible = this.map.getBounds();
    const tabOrder = (marker: L.Marker) => {
      const icon = marker.getElement();
      if (icon) icon.tabIndex = visible.contains(marker.getLatLng()) ? 0 : -1;
    };
    for (const marker of this.markers.values()) tabOrder(marker);
    const added = [...wanted].filter(([key]) => !this.markers.has(key));
    const token = ++this.markersToken;
    let next = 0;
    /** New markers until the budget is spent; true when all are in. */
    const addMarkers = () => {
      const start = performance.now();
      const first = next;
      for (
        ;
        next < added.length && (next - first < MARKERS_AT_LEAST || performance.now() - start < MARKERS_BUDGET);
        next++
      ) {
        const [key, feature] = added[next];
        const [longitude, latitude] = feature.geometry.coordinates;
        const marker =
          'cluster' in feature.properties && feature.properties.cluster
            ? this.clusterMarker(
                L.latLng(latitude, longitude),
                feature.properties.cluster_id,
                feature.properties.point_count,
                feature.properties.services,
              )
            : this.placeMarker(this.places[(feature.properties as PointProperties).index]);
        this.markers.set(key, marker);
        marker.addTo(this.markerLayer);
        tabOrder(marker);
      }
      return next === added.length;
    };
    if (addMarkers()) {
      this.markersShown();
      return;
    }
    // Many new markers (a first view of thousands of places): the rest in tasks of their own, unless
    // the map moved meanwhile (that render takes over).
    void (async () => {
      do {
        await nextTask();
        if (token !== this.markersToken) return;
      } while (!addMarkers());
      this.markersShown();
    })();
  }

  /** Every marker of the view is in: focus goes where a move asked for, or back to the map. */
  private markersShown() {
    const focusLost = this.focusLost;
    this.focusLost = false;
    if (this.focusAfterMove) {
      const target = this.focusAfterMove;
      this.focusAfterMove = undefined;
      this.nearestMarker(target)?.getElement()?.focus();
    } else if (focusLost) {
      this.container.focus();
    }
  }

  private placeMarker(place: Place): L.Marker {
    const count = place.services.length;
    const marker = L.marker(toLatLng(place), {
      icon: new LabelledIcon(this.host.placeLabel(place), count > 1 ? String(count) : '', {
        className: `marker place${this.highlighted.has(place.id) ? ' is-highlighted' : ''}`,
        iconSize: [30, 30],
        iconAnchor: [15, 32],
        popupAnchor: [0, -30],
      }),
      keyboard: true,
      autoPanOnFocus: false,
      riseOnHover: true,
    });
    this.markerPlaces.set(marker, place);
    // The place as the current results have it (a marker outlives the results it was made for).
    const open = (focus: boolean) =>
      this.openPopup([this.places[this.placeIndex.get(place.id) ?? -1] ?? place], `p${place.id}`, focus);
    marker.on('click', () => open(false));
    marker.on('add', () => onActivateKey(marker.getElement()!, () => open(true)));
    return marker;
  }

  private clusterMarker(latlng: L.LatLng, clusterId: number, places: number, services: number): L.Marker {
    const size = places < 10 ? 36 : places < 100 ? 42 : 50;
    const marker = L.marker(latlng, {
      icon: new LabelledIcon(
        this.host.clusterLabel(places, services),
        places < 1000 ? String(places) : places.toLocaleString(),
        {
          className: 'marker cluster',
          iconSize: [size, size],
        },
      ),
      keyboard: true,
      autoPanOnFocus: false,
    });
    const open = (viaKeyboard: boolean) => this.openCluster(latlng, clusterId, viaKeyboard);
    marker.on('click', () => open(false));
    marker.on('add', () => onActivateKey(marker.getElement()!, () => open(true)));
    return marker;
  }

  /** Zoom into a cluster; places at one address (which no zoom separates) open as one list. */
  private openCluster(latlng: L.LatLng, clusterId: number, viaKeyboard: boolean) {
    const expansion = this.index.getClusterExpansionZoom(clusterId);
    if (expansion >= MAX_ZOOM) {
      const places = this.index
        .getLeaves(clusterId, Infinity)
        .map((leaf) => this.places[leaf.properties.index])
        .filter(Boolean);
      this.openPopup(places, `c${clusterId}`, viaKeyboard, latlng);
      return;
    }
    if (viaKeyboard) this.focusAfterMove = latlng;
    this.map.setView(latlng, expansion, { animate: !this.options.reducedMotion });
  }

  /** The lowest zoom at which a place is not inside a cluster. */
  private zoomToSeparate(place: Place): number {
    const index = this.placeIndex.get(place.id)!;
    for (let zoom = Math.round(this.map.getZoom()); zoom < MAX_ZOOM; zoom++) {
      const pad = 0.001;
      const around = this.index.getClusters(
        [place.longitude - pad, place.latitude - pad, place.longitude + pad, place.latitude + pad],
        zoom,
      );
      if (around.some((feature) => !('cluster' in feature.properties) && feature.properties.index === index)) {
        return zoom;
      }
    }
    return MAX_ZOOM;
  }

  /** The place a marker stands for (undefined for a cluster). */
  private placeIdOf(key: string): string | undefined {
    return key.startsWith('p') ? key.slice(1) : undefined;
  }

  private nearestMarker(latlng: L.LatLng): L.Marker | undefined {
    let best: L.Marker | undefined;
    let bestDistance = Infinity;
    const visible = this.map.getBounds();
    for (const marker of this.markers.values()) {
      if (!visible.contains(marker.getLatLng())) continue;
      const distance = this.map.distance(latlng, marker.getLatLng());
      if (distance < bestDistance) [best, bestDistance] = [marker, distance];
    }
    return best;
  }

  // ── popup ──────────────────────────────────────────────────────────────────

  private openPopup(places: Place[], key: string, focus: boolean, at?: L.LatLng) {
    const content = document.createElement('div');
    content.className = 'popup-content';
    const close = () => {
      this.map.closePopup();
      this.markers.get(key)?.getElement()?.focus();
    };
    this.host.renderPopup(content, places, close);
    content.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close();
      }
    });
    content.addEventListener('focusin', () => (this.focusInPopup = true));
    content.addEventListener('focusout', (event) => {
      if (!content.contains(event.relatedTarget as Node | null)) this.focusInPopup = false;
    });
    this.openedKey = key;
    this.openPopupState = { content, places, close };
    this.focusInPopup = false;
    this.popup = L.popup({
      closeButton: false,
      autoPanPadding: L.point(16, 16),
      // Narrow screens: the popup stays inside the map.
      maxWidth: Math.min(320, this.map.getSize().x - 48),
      minWidth: 220,
      maxHeight: 320,
      className: 'pomoc-popup',
      offset: places.length === 1 && !at ? L.point(0, -26) : L.point(0, -12),
    }).setLatLng(at ?? toLatLng(places[0]));
    this.popup.setContent(content);
    // Leaflet pans the map to make room for a popup as it opens. Focus waits for the map to settle:
    // focused earlier, the page scrolls to the popup and the pan then moves it out of sight (at
    // 320 px or 200 % zoom the resident sees nothing happen).
    let panning = false;
    const panStarted = () => (panning = true);
    const panEnded = () => (panning = false);
    this.map.on('autopanstart', panStarted).on('moveend', panEnded);
    this.popup.openOn(this.map);
    this.map.off('autopanstart', panStarted).off('moveend', panEnded);
    this.host.placesOpened(places);
    if (focus) {
      const target = content.querySelector<HTMLElement>('[data-autofocus]');
      const focusTarget = () => {
        if (!target?.isConnected) return;
        target.focus({ preventScroll: true });
        // The whole popup in view where it fits, not only its heading.
        (this.popup?.getElement() ?? target).scrollIntoView({ block: 'nearest' });
      };
      if (panning) this.map.once('moveend', focusTarget);
      else focusTarget();
    }
  }

  private popupClosed(popup: L.Popup) {
    if (popup !== this.popup) return;
    this.popup = undefined;
    this.openPopupState = undefined;
    const key = this.openedKey;
    this.openedKey = undefined;
    // Focus inside the closed popup goes back to its marker, not to the top of the page.
    if (this.focusInPopup && key) {
      const marker = this.markers.get(key)?.getElement();
      if (marker) marker.focus();
      else this.container.focus();
    }
    this.focusInPopup = false;
    this.host.placesOpened([]);
  }
}

const toLatLng = (point: Point) => L.latLng(point.latitude, point.longitude);

/** Markers are buttons: Enter and Space open them (Leaflet only handles Enter, for bound popups). */
function onActivateKey(element: HTMLElement, activate: () => void) {
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      activate();
    }
  });
}
