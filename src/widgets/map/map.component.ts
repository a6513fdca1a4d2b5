import { localized, msg, str } from '@lit/localize';
import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { SERVICE_TYPES, SERVICE_TYPE_GROUPS, codeLabel, serviceTypeLabel } from '../../catalogue/codelists.js';
import { townCentres, type Point } from '../../catalogue/geo.js';
import {
  comesIndexed,
  searchIndexOf as searchIndex,
  whenSearchable,
  type LoadedCatalogue,
} from '../../catalogue/loader.js';
import {
  placesOfIds,
  placesOfIdsInSlices,
  placesRanked,
  serviceArea,
  type Place,
  type PlacesOfServices,
} from '../../catalogue/places.js';
import { nextTask } from '../../catalogue/yield.js';
import type { LocalizedText, Service } from '../../catalogue/schema.js';

import { PomocElement } from '../../internal/base.js';
import { currentPosition } from '../../internal/position.js';
import { contactsOf, hasContacts, renderContacts, renderPlaces } from '../../internal/contacts.js';
import { catalogueText, formatCount, placesCount, servicesCount, todaysHours } from '../../internal/format.js';
import { localizedText, renderServiceDetail } from '../../internal/service-detail.js';
import { baseStyles } from '../../internal/styles.js';
import type { PomocFinder } from '../finder/finder.component.js';
import type { MapView } from './leaflet-view.js';
import { mapStyles } from './map.styles.js';

/** Before the first results: an empty map and list. */
const NO_RESULTS: PlacesOfServices = { places: [], unplaced: [], servicesOnMap: 0 };

// Leaflet and the map's view (the largest file of a map page) are asked for as soon as a map is
// in the page, while its catalogue loads, not once the catalogue is read: on the README finder +
// map page that wait put Leaflet's request at 750–1,000 ms after navigation, behind the finder's
// first results. A failed import is tried again at the next map.
let leafletView: Promise<typeof import('./leaflet-view.js')> | undefined;
function loadLeafletView() {
  leafletView ??= import('./leaflet-view.js').catch((error: unknown) => {
    leafletView = undefined;
    throw error;
  });
  return leafletView;
}

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const PAGE_SIZE = 50;
const TYPING_PAUSE = 250;
const ANNOUNCE_DELAY = 700;
// Up to this many services and places, the map's results are worked out at once (a few ms); above,
// in slices of the main thread, the last results shown meanwhile.
const RESULTS_AT_ONCE = 2000;
// How long a linked map waits for its finder's first results before it shows its own.
const FINDER_SILENT_AFTER = 3000;

type MapMode = 'map' | 'list';

/**
 * @summary The services of a catalogue on a map (Leaflet, loaded only when a map is on the page),
 * with the same places as a list.
 *
 * Places with an address are markers, clustered when close; outreach services and services at a
 * hidden address are never pins: they are listed, and their area (outline or towns) is drawn on
 * request. With `for="<finder id>"` the map shows that finder's results, and choosing a place or a
 * service in one marks it in the other. Alone, it has a compact search and a service-type filter.
 *
 * @event pomoc-select - A resident opened a service's detail. `detail`: `{ serviceId, service }`.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The heading.
 * @csspart search - The compact search (without a linked finder).
 * @csspart map - The map frame.
 * @csspart attribution - The tile attribution.
 * @csspart list - The list of places (the list view).
 * @csspart unplaced - Services without a place on the map.
 * @csspart detail - The detail of a service (without a linked finder).
 *
 * @cssprop --pomoc-map-height - Height of the map (default 28em; less on narrow screens).
 * @cssprop --pomoc-marker - Background of markers and clusters.
 * @cssprop --pomoc-marker-text - Text on markers and clusters.
 * @cssprop --pomoc-font - Font family.
 * @cssprop --pomoc-font-size - Base font size.
 * @cssprop --pomoc-text - Text colour.
 * @cssprop --pomoc-muted - Secondary text colour.
 * @cssprop --pomoc-background - Background of the widget.
 * @cssprop --pomoc-surface - Background of panels and buttons.
 * @cssprop --pomoc-border - Border colour.
 * @cssprop --pomoc-accent - Accent colour (buttons, links, focus, highlighted places).
 * @cssprop --pomoc-accent-text - Text on the accent colour.
 * @cssprop --pomoc-radius - Corner radius.
 */
@localized()
export class PomocMap extends PomocElement {
  static override styles = [baseStyles, mapStyles];
  protected override searchesFirst(): boolean {
    return true;
  }

  /**
   * A map linked to a finder shows the finder's results: of a catalogue the worker read, the
   * index's first parts (its kinds of service) are all it needs, not the words that follow.
   */
  protected override waitsForIndex(catalogue: LoadedCatalogue): boolean {
    return !(this.for && comesIndexed(catalogue));
  }

  /** The heading above the map; a default in the interface language. */
  @property() heading = '';
  /** The id of a `<pomoc-finder>` on the page whose results the map shows. */
  @property({ reflect: true }) for = '';
  /** Tile URL template, e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png` (the default). */
  @property({ attribute: 'tile-url' }) tileUrl = '';
  /** Attribution of your own tiles (plain text); OpenStreetMap's is shown for the default tiles. */
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';
  /** The first view's centre, "latitude, longitude"; without it the map fits the places. */
  @property() center = '';
  /** The first view's zoom level (with `center`; 13 when not given). */
  @property({ type: Number }) zoom?: number;

  @state() private mode: MapMode = 'map';
  @state() private query = '';
  @state() private serviceType = '';
  @state() private linkedIds?: string[];
  @state() private detail?: Service;
  @state() private areaOf?: string;
  @state() private tilesFailed = false;
  @state() private geolocation: 'idle' | 'asking' | 'failed' = 'idle';
  @state() private listShown = PAGE_SIZE;
  @state() private unplacedShown = 10;
  @state() private announcement = '';

  @query('.leaflet-host') private mapHost?: HTMLElement;

  private view?: MapView;
  private viewFor?: HTMLElement;
  private viewToken = 0;
  private shownPlaces?: PlacesOfServices;
  private results?: PlacesOfServices;
  private resultsKey = '';
  private viewLanguage?: string;
  private fitted = false;
  private detailOpener?: HTMLElement;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private listenRoot?: Document | ShadowRoot;

  // ── linking with a finder ─────────────────────────────────────────────────

  private get finder(): PomocFinder | undefined {
    if (!this.for) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const element = root.getElementById?.(this.for) ?? document.getElementById(this.for);
    return element?.localName === 'pomoc-finder' ? (element as PomocFinder) : undefined;
  }

  private readonly onFinderSearch = (event: Event) => {
    if (!this.for || event.target !== this.finder) return;
    this.adoptFinderSource();
    // The map's part in a task of its own, after the finder's: together they would make one long task.
    const ids = (event as CustomEvent<{ serviceIds: string[] }>).detail.serviceIds;
    this.nextLinkedIds = ids;
    void nextTask().then(() => {
      if (this.nextLinkedIds === ids) this.linkedIds = ids;
    });
  };
  private nextLinkedIds?: string[];

  /**
   * Linked without its own src, the map reads the finder's catalogue (the finder may come later),
   * and follows it when the finder's src changes, until the page gives the map a src of its own.
   */
  private adoptFinderSource() {
    const source = this.finder?.src;
    if (!source || (this.src && this.src !== this.adoptedSource)) return;
    this.adoptedSource = source;
    this.src = source;
  }
  private adoptedSource?: string;

  private readonly onFinderSelect = (event: Event) => {
    if (!this.for || event.target !== this.finder || !this.catalogue) return;
    const service = (event as CustomEvent<{ service: Service }>).detail.service;
    const places = (service.locationIds ?? []).filter((id) => this.results?.places.some((place) => place.id === id));
    if (places.length) this.view?.highlight(places);
    else this.showArea(service);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    loadLeafletView().catch(() => undefined);
    this.listenRoot = this.getRootNode() as Document | ShadowRoot;
    this.listenRoot.addEventListener('pomoc-search', this.onFinderSearch);
    this.listenRoot.addEventListener('pomoc-select', this.onFinderSelect);
    if (this.for && !this.src) {
      this.adoptFinderSource();
      // A finder later in the page, or defined later, is found once it is there.
      void customElements.whenDefined('pomoc-finder').then(() => requestAnimationFrame(() => this.adoptFinderSource()));
    }
    // Moved in the page: the map was taken down on disconnect and is built again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listenRoot?.removeEventListener('pomoc-search', this.onFinderSearch);
    this.listenRoot?.removeEventListener('pomoc-select', this.onFinderSelect);
    clearTimeout(this.typingTimer);
    clearTimeout(this.announceTimer);
    clearTimeout(this.silenceTimer);
    this.silenceTimer = undefined;
    this.destroyView();
  }

  private destroyView() {
    this.view?.destroy();
    this.view = undefined;
    this.viewFor = undefined;
    this.shownPlaces = undefined;
    this.viewToken++;
  }

  protected override catalogueReady(): void {
    // A new catalogue (another src): nothing of the last one's results is kept.
    this.results = undefined;
    this.resultsKey = '';
    this.detail = undefined;
    this.areaOf = undefined;
    // The finder's results for it are read a task later (currentResults), not in this task: the
    // finder works them out and renders them in this very task when both got the catalogue at once.
    this.linkedIds = undefined;
    this.firstLinkedIds = undefined;
    this.computing = undefined;
    this.computed = undefined;
  }

  // ── results ───────────────────────────────────────────────────────────────

  /**
   * The services to show: the linked finder's results, else the compact filter's. Undefined for a
   * moment at first: while a linked finder has no results yet (the map waits for them rather than
   * working out its own), and while the first results of a large catalogue are worked out.
   */
  private currentResults(catalogue: LoadedCatalogue): PlacesOfServices | undefined {
    const finder = this.for ? this.finder : undefined;
    const linked = this.for ? (this.linkedIds ?? this.firstLinkedIds) : undefined;
    if (finder && !linked && !this.finderSilent) {
      // The finder computes its results in its own update: the map takes them a task later, never
      // in the task that rendered them (at 20,000 services, the two made one task of 110–170 ms),
      // and without waiting for the rest of the finder's first page (its updateComplete does).
      if (!this.waitingForFinder) {
        this.waitingForFinder = true;
        void Promise.race([finder.firstResults, finder.updateComplete]).then(async () => {
          await nextTask();
          this.waitingForFinder = false;
          const ids = this.finder?.resultIds;
          if (ids && !this.linkedIds) {
            this.firstLinkedIds = ids;
            this.requestUpdate();
          }
        });
      }
      // A finder that gives no results (its catalogue failed, its code did not load): after a
      // while the map shows all its services, as an unlinked map does, until the finder speaks.
      this.silenceTimer ??= setTimeout(() => {
        if (this.linkedIds || this.finder?.resultIds) return;
        this.finderSilent = true;
        this.requestUpdate();
      }, FINDER_SILENT_AFTER);
      return undefined;
    }
    // The key of linked results is worked out once per list of ids, not at every render.
    if (linked && linked !== this.keyedIds) {
      this.keyedIds = linked;
      this.linkedKey = `linked:${linked.join('\u0000')}`;
    }
    const key = linked ? this.linkedKey : `own:${this.query}\u0000${this.serviceType}`;
    if (this.results && key === this.resultsKey) return this.results;
    if (this.computed?.key === key) {
      this.results = this.computed.results;
      this.resultsKey = key;
      this.computed = undefined;
      return this.results;
    }
    if (this.computing === key) return this.results;
    let ids: readonly string[];
    if (linked) ids = linked;
    else {
      const filters = this.serviceType ? { serviceTypes: [this.serviceType] } : {};
      const index = searchIndex(catalogue);
      if (this.query.trim() && !index.hasWords) {
        // A linked map's own search (its finder silent) before the index's words have come.
        void whenSearchable(catalogue).then(() => this.requestUpdate());
        return this.results;
      }
      ids = index.search({ text: this.query, filters }).map((hit) => hit.id);
      // A typo typed before approximate matching loaded: the same search again once it has.
      void index.fuzzyPending()?.then(() => {
        this.resultsKey = '';
        this.computing = undefined;
        this.requestUpdate();
      });
    }
    if (ids.length > RESULTS_AT_ONCE || (!placesRanked(catalogue) && catalogue.locationById.size > RESULTS_AT_ONCE)) {
      // A large catalogue: the last results stay on the map until these are ready.
      this.computing = key;
      void placesOfIdsInSlices(catalogue, ids).then(async (results) => {
        // The render in a task of its own, not in the last slice's; the towns' centres that the
        // services without a place need (their areas) in one before it (cold, at 20,000 services,
        // ≈ 20–30 ms that made the first render's task 80–140 ms).
        await nextTask();
        if (results.unplaced.length) {
          townCentres(catalogue);
          await nextTask();
        }
        if (this.computing !== key || this.catalogue !== catalogue) return;
        this.computing = undefined;
        this.computed = { key, results };
        this.requestUpdate();
      });
      return this.results;
    }
    this.resultsKey = key;
    this.results = placesOfIds(catalogue, ids);
    return this.results;
  }
  private computing?: string;
  private computed?: { key: string; results: PlacesOfServices };
  private firstLinkedIds?: string[];
  private waitingForFinder = false;
  private finderSilent = false;
  private silenceTimer?: ReturnType<typeof setTimeout>;
  private keyedIds?: string[];
  private linkedKey = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.loadState !== 'ready' || !this.catalogue) return;
    const before = this.results;
    const results = this.currentResults(this.catalogue);
    if (!results || results === before) return;
    // State set here renders in this same update.
    this.listShown = PAGE_SIZE;
    this.unplacedShown = 10;
    // A linked finder announces its own results; the map speaks only for its own search.
    if (!this.for && before) {
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => (this.announcement = this.countText(results)), ANNOUNCE_DELAY);
    }
  }

  private countText({ places, unplaced, servicesOnMap: onMap }: PlacesOfServices) {
    const lang = this.language;
    const placed = msg(str`Na mapě: ${placesCount(places.length, lang)} (${servicesCount(onMap, lang)}).`, {
      id: 'map.count',
    });
    return unplaced.length
      ? `${placed} ${msg(str`Bez místa na mapě: ${servicesCount(unplaced.length, lang)}.`, { id: 'map.count-unplaced' })}`
      : placed;
  }

  // ── the Leaflet view ──────────────────────────────────────────────────────

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.loadState !== 'ready' || !this.catalogue) {
      // Loading another catalogue, or failed: the last map does not run on behind the message.
      if (this.viewFor) this.destroyView();
      return;
    }
    const host = this.mapHost;
    // Other tiles need a new map; so does a host element Lit made anew.
    if (host && (host !== this.viewFor || (changed.has('tileUrl') && this.hasUpdated && this.view))) {
      void this.createView(host);
      return;
    }
    if (!this.view) return;
    if ((changed.has('center') || changed.has('zoom')) && parseCenter(this.center)) {
      this.view.setCenter(parseCenter(this.center)!, this.zoom);
    }
    this.syncView();
  }

  private async createView(host: HTMLElement) {
    this.destroyView();
    this.viewFor = host;
    const token = this.viewToken;
    const { MapView, leafletStyles } = await loadLeafletView();
    if (token !== this.viewToken || !this.isConnected || host !== this.mapHost) return;
    adoptOnce(this.renderRoot as ShadowRoot, leafletStyles);
    // Leaflet's stylesheet in one task, its map in the next.
    await nextTask();
    if (token !== this.viewToken || !this.isConnected || host !== this.mapHost) return;
    this.view = new MapView(host, this.viewHost(), {
      tileUrl: this.tileUrl || OSM_TILES,
      center: parseCenter(this.center),
      zoom: this.zoom,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
    this.shownPlaces = undefined;
    this.viewLanguage = this.language;
    this.fitted = false;
    this.syncView();
  }

  /** Give the view the current places; relabel after a language change. */
  private syncView() {
    const view = this.view;
    if (!view || !this.results) return;
    if (this.viewLanguage !== this.language) {
      this.viewLanguage = this.language;
      view.relabel();
    }
    if (this.shownPlaces !== this.results) {
      const results = (this.shownPlaces = this.results);
      // The first view honours `center`; later result changes always fit the results.
      const fit = this.fitted || !parseCenter(this.center);
      this.fitted = true;
      // The map's part in a task of its own, after the element's render.
      void nextTask().then(() => {
        if (this.view === view && this.shownPlaces === results) view.setPlaces(results.places, fit);
      });
    }
  }

  private viewHost() {
    return {
      placeLabel: (place: Place) => {
        const address = this.placeAddress(place);
        const where = address ? `${this.placeName(place)}, ${address}` : this.placeName(place);
        return `${where} – ${servicesCount(place.services.length, this.language)}`;
      },
      clusterLabel: (places: number, services: number) =>
        msg(
          str`Skupina: ${placesCount(places, this.language)}, ${servicesCount(services, this.language)}. Přiblížit.`,
          {
            id: 'map.cluster',
            desc: 'Accessible name of a cluster marker; activating it zooms in',
          },
        ),
      renderPopup: (container: HTMLElement, places: Place[], close: () => void) =>
        render(this.renderPopup(places, close), container, { host: this }),
      placesOpened: (places: Place[]) =>
        this.finder?.highlight(places.flatMap((place) => place.services.map((service) => service.id))),
      tilesFailed: () => (this.tilesFailed = true),
      labels: () => ({
        zoomIn: msg('Přiblížit mapu', { id: 'map.zoom-in' }),
        zoomOut: msg('Oddálit mapu', { id: 'map.zoom-out' }),
      }),
    };
  }

  // ── actions ───────────────────────────────────────────────────────────────

  private onQueryInput(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => (this.query = value), TYPING_PAUSE);
  }

  private async setMode(mode: MapMode) {
    if (mode === this.mode) return;
    this.mode = mode;
    await this.updateComplete;
    if (mode === 'map') this.view?.resize();
  }

  /** From the list: the place on the map, its popup open and focused. */
  private async showOnMap(place: Place) {
    await this.setMode('map');
    this.view?.openPlace(place.id, true);
  }

  private showArea(service: Service) {
    if (!this.catalogue) return;
    this.areaOf = service.id;
    this.view?.showArea(serviceArea(this.catalogue, service), (town) => town);
  }

  /** Show a service's area on the map, or take it away when it is already shown. */
  private async toggleArea(service: Service) {
    if (this.areaOf === service.id) {
      this.areaOf = undefined;
      this.view?.showArea(undefined, (town) => town);
      return;
    }
    if (this.mode !== 'map') {
      // The list (and this button in it) gives way to the map, where the area is drawn.
      await this.setMode('map');
      this.mapHost?.focus();
    }
    this.showArea(service);
  }

  /** A service's detail: in the linked finder, else below the map. */
  private async openDetail(service: Service, opener?: EventTarget | null) {
    this.emit('pomoc-select', { serviceId: service.id, service });
    const finder = this.finder;
    if (finder?.resultIds?.includes(service.id)) {
      await finder.openService(service.id);
      return;
    }
    this.detailOpener = opener instanceof HTMLElement ? opener : undefined;
    this.detail = service;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
  }

  /** Focus goes back to the button that opened the detail, else to the map or the list. */
  private async closeDetail() {
    this.detail = undefined;
    await this.updateComplete;
    const opener = this.detailOpener;
    this.detailOpener = undefined;
    if (opener?.isConnected && opener.getClientRects().length) opener.focus();
    else (this.mode === 'map' ? this.mapHost : this.renderRoot.querySelector<HTMLElement>('#list-heading'))?.focus();
  }

  private async nearMe() {
    this.geolocation = 'asking';
    try {
      const point = await currentPosition();
      this.geolocation = 'idle';
      await this.setMode('map');
      this.view?.showPosition(point);
    } catch {
      this.geolocation = 'failed';
    }
  }

  private skipMap() {
    this.renderRoot.querySelector<HTMLElement>('#after-map')?.focus();
  }

  // ── rendering ─────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const heading = this.heading || msg('Služby na mapě', { id: 'map.heading' });
    return html`
      <section part="base" class="map-widget" aria-labelledby="heading" lang=${this.language}>
        ${this.renderLanguageSwitch()}
        <h2 id="heading" part="heading">${heading}</h2>
        ${this.renderLoadState() ?? this.renderReady(this.catalogue!)}
      </section>
    `;
  }

  private renderReady(catalogue: LoadedCatalogue) {
    const results = this.currentResults(catalogue) ?? NO_RESULTS;
    const linked = Boolean(this.for);
    return html`
      ${this.renderSourceNotices(catalogue)} ${linked ? nothing : this.renderSearch(catalogue)}
      <div class="toolbar">
        <p class="count">${results === NO_RESULTS ? '' : this.countText(results)}</p>
        <div class="modes" role="group" aria-label=${msg('Zobrazení', { id: 'map.view' })}>
          <button
            type="button"
            class="button mode"
            aria-pressed=${this.mode === 'map' ? 'true' : 'false'}
            @click=${() => this.setMode('map')}
          >
            ${msg('Mapa', { id: 'map.mode.map' })}
          </button>
          <button
            type="button"
            class="button mode"
            aria-pressed=${this.mode === 'list' ? 'true' : 'false'}
            @click=${() => this.setMode('list')}
          >
            ${msg('Seznam', { id: 'map.mode.list' })}
          </button>
        </div>
        <button type="button" class="button" @click=${this.nearMe} ?disabled=${this.geolocation === 'asking'}>
          ${
            this.geolocation === 'asking'
              ? msg('Zjišťuji polohu…', { id: 'map.near-me.asking' })
              : msg('Ukázat mé okolí', { id: 'map.near-me' })
          }
        </button>
      </div>
      ${
        this.geolocation === 'failed'
          ? html`<p class="notice" role="alert">
              ${msg('Polohu se nepodařilo zjistit. Posuňte mapu na své místo, nebo použijte seznam.', {
                id: 'map.near-me.failed',
              })}
            </p>`
          : nothing
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      <div class="map-frame" part="map" ?hidden=${this.mode !== 'map'}>
        <button type="button" class="skip" @click=${this.skipMap}>${msg('Přeskočit mapu', { id: 'map.skip' })}</button>
        <div
          class="leaflet-host"
          role="region"
          aria-label=${msg('Mapa služeb', { id: 'map.region' })}
          aria-describedby="map-help"
        ></div>
        <p id="map-help" class="visually-hidden">
          ${msg(
            'Mapu posunete šipkami a přiblížíte klávesami plus a minus. Místa a skupiny míst jsou tlačítka v pořadí tabulátoru; stejná místa najdete v zobrazení Seznam.',
            { id: 'map.help' },
          )}
        </p>
        ${this.renderAttribution()}
      </div>
      ${
        this.tilesFailed && this.mode === 'map'
          ? html`<p class="notice" role="status">
              ${msg('Mapový podklad se nepodařilo načíst. Místa na mapě i seznam fungují dál.', {
                id: 'map.tiles-failed',
              })}
            </p>`
          : nothing
      }
      <div id="after-map" tabindex="-1"></div>
      ${this.mode === 'list' ? this.renderList(catalogue, results.places) : nothing}
      ${this.renderUnplaced(catalogue, results.unplaced)}
      ${this.detail ? this.renderDetail(catalogue, this.detail) : nothing}
    `;
  }

  private renderSearch(catalogue: LoadedCatalogue) {
    const lang = this.language;
    // Read off the search index (a worker's catalogue keeps its records as text until one is shown).
    const present = searchIndex(catalogue).present().serviceTypes;
    return html`<form role="search" part="search" class="search" @submit=${(event: Event) => event.preventDefault()}>
      <div>
        <label for="q">${msg('Hledat na mapě', { id: 'map.query' })}</label>
        <input
          id="q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.query)}
          @input=${this.onQueryInput}
        />
      </div>
      <div>
        <label for="type">${msg('Druh služby', { id: 'finder.filter.type' })}</label>
        <select
          id="type"
          .value=${live(this.serviceType)}
          @change=${(event: Event) => (this.serviceType = (event.target as HTMLSelectElement).value)}
        >
          <option value="">${msg('všechny druhy', { id: 'finder.filter.type.all' })}</option>
          ${SERVICE_TYPE_GROUPS.map((group) => {
            const types = SERVICE_TYPES.filter((type) => type.group === group.code && present.has(type.code));
            return types.length
              ? html`<optgroup label=${codeLabel(group, lang)}>
                  ${types.map(
                    (type) =>
                      html`<option value=${type.code} ?selected=${this.serviceType === type.code}>
                        ${serviceTypeLabel(type.code, lang)}
                      </option>`,
                  )}
                </optgroup>`
              : nothing;
          })}
        </select>
      </div>
    </form>`;
  }

  private renderAttribution() {
    if (this.tileUrl) {
      return this.tileAttribution
        ? html`<p class="attribution" part="attribution">${this.tileAttribution}</p>`
        : nothing;
    }
    return html`<p class="attribution" part="attribution">
      <a href="https://leafletjs.com" rel="noopener" target="_blank">Leaflet</a> | ©
      <a href="https://www.openstreetmap.org/copyright" rel="noopener" target="_blank"
        >${msg('přispěvatelé OpenStreetMap', { id: 'map.osm' })}</a
      >
    </p>`;
  }

  private renderPopup(places: Place[], close: () => void) {
    const catalogue = this.catalogue!;
    const several = places.length > 1;
    return html`<div class="popup" lang=${this.language}>
      <button type="button" class="popup-close" aria-label=${msg('Zavřít', { id: 'map.close' })} @click=${close}>
        ×
      </button>
      ${
        several
          ? html`<h3 tabindex="-1" data-autofocus>
              ${msg(str`Na stejné adrese: ${placesCount(places.length, this.language)}`, { id: 'map.same-place' })}
            </h3>`
          : nothing
      }
      ${places.map(
        (place, index) =>
          html`<section class="popup-place">
            ${
              several
                ? html`<h4>${this.placeName(place)}</h4>`
                : html`<h3 tabindex="-1" ?data-autofocus=${index === 0}>${this.placeName(place)}</h3>`
            }
            ${this.placeAddress(place) ? html`<p class="address">${this.placeAddress(place)}</p>` : nothing}
            <ul class="popup-services">
              ${place.services.map((service) => this.renderServiceLine(catalogue, service))}
            </ul>
          </section>`,
      )}
    </div>`;
  }

  /** One service in a popup or the list: name, type and provider, contacts, the way to its detail. */
  private renderServiceLine(
    catalogue: LoadedCatalogue,
    service: Service,
    withPlaces = false,
    extra: unknown = nothing,
  ) {
    const lang = this.language;
    const provider = catalogue.organizationById.get(service.organizationId);
    const contacts = contactsOf(catalogue, service, lang);
    const hours = todaysHours(service.schedule, new Date(), service.status);
    return html`<li class="service">
      <p class="service-name">${this.text(catalogue, service.name)}</p>
      <p class="muted">
        ${serviceTypeLabel(service.serviceType, lang)}${provider ? html` · ${this.text(catalogue, provider.name)}` : nothing}
      </p>
      ${withPlaces ? html`<p class="where">${renderPlaces(catalogue, service, lang)}</p>` : nothing}
      ${hours.text ? html`<p>${msg('Dnes', { id: 'finder.today' })}: ${hours.text}</p>` : nothing}
      ${hasContacts(contacts) ? html`<p class="contacts">${renderContacts(contacts)}</p>` : nothing}
      <button type="button" class="link" @click=${(event: Event) => this.openDetail(service, event.currentTarget)}>
        ${msg('Podrobnosti', { id: 'finder.details' })}<span class="visually-hidden">
          : ${catalogueText(catalogue, service.name, lang).text}</span
        >
      </button>
      ${extra}
    </li>`;
  }

  private renderList(catalogue: LoadedCatalogue, places: Place[]) {
    const shown = places.slice(0, this.listShown);
    return html`<section class="list" part="list" aria-labelledby="list-heading">
      <h3 id="list-heading" tabindex="-1">
        ${msg(str`Místa na mapě: ${placesCount(places.length, this.language)}`, { id: 'map.list-heading' })}
      </h3>
      ${
        places.length
          ? html`<ol class="places">
              ${repeat(
                shown,
                (place) => place.id,
                (place) =>
                  html`<li class="place">
                    <h4>${this.placeName(place)}</h4>
                    ${this.placeAddress(place) ? html`<p class="address">${this.placeAddress(place)}</p>` : nothing}
                    <ul class="place-services">
                      ${place.services.map((service) => this.renderServiceLine(catalogue, service))}
                    </ul>
                    <button type="button" class="link" @click=${() => this.showOnMap(place)}>
                      ${msg('Ukázat na mapě', { id: 'map.show-on-map' })}<span class="visually-hidden">
                        : ${this.placeName(place)}</span
                      >
                    </button>
                  </li>`,
              )}
            </ol>`
          : html`<p>${msg('Výsledkům neodpovídá žádné místo s adresou.', { id: 'map.no-places' })}</p>`
      }
      ${
        places.length > shown.length
          ? html`<button type="button" class="button more" @click=${() => (this.listShown += PAGE_SIZE)}>
              ${msg(str`Zobrazit další místa – ještě ${placesCount(places.length - shown.length, this.language)}`, {
                id: 'map.more-places',
              })}
            </button>`
          : nothing
      }
    </section>`;
  }

  private renderUnplaced(catalogue: LoadedCatalogue, services: Service[]) {
    if (!services.length) return nothing;
    const shown = services.slice(0, this.unplacedShown);
    return html`<details class="unplaced" part="unplaced" ?open=${this.mode === 'list'}>
      <summary>
        ${msg(str`Služby bez místa na mapě: ${formatCount(services.length, this.language)}`, { id: 'map.unplaced' })}
      </summary>
      <p class="muted">
        ${msg(
          'Terénní služby přijedou za vámi; adresy azylových domů a podobných míst jsou z bezpečnostních důvodů utajené.',
          { id: 'map.unplaced-help' },
        )}
      </p>
      <ul class="unplaced-services">
        ${repeat(
          shown,
          (service) => service.id,
          (service) => {
            const area = serviceArea(catalogue, service);
            const drawable = Boolean(area.geometry) || area.towns.length > 0;
            return this.renderServiceLine(
              catalogue,
              service,
              true,
              drawable
                ? html`<button
                    type="button"
                    class="link"
                    aria-pressed=${this.areaOf === service.id ? 'true' : 'false'}
                    @click=${() => this.toggleArea(service)}
                  >
                    ${msg('Ukázat oblast na mapě', { id: 'map.show-area' })}<span class="visually-hidden">
                      : ${catalogueText(catalogue, service.name, this.language).text}</span
                    >
                  </button>`
                : nothing,
            );
          },
        )}
      </ul>
      ${
        services.length > shown.length
          ? html`<button type="button" class="button more" @click=${() => (this.unplacedShown += PAGE_SIZE)}>
              ${msg(str`Zobrazit další – ještě ${servicesCount(services.length - shown.length, this.language)}`, {
                id: 'finder.more',
              })}
            </button>`
          : nothing
      }
    </details>`;
  }

  private renderDetail(catalogue: LoadedCatalogue, service: Service) {
    const lang = this.language;
    const provider = catalogue.organizationById.get(service.organizationId);
    const contacts = contactsOf(catalogue, service, lang);
    return html`<section class="detail" part="detail" aria-labelledby="detail-heading">
      <h3 id="detail-heading" tabindex="-1">${this.text(catalogue, service.name)}</h3>
      <p class="muted">
        ${serviceTypeLabel(service.serviceType, lang)}${provider ? html` · ${this.text(catalogue, provider.name)}` : nothing}
      </p>
      <p>${renderPlaces(catalogue, service, lang)}</p>
      ${hasContacts(contacts) ? html`<p class="contacts">${renderContacts(contacts)}</p>` : nothing}
      ${this.renderFallbackNote(catalogue, [service.description, service.eligibility, service.applicationProcess])}
      ${renderServiceDetail(catalogue, service, lang)}
      <button type="button" class="button" @click=${this.closeDetail}>
        ${msg('Zavřít podrobnosti', { id: 'map.close-detail' })}
      </button>
    </section>`;
  }

  private text(catalogue: LoadedCatalogue, value: LocalizedText | undefined) {
    return localizedText(catalogue, value, this.language);
  }

  /** A place's name, else its address, else its town. */
  private placeName(place: Place): string {
    const catalogue = this.catalogue!;
    return (
      catalogueText(catalogue, place.location.name, this.language).text ||
      fullAddress(place) ||
      catalogueText(catalogue, place.services[0]?.name, this.language).text
    );
  }

  /** The address under a place's name; nothing when the name already is the address. */
  private placeAddress(place: Place): string {
    return place.location.name ? fullAddress(place) : '';
  }
}

const fullAddress = ({ location: { address } }: Place) =>
  address
    ? [address.street, [address.postalCode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    : '';

/** "49.74, 13.59" → a point; anything else → undefined (the map fits its places instead). */
function parseCenter(value: string): Point | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!match) return undefined;
  const [latitude, longitude] = [Number(match[1]), Number(match[2])];
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : undefined;
}

const adopted = new WeakMap<ShadowRoot, CSSStyleSheet>();
const sheets = new Map<string, CSSStyleSheet>();

/** Leaflet's stylesheet goes first into the shadow root, so the widget's own rules win. */
function adoptOnce(root: ShadowRoot, css: string) {
  if (adopted.has(root)) return;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  adopted.set(root, sheet);
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}

declare global {
  interface HTMLElementTagNameMap {
    'pomoc-map': PomocMap;
  }
}
