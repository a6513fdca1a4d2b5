import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  FORMS,
  SERVICE_TYPE_GROUPS,
  SERVICE_TYPES,
  TARGET_GROUPS,
  codeLabel,
  form as formEntry,
  serviceTypeLabel,
  targetGroup as targetGroupEntry,
} from '../../catalogue/codelists.js';
import type { Point } from '../../catalogue/geo.js';
import {
  comesIndexed,
  searchIndexOf as searchIndex,
  whenSearchable,
  type LoadedCatalogue,
} from '../../catalogue/loader.js';
import { normalize, normalizeName } from '../../catalogue/normalize.js';
import { nextTask } from '../../catalogue/yield.js';
import { type LocalizedText, type Service } from '../../catalogue/schema.js';
import { nameSortKey } from '../../catalogue/text.js';
import type { FindResult, NearbyHit } from '../../catalogue/find.js';
import type { SearchFilters, SearchHit } from '../../catalogue/search.js';
import { PomocElement } from '../../internal/base.js';
import { currentPosition } from '../../internal/position.js';
import { contactsOf, hasContacts, renderContacts, renderPlaces, sameName } from '../../internal/contacts.js';
import { localizedText, renderServiceDetail } from '../../internal/service-detail.js';
import { catalogueText, formatDate, joinList, servicesCount, todaysHours } from '../../internal/format.js';
import { baseStyles } from '../../internal/styles.js';
import { UrlState } from '../../internal/url-state.js';
import type { AnswerActions } from './finder.answer.js';
import { finderStyles } from './finder.styles.js';
import {
  FACETS,
  emptyView,
  filtersOf,
  splitList,
  viewFromUrl,
  viewToUrl,
  type Facet,
  type FinderView,
  type SortOrder,
} from './finder.state.js';

// Reading and answering a typed query (finder.typed.ts), with the synonyms and Czech towns it
// uses: loaded after the first results, or before them for a link with a query or filters.
type Typed = typeof import('./finder.typed.js');
let typed: Typed | undefined;
let typedSettled = false;
let typedLoad: Promise<Typed> | undefined;
const loadTyped = (): Promise<Typed> =>
  (typedLoad ??= import('./finder.typed.js').then((module) => (typed = module)).finally(() => (typedSettled = true)));
/**
 * The typed-query code, then the synonyms and Czech towns. Never rejects: where either cannot
 * load, a query is read without it (the index's own search).
 */
const loadQueryData = (): Promise<void> =>
  loadTyped().then(
    (module) => module.loadQueryData(),
    () => undefined,
  );
/** Whether loadQueryData has finished, whether it loaded everything or not. */
const queryDataSettled = () => (typed ? typed.queryDataSettled() : typedSettled);

type Geo = typeof import('../../catalogue/geo.js');
let geo: Geo | undefined;
let geoLoad: Promise<Geo> | undefined;
/** Distances and the towns' centres: loaded only for sorting by distance (not with a finder's first results). */
const loadGeo = (): Promise<Geo> =>
  (geoLoad ??= import('../../catalogue/geo.js').then(
    (module) => (geo = module),
    (error: unknown) => {
      geoLoad = undefined;
      throw error;
    },
  ));

const ANNOUNCE_DELAY = 700;
const DEFAULT_PAGE_SIZE = 20;
/**
 * The first results are rendered in steps, each a task after the one before is painted: the cards
 * a resident sees first, then the filters' controls and the next cards, then the rest of the page
 * of results a few cards at a time (in one task, twenty cards and the filters took ≈ 100 ms on a
 * 2-core machine, the town's page frozen meanwhile; fifteen cards and the filters, the second of
 * two steps, still 45–90 ms).
 */
const FIRST_CARDS = 5;
const TYPING_PAUSE = 1000;
/** A search that took this long (ms) renders its results in a task of its own. */
const RENDER_LATER_MS = 16;

/**
 * @summary Search and filter the providers and services of a catalogue.
 *
 * @event pomoc-search - The results changed. `detail`: `{ query, filters, count, serviceIds }`.
 * @event pomoc-select - A resident opened a service's detail. `detail`: `{ serviceId, service }`.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The heading.
 * @csspart search - The search form.
 * @csspart input - The search field.
 * @csspart filters - The filter panel.
 * @csspart chips - The list of active filters.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart result-name - The name of a service in a result.
 * @csspart detail - The detail of a result.
 * @csspart more - The "show more" button.
 *
 * @cssprop --pomoc-font - Font family.
 * @cssprop --pomoc-font-size - Base font size.
 * @cssprop --pomoc-text - Text colour.
 * @cssprop --pomoc-muted - Secondary text colour.
 * @cssprop --pomoc-background - Background of the widget.
 * @cssprop --pomoc-surface - Background of results and buttons.
 * @cssprop --pomoc-border - Border colour.
 * @cssprop --pomoc-accent - Accent colour (buttons, links, focus).
 * @cssprop --pomoc-accent-text - Text on the accent colour.
 * @cssprop --pomoc-radius - Corner radius.
 */
@localized()
export class PomocFinder extends PomocElement {
  static override styles = [baseStyles, finderStyles];
  /**
   * A finder's first results wait for the search index only when they are a search: a link or
   * presets with a query or filters. Otherwise they are every service by name, shown at once; the
   * index's code loads and it is built when the browser is idle after them, or at the resident's
   * first touch (≈ 4.7 kB and its work off the first results).
   */
  protected override searchesFirst(): boolean {
    return needsSearch(this.view, this.fixed);
  }

  /** The heading shown above the search; a default in the interface language. */
  @property() heading = '';
  /** How many results show at once before "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;
  private warnedPageSize?: number;
  /** Preset service types (codes, space-separated). */
  @property({ attribute: 'service-types' }) presetServiceTypes = '';
  /** Preset target groups (codes, space-separated), e.g. "seniori". */
  @property({ attribute: 'target-groups' }) presetTargetGroups = '';
  /** Preset forms (codes, space-separated). */
  @property({ attribute: 'forms' }) presetForms = '';
  /** Preset towns (names, comma-separated). */
  @property({ attribute: 'towns' }) presetTowns = '';
  /** Preset kinds: "social", "related". */
  @property({ attribute: 'kinds' }) presetKinds = '';
  /** Preset regions and districts, comma-separated: "kraj:Jihočeský kraj", "okres:Písek". */
  @property({ attribute: 'areas' }) presetAreas = '';
  /** Which presets are fixed rather than pre-selected: e.g. "target-groups towns". */
  @property({ attribute: 'fixed-filters' }) fixedFilters = '';
  /** Keep the view in the page URL (default). Set `url-state="off"` to keep it out. */
  @property({ attribute: 'url-state' }) urlStateMode: 'on' | 'off' = 'on';

  @state() private view: FinderView = emptyView();
  @state() private shown = 20;
  /** The view came from a URL with an open detail, which the next results must include. */
  private revealDetail = false;
  @state() private announcement = '';
  @state() private printing = false;
  @state() private origin?: { point: Point; town?: string };
  @state() private geolocation: 'idle' | 'asking' | 'failed' = 'idle';
  /** The filter panel starts open when a view arrives with filters; after that the resident decides. */
  private filtersOpen = false;

  @query('#q') private searchField?: HTMLInputElement;

  private hits: SearchHit[] = [];
  /** The services of the kind asked for nearest to the town asked for, outside it. */
  private nearby: NearbyHit[] = [];
  private found?: FindResult;
  private resultsComputed = false;
  private resultsFirstComputed!: () => void;
  /**
   * Resolves once the first results are worked out, in the update that renders their first cards
   * (a linked map takes them a task later, between the steps of the rest of the finder's first page).
   * @internal
   */
  readonly firstResults = new Promise<void>((resolve) => (this.resultsFirstComputed = resolve));
  /** Until the first results have rendered whole: the rest of their page comes in steps (FIRST_CARDS). */
  private firstCardsOnly = true;
  /** While firstCardsOnly: how many cards of the page are rendered so far. */
  private cardsSoFar = FIRST_CARDS;
  private nextStep = false;
  private restRendered?: Promise<void>;
  private restDone?: () => void;
  /** Until the results of a query typed before the code that reads it had loaded are computed. */
  private pendingResults?: Promise<void>;
  /** The last results worked out: those rendered a task later are shown only if no newer came meanwhile. */
  private resultsLater?: object;
  private indexRequest?: { catalogue: LoadedCatalogue; done: Promise<boolean> };
  private byNameOf?: { catalogue: LoadedCatalogue; hits: SearchHit[] };
  private indexScheduled?: LoadedCatalogue;
  private queryDataRequested = false;
  @state() private highlighted = new Set<string>();
  private choicesOf?: {
    catalogue: LoadedCatalogue;
    indexed: boolean;
    present: Set<string>;
    presentGroups: Set<string>;
    towns: readonly string[];
    townOptions: readonly { town: string; district: boolean }[];
    areaChoices?: readonly { region: string; districts: readonly string[] }[];
    /** The towns one can sort by distance from: worked out only when sorting by distance. */
    townsWithCentre?: readonly string[];
  };
  private presentOf?: { catalogue: LoadedCatalogue; present: Set<string>; presentGroups: Set<string> };
  private distances = new Map<string, number>();
  private announceTimer?: ReturnType<typeof setTimeout>;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private typing = false;
  private urlState?: UrlState;
  private focusAfterMore?: number;

  private readonly onPopState = () => this.restoreFromUrl();
  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    clearTimeout(this.announceTimer);
    clearTimeout(this.typingTimer);
  }

  /** The presets that are fixed, by facet. */
  private get fixed(): Partial<Record<Facet, string[]>> {
    const fixed: Partial<Record<Facet, string[]>> = {};
    const names = new Set(splitList(this.fixedFilters));
    for (const facet of FACETS) {
      if (names.has(attributeOf(facet))) fixed[facet] = this.preset(facet);
    }
    return fixed;
  }

  private preset(facet: Facet): string[] {
    switch (facet) {
      case 'serviceTypes':
        return splitList(this.presetServiceTypes);
      case 'targetGroups':
        return splitList(this.presetTargetGroups);
      case 'forms':
        return splitList(this.presetForms);
      case 'towns':
        return splitList(this.presetTowns, /\s*,\s*/);
      case 'kinds':
        return splitList(this.presetKinds);
      case 'areas':
        return splitList(this.presetAreas, /\s*,\s*/);
    }
  }

  private initialiseView(): void {
    if (this.urlStateMode !== 'off') this.urlState = new UrlState(this.urlPrefix('finder'));
    this.restoreFromUrl();
    this.filtersOpen = this.activeFilterCount() > 0;
  }

  /** The view the webmaster's preset attributes give, before the resident changes anything. */
  private presetView(): FinderView {
    const view = emptyView();
    const fixed = this.fixed;
    // Fixed presets apply through the filters, never through the view (nor the URL).
    for (const facet of FACETS) if (!fixed[facet]) view[facet] = this.preset(facet);
    return view;
  }

  /** Results shown at first and added by "show more": `page-size` when it is a positive whole number. */
  private get pageStep(): number {
    const size = this.pageSize;
    if (Number.isInteger(size) && size > 0) return size;
    if (!Object.is(this.warnedPageSize, size)) {
      this.warnedPageSize = size;
      console.warn(`pomoc-finder: page-size must be a positive whole number; showing ${DEFAULT_PAGE_SIZE} at a time`);
    }
    return DEFAULT_PAGE_SIZE;
  }

  /** A webmaster (or Storybook) changing a preset attribute after the first render. */
  private applyChangedPresets(changed: Map<PropertyKey, unknown>) {
    const properties: Record<Facet, keyof this> = {
      serviceTypes: 'presetServiceTypes',
      targetGroups: 'presetTargetGroups',
      forms: 'presetForms',
      towns: 'presetTowns',
      kinds: 'presetKinds',
      areas: 'presetAreas',
    };
    const patch: Partial<FinderView> = {};
    const fixed = this.fixed;
    for (const facet of FACETS) {
      if (changed.has(properties[facet]) && !fixed[facet]) patch[facet] = this.preset(facet);
    }
    if (Object.keys(patch).length) this.view = { ...this.view, ...patch };
    if (changed.has('pageSize')) this.shown = this.pageStep;
  }

  /** The view from the URL (on load, Back and Forward); where the URL holds none, the presets'. */
  private restoreFromUrl() {
    this.view = this.urlState?.has() ? viewFromUrl(this.urlState.read()) : this.presetView();
    this.shown = this.pageStep;
    this.revealDetail = this.view.detail !== '';
  }

  /** A query in the URL (a shared link) is understood with the synonyms and towns from the start. */
  protected override beforeReady(): Promise<void> | void {
    // A link sorted by distance (a shared link, a booklet's QR code) shows its first results in
    // that order, never first by name: the distance code loads with the catalogue then.
    const distance = this.view.sort === 'distance' || this.view.from ? loadGeo().catch(() => undefined) : undefined;
    const query = this.view.query.trim() ? loadQueryData() : undefined;
    if (distance || query) return Promise.all([distance, query]).then(() => undefined);
  }

  protected override catalogueReady(): void {
    // Another catalogue (a new src): its results come at once, as the first did, never a task after
    // a render that would show the last catalogue's.
    this.resultsComputed = false;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The view first (the URL, the presets): whether loading the catalogue waits for its index.
    if (!this.hasUpdated) this.initialiseView();
    super.willUpdate(changed);
    // State set here renders in this same update.
    if (this.hasUpdated) this.applyChangedPresets(changed as Map<PropertyKey, unknown>);
    if (!this.catalogue || this.loadState !== 'ready') return;
    const keys = changed as Map<PropertyKey, unknown>;
    if (keys.has('view') || keys.has('catalogue') || keys.has('origin') || keys.has('loadState')) {
      this.computeResults(this.catalogue);
    }
  }

  /** `queued`: not a resident's input but what came after it loaded: worked out in slices from the start. */
  private computeResults(catalogue: LoadedCatalogue, queued = false) {
    const view = this.view;
    // Results of an earlier view still to render (see below) give way to this one's, and the
    // results shown are no longer announced (this view's are, once shown).
    const later = (this.resultsLater = {});
    clearTimeout(this.announceTimer);
    // The synonyms and Czech towns load after the first results (see updated()); a query typed
    // before they are here waits for them, the results shown until then staying as they are.
    const recompute = () => {
      if (this.catalogue !== catalogue) return;
      this.computeResults(catalogue, true);
      this.requestUpdate();
    };
    const index = this.indexedCatalogue === catalogue ? searchIndex(catalogue) : undefined;
    if (!index && needsSearch(view, this.fixed)) {
      // A query or a filter before the index is built (typed at once, a link): the results shown
      // until then stay as they are (before any, "loading").
      this.awaitResults(this.requestIndex(catalogue).then((indexed) => indexed && recompute()));
      return;
    }
    if (view.query.trim() && !queryDataSettled()) {
      this.awaitResults(loadQueryData().then(recompute));
      if (this.resultsComputed) return;
    }
    if ((view.sort === 'distance' || view.from) && !geo) {
      this.awaitResults(loadGeo().then(recompute, () => undefined));
      if (this.resultsComputed) return;
    }
    const filters = filtersOf(view, this.fixed);
    const started = performance.now();
    // The first results come at once; a keystroke's answer that takes more than a frame to work
    // out goes on in slices (one letter reaches nearly every service of a national catalogue), and
    // renders in a task of its own, the results shown until then staying as they are.
    const first = !this.resultsComputed;
    const inFrame = () => first || (!queued && performance.now() - started < RENDER_LATER_MS);
    const finish = (hits: SearchHit[], found?: FindResult) => {
      // A typo typed before approximate matching loaded: the same search again once it has.
      void index?.fuzzyPending()?.then(recompute);
      const nearby = found?.nearby ?? [];
      const origin = this.distanceOrigin(catalogue);
      const distances = new Map<string, number>();
      for (const hit of nearby) if (hit.km !== undefined) distances.set(hit.id, hit.km);
      // Without a query the search already returns services by name.
      if (view.sort === 'name' && view.query.trim()) {
        hits = [...hits].sort((a, b) => compareNames(catalogue, a.service, b.service, this.language));
      }
      if (view.sort === 'distance' && origin && geo) {
        const { serviceDistanceById } = geo;
        for (const hit of hits) {
          distances.set(hit.id, serviceDistanceById(catalogue, hit.id, origin.point, origin.town));
        }
        hits = [...hits].sort((a, b) => distances.get(a.id)! - distances.get(b.id)!);
      }
      const show = () => {
        this.found = found;
        this.nearby = nearby;
        this.distances = distances;
        this.hits = hits;
        // A link to one service (a shared link, a printed booklet's QR code) shows its open detail
        // even when it falls past the first page of results.
        if (this.revealDetail) {
          this.revealDetail = false;
          this.renderedWhole();
          const index = hits.findIndex((hit) => hit.id === view.detail);
          if (index >= this.shown) this.shown = index + 1;
        }
        this.resultsComputed = true;
        this.resultsFirstComputed();
        this.scheduleAnnouncement(filters);
      };
      if (inFrame()) return show();
      // Unless a newer view's results came meanwhile.
      this.awaitResults(
        nextTask().then(() => {
          if (this.resultsLater !== later || this.catalogue !== catalogue) return;
          show();
          this.requestUpdate();
        }),
      );
    };
    if (index && typed) {
      const found = typed.answer(index, catalogue, { text: view.query, filters }, inFrame, first);
      if (found instanceof Promise) {
        this.awaitResults(
          found.then((found) => {
            if (this.resultsLater !== later) return;
            finish(found.hits, found);
            this.requestUpdate();
          }),
        );
      } else finish(found.hits, found);
    } else if (index) {
      // The code that reads a query not loaded yet (no query so far): the index's own search,
      // which without a query is what find() gives, all services by name. When nothing fits the
      // filters, find() says what each leaves out: it loads for that.
      const hits = index.search({ text: view.query, filters });
      if (!hits.length && !typedSettled) void loadQueryData().then(recompute);
      finish(hits);
    } else {
      // No query, no filter: every service by name, which is what the index's search gives then.
      finish(this.byName(catalogue));
    }
  }

  /** Results that wait for something to load: `updateComplete` waits for them too. */
  private awaitResults(done: Promise<unknown>) {
    const pending = (this.pendingResults = done.then(() => undefined));
    void pending.finally(() => {
      if (this.pendingResults === pending) this.pendingResults = undefined;
    });
  }

  /**
   * The catalogue's search index: its code loads and it is built (in slices, once for every widget
   * on the page). Resolves to whether it was; where the code cannot load, the next query asks again.
   */
  private requestIndex(catalogue: LoadedCatalogue): Promise<boolean> {
    if (this.indexedCatalogue === catalogue) return Promise.resolve(true);
    if (this.indexRequest?.catalogue !== catalogue) {
      const request = {
        catalogue,
        done: whenSearchable(catalogue).then(
          () => {
            if (this.catalogue !== catalogue) return false;
            this.indexedCatalogue = catalogue;
            // The towns and areas to filter and sort by come with the index.
            this.requestUpdate();
            return true;
          },
          (error: unknown) => {
            if (this.indexRequest === request) this.indexRequest = undefined;
            console.warn('pomoc-finder: the search code could not be loaded', error);
            return false;
          },
        ),
      };
      this.indexRequest = request;
    }
    return this.indexRequest.done;
  }

  /** Every active service by name (the index's order without a query), worked out once per catalogue. */
  private byName(catalogue: LoadedCatalogue): SearchHit[] {
    if (this.byNameOf?.catalogue !== catalogue) {
      let hits: SearchHit[];
      if (comesIndexed(catalogue)) {
        // The worker's catalogue keeps its records as text until one is shown (lazy.ts): the
        // index's order, without reading them.
        hits = searchIndex(catalogue).search({});
      } else {
        const services = catalogue.services.filter((service) => service.status !== 'inactive');
        const keys = new Map(services.map((service) => [service, nameSortKey(service.name)]));
        hits = services
          .sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!) || compareKeys(a.id, b.id))
          .map((service): SearchHit => ({ service, id: service.id, score: 0, quality: 'all' }));
      }
      this.byNameOf = { catalogue, hits };
    }
    return this.byNameOf.hits;
  }

  private distanceOrigin(catalogue: LoadedCatalogue): { point: Point; town?: string } | undefined {
    if (this.origin) return this.origin;
    if (!this.view.from) return undefined;
    const point = geo?.townCentres(catalogue).get(normalize(this.view.from));
    return point ? { point, town: this.view.from } : undefined;
  }

  private scheduleAnnouncement(filters: ReturnType<typeof filtersOf>) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const count = this.hits.length;
      const nearby = this.nearby.length;
      this.announcement = count
        ? msg(str`Nalezeno: ${servicesCount(count, this.language)}.`, { id: 'finder.found' })
        : nearby && this.found?.town
          ? msg(str`V obci ${this.found.town} nic. Nejblíže: ${servicesCount(nearby, this.language)}.`, {
              id: 'finder.found-nearby',
            })
          : msg('Nic nenalezeno.', { id: 'finder.nothing-found' });
      this.emit('pomoc-search', {
        query: this.view.query,
        filters,
        count,
        serviceIds: this.hits.map((hit) => hit.id),
      });
    }, ANNOUNCE_DELAY);
  }

  /** Change the view; `push` adds a history entry, typing only replaces the current one. */
  private changeView(patch: Partial<FinderView>, mode: 'push' | 'replace' = 'push') {
    this.view = { ...this.view, ...patch };
    if (!('detail' in patch)) this.shown = this.pageStep;
    this.urlState?.write(viewToUrl(this.view), mode);
  }

  private onQueryInput(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    // The first keystroke of a burst makes a history entry; the rest of the burst updates it.
    this.changeView({ query: value }, this.typing ? 'replace' : 'push');
    this.typing = true;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => (this.typing = false), TYPING_PAUSE);
  }

  private setFacet(facet: Facet, values: string[]) {
    this.changeView({ [facet]: values } as Partial<FinderView>);
  }

  private toggleForm(code: string, on: boolean) {
    const forms = new Set(this.view.forms);
    if (on) forms.add(code);
    else forms.delete(code);
    this.setFacet(
      'forms',
      FORMS.map((entry) => entry.code).filter((entry) => forms.has(entry)),
    );
  }

  private clearAll() {
    const { query, sort, from, detail } = this.view;
    this.changeView({ ...emptyView(), query, sort, from, detail });
    this.searchField?.focus();
  }

  /** Remove a filter chip; focus goes to the chip that takes its place, else the search field. */
  private async removeChip(remove: () => void, index: number) {
    remove();
    await this.updateComplete;
    const chips = this.renderRoot.querySelectorAll<HTMLElement>('.chip');
    (chips[Math.min(index, chips.length - 1)] ?? this.searchField)?.focus();
  }

  private toggleDetail(service: Service) {
    const open = this.view.detail !== service.id;
    this.changeView({ detail: open ? service.id : '' }, 'replace');
    if (open) this.emit('pomoc-select', { serviceId: service.id, service });
  }

  /**
   * Resolves once the results shown are those of the view (a query typed early read), and the first
   * results are rendered whole (the rest of their page included).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // Results for a query typed before the code and words that read it had loaded.
    while (this.pendingResults) {
      await this.pendingResults;
      complete = await super.getUpdateComplete();
    }
    if (!this.firstCardsOnly || !this.restRendered) return complete;
    await this.restRendered;
    return super.getUpdateComplete();
  }

  /** The first page of results is rendered whole from now on. */
  private renderedWhole() {
    this.firstCardsOnly = false;
    this.restDone?.();
  }

  private showMore() {
    // Asked for more before the first page has come whole: it comes whole now, with the next.
    if (this.firstCardsOnly) this.renderedWhole();
    this.focusAfterMore = this.shown;
    this.shown += this.pageStep;
  }

  protected override updated(): void {
    // The first results shown, the rest of their page follows in a task of its own once they are
    // painted: a task queued at once ran before the next frame, so the resident saw the first
    // cards only with the rest (its 50 ms, in a trace of the README page, before their paint).
    if (this.firstCardsOnly && this.resultsComputed && this.loadState === 'ready' && !this.nextStep) {
      this.nextStep = true;
      this.restRendered ??= new Promise((resolve) => (this.restDone = resolve));
      afterPaint(() => {
        this.nextStep = false;
        this.cardsSoFar += FIRST_CARDS;
        // Done, or the results are gone meanwhile (another src, loading or failed): no more steps.
        const done = this.cardsSoFar >= Math.min(this.shown, this.hits.length) || this.loadState !== 'ready';
        if (done) this.renderedWhole();
        this.requestUpdate();
      });
    } else if (this.firstCardsOnly && this.restRendered && !this.nextStep && this.loadState !== 'ready') {
      this.renderedWhole();
    }
    // The synonyms and Czech towns that typed queries need load when the resident reaches for the
    // finder (focus, a touch, the pointer over it), or two seconds after the first results when
    // the browser is idle: never before the page's widgets have shown what they show first.
    // The search index (when the first results did not wait for it) is built as soon as the
    // browser is idle after them, or at once when the resident reaches for the finder.
    const catalogue = this.catalogue;
    if (this.resultsComputed && catalogue && this.indexScheduled !== catalogue) {
      this.indexScheduled = catalogue;
      void (this.restRendered ?? Promise.resolve()).then(() =>
        whenIdle(() => {
          if (this.catalogue === catalogue) void this.requestIndex(catalogue);
        }),
      );
    }
    if (this.resultsComputed && !this.queryDataRequested) {
      this.queryDataRequested = true;
      const load = () => {
        if (this.catalogue) void this.requestIndex(this.catalogue);
        void loadQueryData();
      };
      for (const type of ['focusin', 'pointerover', 'pointerdown']) {
        this.renderRoot.addEventListener(type, load, { once: true, passive: true });
      }
      setTimeout(() => whenIdle(load), 2000);
    }
    if (this.focusAfterMore !== undefined) {
      const index = this.focusAfterMore;
      this.focusAfterMore = undefined;
      this.renderRoot.querySelectorAll<HTMLElement>('.result h3')[index]?.focus();
    }
  }

  private async useMyLocation() {
    this.geolocation = 'asking';
    try {
      this.origin = { point: await currentPosition() };
      this.geolocation = 'idle';
      this.changeView({ sort: 'distance', from: '' });
    } catch {
      this.geolocation = 'failed';
    }
  }

  /** The ids of the services found, best first, then the nearest elsewhere (a linked map shows them). */
  get resultIds(): string[] | undefined {
    return this.resultsComputed && this.loadState === 'ready'
      ? [...this.hits, ...this.nearby].map((hit) => hit.id)
      : undefined;
  }

  /** What the answer's buttons do: search another query, drop a filter. */
  private readonly answerActions: AnswerActions = {
    search: (text) => {
      this.changeView({ query: text });
      this.searchField?.focus();
    },
    dropFilter: (key) => {
      if (key === 'freeOfCharge' || key === 'openNow') this.changeView({ [key]: false });
      else if (key !== 'includeInactive' && key !== 'ageGroups') this.setFacet(key, []);
      this.searchField?.focus();
    },
  };

  private filterLabel(key: keyof SearchFilters): string {
    switch (key) {
      case 'targetGroups':
        return msg('Pro koho', { id: 'finder.filter.group' });
      case 'towns':
        return msg('Obec', { id: 'finder.filter.town' });
      case 'forms':
        return msg('Forma', { id: 'finder.filter.form' });
      case 'freeOfCharge':
        return msg('zdarma', { id: 'finder.filter.free' });
      case 'openNow':
        return msg('právě otevřeno', { id: 'finder.filter.open' });
      default:
        return msg('Druh služby', { id: 'finder.filter.type' });
    }
  }

  /** Mark the services chosen elsewhere, e.g. at a place on a linked map; an empty list clears it. */
  highlight(serviceIds: string[]): void {
    this.highlighted = new Set(serviceIds);
  }

  /** Open a service's detail, scroll to it and move focus there (from a linked map). */
  async openService(serviceId: string): Promise<void> {
    const index = this.hits.findIndex((hit) => hit.id === serviceId);
    if (index < 0) return;
    if (this.view.detail !== serviceId) this.changeView({ detail: serviceId }, 'replace');
    if (index >= this.shown) this.shown = index + 1;
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>(`#r-${CSS.escape(serviceId)}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }

  // ── rendering ──────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const heading = this.heading || msg('Najděte pomoc ve svém okolí', { id: 'finder.heading' });
    return html`
      <section part="base" class="finder" aria-labelledby="heading" lang=${this.language}>
        ${this.renderLanguageSwitch()}
        <h2 id="heading" part="heading">${heading}</h2>
        ${this.renderBody()}
      </section>
    `;
  }

  private renderBody() {
    return this.renderLoadState() ?? this.renderReady(this.catalogue!);
  }

  private renderReady(catalogue: LoadedCatalogue) {
    // A link's query or filters, before the search index that answers them is built.
    if (!this.resultsComputed) {
      return html`<p class="loading" role="status">${msg('Načítám katalog služeb…', { id: 'state.loading' })}</p>`;
    }
    const lang = this.language;
    const page = Math.min(this.shown, this.hits.length);
    const shown = this.printing
      ? this.hits
      : this.hits.slice(0, this.firstCardsOnly ? Math.min(page, this.cardsSoFar) : page);
    const remaining = this.hits.length - (this.printing ? this.hits.length : page);
    return html`
      ${this.renderSourceNotices(catalogue)}
      <form role="search" part="search" class="search" @submit=${(event: Event) => event.preventDefault()}>
        <label for="q">${msg('Co hledáte?', { id: 'finder.query-label' })}</label>
        <input
          id="q"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="q-hint"
          .value=${this.view.query}
          @input=${this.onQueryInput}
        />
        <p id="q-hint" class="hint">
          ${msg('Pište, jak mluvíte: druh pomoci (pečovatelka, domov pro seniory, DPS), starost (dluhy, bydlení) nebo obec, i dohromady: pečovatelka Radnice.', { id: 'finder.query-hint' })}
        </p>
      </form>
      ${this.renderFilters(catalogue)} ${this.renderChips()}
      <div class="toolbar">
        <p class="count" aria-hidden="true">
          ${
            this.hits.length
              ? msg(str`Nalezeno: ${servicesCount(this.hits.length, lang)}`, { id: 'finder.found-visible' })
              : nothing
          }
        </p>
        ${this.renderSort(catalogue)}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.found && typed ? typed.renderTownNotice(this.found) : nothing}
      ${this.found && typed ? typed.renderCorrections(this.found, this.view.query) : nothing}
      ${
        this.found && typed
          ? typed.renderUnknownTowns(this.found, this.view.query, this.choices(catalogue).towns, this.answerActions)
          : nothing
      }
      ${
        this.hits.length
          ? html`<ol class="results" part="results">
              ${
                // Not keyed: a new query updates the cards in place, which is cheaper than moving
                // them, and no card holds state of its own (an open detail is in the view).
                shown.map((hit) => this.renderResult(catalogue, hit.service))
              }
            </ol>`
          : this.renderEmpty()
      }
      ${
        this.nearby.length && this.found && typed
          ? html`${typed.renderNearbyHeading(this.found)}
              <ol class="results nearby" part="results">
                ${this.nearby.map((hit) => this.renderResult(catalogue, hit.service))}
              </ol>`
          : nothing
      }
      ${
        remaining > 0 && !this.printing
          ? html`<button class="button more" part="more" type="button" @click=${this.showMore}>
              ${msg(str`Zobrazit další – ještě ${servicesCount(remaining, lang)}`, { id: 'finder.more' })}
            </button>`
          : nothing
      }
    `;
  }

  private renderEmpty() {
    if (!this.catalogue?.services.length) {
      return html`<p class="empty">${msg('Katalog zatím neobsahuje žádné služby.', { id: 'finder.no-services' })}</p>`;
    }
    const hasFilters = FACETS.some((facet) => this.view[facet].length) || this.view.freeOfCharge || this.view.openNow;
    const found = this.found;
    const fixed = this.fixed;
    const answer = typed;
    const relaxations =
      found &&
      answer &&
      answer.renderRelaxations(
        {
          ...found,
          // A webmaster's fixed preset is not the resident's to drop.
          relaxations: found.relaxations.filter(
            (relaxation) => relaxation.kind !== 'filter' || !(relaxation.value in fixed),
          ),
        },
        this.view.query,
        this.language,
        (key) => this.filterLabel(key),
        this.answerActions,
        (folded) => answer.withoutWords(this.view.query, folded),
      );
    // The town's notice has said it: nothing there; the nearest follow.
    if (found?.town && this.nearby.length)
      return relaxations
        ? html`<ul class="empty">
            ${relaxations}
          </ul>`
        : nothing;
    return html`<div class="empty">
      ${found?.town ? nothing : html`<p><strong>${msg('Nic jsme nenašli.', { id: 'finder.empty' })}</strong></p>`}
      <ul>
        ${relaxations ?? nothing}
        <li>
          ${msg('Zkuste jiné nebo obecnější slovo, například „poradna“ nebo „senioři“.', { id: 'finder.empty.word' })}
        </li>
        ${
          hasFilters
            ? html`<li>
                ${msg('Zrušte některý filtr.', { id: 'finder.empty.filters' })}
                <button class="link" type="button" @click=${this.clearAll}>
                  ${msg('Zrušit všechny filtry', { id: 'finder.clear-all' })}
                </button>
              </li>`
            : nothing
        }
        <li>${msg('Obecní úřad vám poradí, kam se obrátit.', { id: 'finder.empty.office' })}</li>
      </ul>
    </div>`;
  }

  private renderFilters(catalogue: LoadedCatalogue) {
    const active = this.activeFilterCount();
    return html`
      <details class="filters" part="filters" ?open=${this.filtersOpen}>
        <summary>
          ${msg('Upřesnit hledání', { id: 'finder.filters' })}${
            active ? html` <span class="badge">${active}</span>` : nothing
          }
        </summary>
        ${
          // Inside a closed panel, its controls come with the second step of the first page of
          // results, in a task of their own: the first results' task is a third shorter without them.
          this.firstCardsOnly && this.cardsSoFar <= FIRST_CARDS && !this.filtersOpen
            ? nothing
            : this.renderFilterGrid(catalogue)
        }
      </details>
    `;
  }

  private renderFilterGrid(catalogue: LoadedCatalogue) {
    const lang = this.language;
    const fixed = this.fixed;
    const { present, presentGroups, townOptions, areaChoices } = this.choices(catalogue);
    return html`<div class="filter-grid">
      ${
        fixed.serviceTypes
          ? nothing
          : html`<label
              >${msg('Druh služby', { id: 'finder.filter.type' })}
              <select
                @change=${(event: Event) => this.setFacet('serviceTypes', selected(event))}
                .value=${live(this.view.serviceTypes[0] ?? '')}
              >
                <option value="">${msg('všechny druhy', { id: 'finder.filter.type.all' })}</option>
                ${SERVICE_TYPE_GROUPS.map((group) => {
                  const types = SERVICE_TYPES.filter((type) => type.group === group.code && present.has(type.code));
                  return types.length
                    ? html`<optgroup label=${codeLabel(group, lang)}>
                        ${types.map(
                          (type) =>
                            html`<option value=${type.code} ?selected=${this.view.serviceTypes.includes(type.code)}>
                              ${serviceTypeLabel(type.code, lang)}
                            </option>`,
                        )}
                      </optgroup>`
                    : nothing;
                })}
              </select>
            </label>`
      }
      ${
        fixed.targetGroups
          ? nothing
          : html`<label
              >${msg('Pro koho', { id: 'finder.filter.group' })}
              <select
                .value=${live(this.view.targetGroups[0] ?? '')}
                @change=${(event: Event) => this.setFacet('targetGroups', selected(event))}
              >
                <option value="">${msg('pro všechny', { id: 'finder.filter.group.all' })}</option>
                ${TARGET_GROUPS.filter((group) => presentGroups.has(group.code)).map(
                  (group) =>
                    html`<option value=${group.code} ?selected=${this.view.targetGroups.includes(group.code)}>
                      ${codeLabel(group, lang)}
                    </option>`,
                )}
              </select>
            </label>`
      }
      ${
        fixed.towns
          ? nothing
          : html`<label
              >${msg('Obec', { id: 'finder.filter.town' })}
              <select
                .value=${live(this.view.towns[0] ?? '')}
                @change=${(event: Event) => this.setFacet('towns', selected(event))}
              >
                <option value="">${msg('všechny obce', { id: 'finder.filter.town.all' })}</option>
                ${townOptions.map(
                  ({ town, district }) =>
                    html`<option value=${town} ?selected=${this.view.towns.includes(town)}>
                      ${district ? `\u00a0\u00a0${town}` : town}
                    </option>`,
                )}
              </select>
            </label>`
      }
      ${
        fixed.areas || !areaChoices
          ? nothing
          : html`<label
              >${msg('Kraj a okres', { id: 'finder.filter.area' })}
              <select
                .value=${live(this.view.areas[0] ?? '')}
                @change=${(event: Event) => this.setFacet('areas', selected(event))}
              >
                <option value="">${msg('všechny kraje a okresy', { id: 'finder.filter.area.all' })}</option>
                ${areaChoices.map(
                  ({ region, districts }) =>
                    html`${
                      region
                        ? html`<option
                            value=${`kraj:${region}`}
                            ?selected=${this.view.areas.includes(`kraj:${region}`)}
                          >
                            ${region}
                          </option>`
                        : nothing
                    }
                    ${districts.map(
                      (district) =>
                        html`<option
                          value=${`okres:${district}`}
                          ?selected=${this.view.areas.includes(`okres:${district}`)}
                        >
                          ${region ? '\u00a0\u00a0' : ''}${msg(str`okres ${district}`, { id: 'finder.filter.district.name' })}
                        </option>`,
                    )}`,
                )}
              </select>
            </label>`
      }
      ${
        fixed.forms
          ? nothing
          : html`<fieldset>
              <legend>${msg('Forma', { id: 'finder.filter.form' })}</legend>
              ${FORMS.map(
                (entry) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      .checked=${this.view.forms.includes(entry.code)}
                      @change=${(event: Event) =>
                        this.toggleForm(entry.code, (event.target as HTMLInputElement).checked)}
                    />
                    ${formLabel(entry.code, lang)}</label
                  >`,
              )}
            </fieldset>`
      }
      <fieldset>
        <legend>${msg('Cena a otevírací doba', { id: 'finder.filter.other' })}</legend>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.view.freeOfCharge}
            @change=${(event: Event) => this.changeView({ freeOfCharge: (event.target as HTMLInputElement).checked })}
          />
          ${msg('zdarma', { id: 'finder.filter.free' })}</label
        >
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.view.openNow}
            @change=${(event: Event) => this.changeView({ openNow: (event.target as HTMLInputElement).checked })}
          />
          ${msg('právě otevřeno', { id: 'finder.filter.open' })}</label
        >
      </fieldset>
    </div>`;
  }

  /** What the catalogue offers to filter by: worked out once per catalogue, not on every keystroke. */
  private choices(catalogue: LoadedCatalogue) {
    // The towns and areas come with the search index; until it is built (a few moments after the
    // first results, or at the resident's first touch), the lists hold none.
    // A catalogue the worker read has them at once (its index's first parts: comesIndexed).
    const indexed = this.indexedCatalogue === catalogue || comesIndexed(catalogue);
    if (this.choicesOf?.catalogue !== catalogue || this.choicesOf.indexed !== indexed) {
      const index = indexed ? searchIndex(catalogue) : undefined;
      const towns = index?.towns ?? [];
      const cityOf = index?.cityOf ?? new Map<string, string>();
      const areas = index?.areas ?? [];
      // A city's districts right under it ("Praha", "  Praha 6", "  Praha 14"), in natural order.
      // One pass over the towns, not one per town: a national catalogue has thousands.
      const districtsOf = new Map<string, string[]>();
      for (const town of towns) {
        const city = cityOf.get(town);
        if (city === undefined) continue;
        const districts = districtsOf.get(city);
        if (districts) districts.push(town);
        else districtsOf.set(city, [town]);
      }
      const townOptions: { town: string; district: boolean }[] = [];
      for (const town of towns) {
        if (cityOf.has(town)) continue;
        townOptions.push({ town, district: false });
        for (const district of districtsOf.get(town) ?? []) townOptions.push({ town: district, district: true });
      }
      // Only when the catalogue spans several regions or districts.
      const districtCount = areas.reduce((sum, area) => sum + area.districts.length, 0);
      const areaChoices = areas.length > 1 || districtCount > 1 ? areas : undefined;
      // The kinds and groups present do not change when the index comes: worked out once (at
      // 20,000 services, these two and the towns' centres took ≈ 45 ms of the first render).
      // With the index, from its arrays (at 20,000 services, the records took ≈ 25 ms to read).
      if (this.presentOf?.catalogue !== catalogue) {
        const fromIndex = index?.present();
        const present = fromIndex?.serviceTypes ?? new Set<string>();
        const presentGroups = fromIndex?.targetGroups ?? new Set<string>();
        if (!fromIndex) {
          for (const service of catalogue.services) {
            present.add(service.serviceType);
            for (const group of service.targetGroups ?? []) presentGroups.add(group);
          }
        }
        this.presentOf = { catalogue, present, presentGroups };
      }
      const { present, presentGroups } = this.presentOf;
      this.choicesOf = { catalogue, indexed, townOptions, areaChoices, present, presentGroups, towns };
    }
    return this.choicesOf;
  }

  /** The towns with a known centre, to sort by distance from: asked for only when sorting so. */
  private townsWithCentre(catalogue: LoadedCatalogue) {
    const choices = this.choices(catalogue);
    if (!geo) {
      void loadGeo().then(
        () => this.requestUpdate(),
        () => undefined,
      );
      return [];
    }
    if (!choices.townsWithCentre) {
      const centres = geo.townCentres(catalogue);
      choices.townsWithCentre = choices.towns.filter((town) => centres.has(normalizeName(town)));
    }
    return choices.townsWithCentre;
  }

  private activeFilterCount() {
    const fixed = this.fixed;
    return (
      FACETS.filter((facet) => !fixed[facet]).reduce((sum, facet) => sum + this.view[facet].length, 0) +
      Number(this.view.freeOfCharge) +
      Number(this.view.openNow)
    );
  }

  private renderChips() {
    const lang = this.language;
    const fixed = this.fixed;
    const chips: { label: string; remove: () => void }[] = [];
    const facetChip = (facet: Facet, label: (code: string) => string) => {
      if (fixed[facet]) return;
      for (const value of this.view[facet]) {
        chips.push({
          label: label(value),
          remove: () =>
            this.setFacet(
              facet,
              this.view[facet].filter((item) => item !== value),
            ),
        });
      }
    };
    facetChip('serviceTypes', (code) => serviceTypeLabel(code, lang));
    facetChip('targetGroups', (code) => codeLabel(targetGroupEntry(code), lang) || code);
    facetChip('towns', (town) => town);
    facetChip('areas', (area) =>
      area.replace(/^(kraj|okres):/, (_, level: string) =>
        level === 'okres' ? `${msg('okres', { id: 'finder.filter.district' })} ` : '',
      ),
    );
    facetChip('forms', (code) => formLabel(code, lang));
    facetChip('kinds', (kind) =>
      kind === 'social'
        ? msg('sociální služby', { id: 'finder.kind.social' })
        : msg('související služby', { id: 'finder.kind.related' }),
    );
    if (this.view.freeOfCharge) {
      chips.push({
        label: msg('zdarma', { id: 'finder.filter.free' }),
        remove: () => this.changeView({ freeOfCharge: false }),
      });
    }
    if (this.view.openNow) {
      chips.push({
        label: msg('právě otevřeno', { id: 'finder.filter.open' }),
        remove: () => this.changeView({ openNow: false }),
      });
    }
    const fixedLabels = [
      ...(fixed.targetGroups ?? []).map((code) => codeLabel(targetGroupEntry(code), lang)),
      ...(fixed.serviceTypes ?? []).map((code) => serviceTypeLabel(code, lang)),
      ...(fixed.towns ?? []),
      ...(fixed.areas ?? []).map((area) => area.replace(/^(kraj|okres):/, '')),
      ...(fixed.forms ?? []).map((code) => formLabel(code, lang)),
    ].filter(Boolean);
    return html`
      ${
        fixedLabels.length
          ? html`<p class="fixed">
              ${msg(str`Zobrazeny jsou jen služby: ${joinList(fixedLabels, lang)}.`, { id: 'finder.fixed' })}
            </p>`
          : nothing
      }
      ${
        chips.length
          ? html`<ul class="chips" part="chips" aria-label=${msg('Použité filtry', { id: 'finder.chips' })}>
              ${chips.map(
                (chip, index) =>
                  html`<li>
                    <button class="chip" type="button" @click=${() => this.removeChip(chip.remove, index)}>
                      <span class="visually-hidden">${msg('Zrušit filtr:', { id: 'finder.chip.remove' })}</span>
                      ${chip.label} <span aria-hidden="true">×</span>
                    </button>
                  </li>`,
              )}
              ${
                chips.length > 1
                  ? html`<li>
                      <button class="link" type="button" @click=${this.clearAll}>
                        ${msg('Zrušit všechny filtry', { id: 'finder.clear-all' })}
                      </button>
                    </li>`
                  : nothing
              }
            </ul>`
          : nothing
      }
    `;
  }

  private renderSort(catalogue: LoadedCatalogue) {
    const towns = this.view.sort === 'distance' ? this.townsWithCentre(catalogue) : [];
    return html`<div class="sort">
      <label
        >${msg('Řadit', { id: 'finder.sort' })}
        <select
          .value=${live(this.view.sort)}
          @change=${(event: Event) => {
            const sort = (event.target as HTMLSelectElement).value as SortOrder;
            if (sort !== 'distance') this.origin = undefined;
            this.changeView({ sort });
          }}
        >
          <option value="relevance" ?selected=${this.view.sort === 'relevance'}>
            ${msg('podle shody', { id: 'finder.sort.relevance' })}
          </option>
          <option value="name" ?selected=${this.view.sort === 'name'}>
            ${msg('podle názvu', { id: 'finder.sort.name' })}
          </option>
          <option value="distance" ?selected=${this.view.sort === 'distance'}>
            ${msg('podle vzdálenosti', { id: 'finder.sort.distance' })}
          </option>
        </select>
      </label>
      ${
        this.view.sort === 'distance'
          ? html`<label
                >${msg('Vzdálenost od', { id: 'finder.sort.from' })}
                <select
                  .value=${live(this.view.from)}
                  @change=${(event: Event) => {
                    this.origin = undefined;
                    this.changeView({ from: (event.target as HTMLSelectElement).value });
                  }}
                >
                  <option value="" ?selected=${!this.view.from && !this.origin}>
                    ${
                      this.origin
                        ? msg('vaší polohy', { id: 'finder.sort.here' })
                        : msg('vyberte obec', { id: 'finder.sort.choose' })
                    }
                  </option>
                  ${towns.map(
                    (town) => html`<option value=${town} ?selected=${this.view.from === town}>${town}</option>`,
                  )}
                </select>
              </label>
              <button
                class="button"
                type="button"
                @click=${this.useMyLocation}
                ?disabled=${this.geolocation === 'asking'}
              >
                ${msg('Použít moji polohu', { id: 'finder.sort.geolocation' })}
              </button>
              ${
                this.geolocation === 'failed'
                  ? html`<p class="hint" role="alert">
                      ${msg('Polohu se nepodařilo zjistit. Vyberte obec.', { id: 'finder.sort.geolocation-failed' })}
                    </p>`
                  : nothing
              }`
          : nothing
      }
    </div>`;
  }

  private text(catalogue: LoadedCatalogue, value: LocalizedText | undefined) {
    return localizedText(catalogue, value, this.language);
  }

  private renderResult(catalogue: LoadedCatalogue, service: Service) {
    const lang = this.language;
    const open = this.view.detail === service.id || this.printing;
    const provider = catalogue.organizationById.get(service.organizationId);
    const hours = todaysHours(service.schedule, new Date(), service.status);
    const distance = this.distances.get(service.id);
    const contacts = contactsOf(catalogue, service, lang);
    const headingId = `r-${service.id}`;
    const highlighted = this.highlighted.has(service.id);
    return html`<li class=${highlighted ? 'result is-highlighted' : 'result'} part="result">
      <article aria-labelledby=${headingId}>
        <h3 id=${headingId} part="result-name" tabindex="-1">${this.text(catalogue, service.name)}</h3>
        ${
          // A care home that is its own provider is named once.
          provider && !sameName(catalogue, provider.name, service.name, lang)
            ? html`<p class="provider">${this.text(catalogue, provider.name)}</p>`
            : nothing
        }
        <p class="badges">
          ${
            highlighted
              ? html`<span class="badge on-map">${msg('vybráno na mapě', { id: 'finder.badge.on-map' })}</span>`
              : nothing
          }
          <span class="badge type">${serviceTypeLabel(service.serviceType, lang)}</span>
          ${
            service.kind === 'related'
              ? html`<span class="badge">${msg('související služba', { id: 'finder.badge.related' })}</span>`
              : nothing
          }
          ${(service.forms ?? []).map((code) => html`<span class="badge">${formLabel(code, lang)}</span>`)}
          ${
            service.freeOfCharge
              ? html`<span class="badge free">${msg('zdarma', { id: 'finder.filter.free' })}</span>`
              : nothing
          }
          ${
            service.status === 'temporarily-closed'
              ? html`<span class="badge closed">${msg('dočasně uzavřeno', { id: 'finder.badge.closed' })}</span>`
              : nothing
          }
        </p>
        <dl class="facts">
          ${
            service.targetGroups?.length
              ? html`<div>
                  <dt>${msg('Pro koho', { id: 'finder.filter.group' })}</dt>
                  <dd>
                    ${joinList(
                      service.targetGroups.map((code) => codeLabel(targetGroupEntry(code), lang)),
                      lang,
                    )}
                  </dd>
                </div>`
              : nothing
          }
          <div>
            <dt>${msg('Kde', { id: 'finder.where' })}</dt>
            <dd>
              ${renderPlaces(catalogue, service, lang)}
              ${
                distance !== undefined && Number.isFinite(distance)
                  ? html`<span class="distance"
                      >${msg(str`přibližně ${distance.toLocaleString(lang, { maximumFractionDigits: 1 })} km`, {
                        id: 'finder.distance',
                      })}</span
                    >`
                  : nothing
              }
            </dd>
          </div>
          ${
            hours.text
              ? html`<div>
                  <dt>${msg('Dnes', { id: 'finder.today' })}</dt>
                  <dd>
                    ${hours.text}${
                      hours.open === true
                        ? html` <span class="open">(${msg('teď otevřeno', { id: 'finder.open-now' })})</span>`
                        : nothing
                    }
                  </dd>
                </div>`
              : nothing
          }
          ${
            hasContacts(contacts)
              ? html`<div>
                  <dt>${msg('Kontakt', { id: 'finder.contact' })}</dt>
                  <dd class="contacts">${renderContacts(contacts)}</dd>
                </div>`
              : nothing
          }
        </dl>
        ${
          service.assuredDate
            ? html`<p class="checked">
                ${msg(str`Údaje ověřeny ${formatDate(service.assuredDate, lang)}`, { id: 'finder.assured' })}
              </p>`
            : nothing
        }
        <button
          class="button details-toggle"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`d-${service.id}`}
          @click=${() => this.toggleDetail(service)}
        >
          ${open ? msg('Skrýt podrobnosti', { id: 'finder.less' }) : msg('Podrobnosti', { id: 'finder.details' })}
          <span class="visually-hidden">: ${catalogueText(catalogue, service.name, lang).text}</span>
        </button>
        <div id=${`d-${service.id}`} class="detail" part="detail" ?hidden=${!open}>
          ${open ? this.renderDetail(catalogue, service) : nothing}
        </div>
      </article>
    </li>`;
  }

  private renderDetail(catalogue: LoadedCatalogue, service: Service) {
    return html`${this.renderFallbackNote(catalogue, [service.description, service.eligibility, service.applicationProcess])}
    ${renderServiceDetail(catalogue, service, this.language)}`;
  }
}

const attributeOf = (facet: Facet) => facet.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const selected = (event: Event) => {
  const value = (event.target as HTMLSelectElement).value;
  return value ? [value] : [];
};

const formLabel = (code: string, lang: string) => {
  const entry = formEntry(code);
  if (!entry) return code;
  // The code list's English labels explain the form; a badge needs the short word.
  return lang === 'cs' ? entry.cs : codeLabel(entry, lang).split(' (')[0];
};

const compareNames = (catalogue: LoadedCatalogue, a: Service, b: Service, lang: string) =>
  catalogueText(catalogue, a.name, lang).text.localeCompare(catalogueText(catalogue, b.name, lang).text, 'cs');

declare global {
  interface HTMLElementTagNameMap {
    'pomoc-finder': PomocFinder;
  }
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Whether a view needs the search index: a query or a filter (what the index answers), or an order
 * by distance (the sort's list of towns to measure from comes with it).
 */
const needsSearch = (view: FinderView, fixed: Partial<Record<Facet, string[]>>): boolean =>
  view.query.trim() !== '' ||
  view.sort === 'distance' ||
  view.from !== '' ||
  Object.values(filtersOf(view, fixed)).some((value) => value !== undefined);

/**
 * `run` in a task after the next frame is painted (a frame's callback, then a task); at the latest
 * after 100 ms, since a page in the background paints no frames.
 */
function afterPaint(run: () => void) {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 100);
}

/** `run` when the browser is next idle (at the latest a second later), or at once without requestIdleCallback. */
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1000 }) : run();
