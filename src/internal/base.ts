/**
 * What every Pomoc widget shares: the catalogue named by `src` (loaded through the catalogue
 * layer, once per page), its loading state, the language, and typed events.
 */
import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CatalogueError } from '../catalogue/errors.js';
import { nextTask } from '../catalogue/yield.js';
import {
  forgetCatalogue,
  loadCatalogue,
  prepareSearch,
  whenSearchable,
  type LoadedCatalogue,
} from '../catalogue/loader.js';
import type { LocalizedText } from '../catalogue/schema.js';
import { resolveText } from '../catalogue/text.js';
import { webHref } from '../catalogue/links.js';
import { errorMessage } from './errors.js';
import type { PomocEventMap } from './events.js';
import { formatDate, languageName, prepareFormats } from './format.js';
import {
  INTERFACE_LANGUAGES,
  LANGUAGE_NAMES,
  currentInterfaceLanguage,
  interfaceLanguage,
  languageLoaded,
  useLanguage,
  type InterfaceLanguage,
} from './locale.js';
import { languageOf } from './language.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

// "Try again" in one widget: the others showing an error for the same catalogue try again with it
// (a window event, so that widgets of two copies of the script hear it too).
const RETRY_EVENT = 'pomoc-catalogue-retry';

const absoluteUrl = (url: string) => {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
};

export abstract class PomocElement extends LitElement {
  /** The URL of the catalogue (JSON). */
  @property({ reflect: true }) src = '';
  /** Offer a language switch with these languages, e.g. "cs en uk". */
  @property() languages = '';

  @state() protected loadState: LoadState = 'idle';
  @state() protected catalogue?: LoadedCatalogue;
  @state() protected loadError?: CatalogueError;
  /** The catalogue whose search index this widget has (waited for, or asked for and got). */
  protected indexedCatalogue?: LoadedCatalogue;

  /**
   * The first results are a search (the map; a finder with a query or filters): the search code
   * loads with the catalogue's fetch, and the widget waits for the catalogue's search index.
   */
  protected searchesFirst(): boolean {
    return false;
  }

  /** Whether the widget waits for this catalogue's search index before showing it (searchesFirst by default). */
  protected waitsForIndex(_catalogue: LoadedCatalogue): boolean {
    return this.searchesFirst();
  }

  private loadToken = 0;
  private languageObserver?: MutationObserver;

  /**
   * The language the widget speaks: the page's one interface language (Czech, English or
   * Ukrainian). Code-list labels, dates and catalogue texts follow it too, so nothing is mixed.
   */
  protected get language(): InterfaceLanguage {
    return currentInterfaceLanguage();
  }

  private requestedLanguage?: InterfaceLanguage;

  // Before a render, the interface strings are loaded. A widget asks for its language only when
  // that changes: widgets of two languages on one page would otherwise switch each other forever.
  protected override async scheduleUpdate(): Promise<void> {
    // The language asked for by the nearest `lang`: the element's own, an ancestor's or the page's.
    const language = interfaceLanguage(languageOf(this));
    if (language !== this.requestedLanguage) {
      this.requestedLanguage = language;
      await useLanguage(language);
    } else {
      await languageLoaded();
    }
    super.scheduleUpdate();
  }

  /** The language switch, when the `languages` attribute asks for one. */
  protected renderLanguageSwitch() {
    const offered = this.languages
      .split(/[\s,]+/)
      .map((lang) => interfaceLanguage(lang.trim().toLowerCase()))
      .filter((lang, index, all) => lang && all.indexOf(lang) === index && INTERFACE_LANGUAGES.includes(lang));
    if (offered.length < 2) return nothing;
    return html`<div class="languages" role="group" aria-label=${msg('Jazyk', { id: 'language.switch' })}>
      ${offered.map(
        (lang) =>
          html`<button
            type="button"
            class="language"
            lang=${lang}
            aria-pressed=${lang === this.language ? 'true' : 'false'}
            @click=${() => this.chooseLanguage(lang)}
          >
            ${LANGUAGE_NAMES[lang]}
          </button>`,
      )}
    </div>`;
  }

  /**
   * A language chosen in the switch: the widget keeps it as its own `lang`, and the page's one
   * interface language follows at once, even when this widget had asked for it before and another
   * widget switched the page since.
   */
  private chooseLanguage(lang: InterfaceLanguage) {
    this.setAttribute('lang', lang);
    this.requestedLanguage = lang;
    void useLanguage(lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(RETRY_EVENT, this.onRetry);
    // Re-render when the page or an ancestor changes its language.
    this.languageObserver = new MutationObserver(() => this.requestUpdate());
    this.languageObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(RETRY_EVENT, this.onRetry);
    this.languageObserver?.disconnect();
    this.languageObserver = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src')) void this.load();
  }

  /**
   * The prefix of this widget's URL parameters: its id, else its kind and place among the
   * widgets of its kind without an id (so that two finders do not read each other's view).
   */
  protected urlPrefix(kind: string): string {
    if (this.id) return `${this.id}.`;
    const unnamed = [...document.querySelectorAll(this.localName)].filter((element) => !element.id);
    const position = unnamed.indexOf(this);
    return position > 0 ? `${kind}${position + 1}.` : `${kind}.`;
  }

  /** Fetch the catalogue again (after an error); the page's other widgets on it try again too. */
  protected retry(): void {
    if (this.src) forgetCatalogue(this.src);
    void this.load();
    window.dispatchEvent(new CustomEvent(RETRY_EVENT, { detail: { url: absoluteUrl(this.src) } }));
  }

  private readonly onRetry = (event: Event) => {
    const url = (event as CustomEvent<{ url?: string }>).detail?.url;
    if (this.loadState === 'error' && url && absoluteUrl(this.src) === url) void this.load();
  };

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    if (!this.src) {
      this.loadState = 'idle';
      this.catalogue = undefined;
      return;
    }
    this.loadState = 'loading';
    this.loadError = undefined;
    // The search code loads while the catalogue is fetched, not once it is read.
    if (this.searchesFirst()) prepareSearch();
    // The language's formatters are made in a task of their own, and the first render comes in the
    // next: with the catalogue read already (pomoc.iife.js starts it), both were one long task.
    const lang = this.language;
    const formats = nextTask()
      .then(() => prepareFormats(lang))
      .then(nextTask);
    try {
      const catalogue = await loadCatalogue(this.src);
      if (token !== this.loadToken) return;
      const waited = this.waitsForIndex(catalogue);
      await Promise.all([waited && whenSearchable(catalogue), this.beforeReady(), formats]);
      if (token !== this.loadToken) return;
      if (waited) this.indexedCatalogue = catalogue;
      this.catalogue = catalogue;
      this.loadState = 'ready';
      // The resident sees "data as of …"; the webmaster finds why in the console.
      if (catalogue.source.stale) console.warn(`pomoc: ${catalogue.source.stale.error.message}`);
      this.catalogueReady(catalogue);
    } catch (error) {
      if (token !== this.loadToken) return;
      this.loadError =
        error instanceof CatalogueError
          ? error
          : new CatalogueError('network', String((error as Error)?.message ?? error), { cause: error });
      this.loadState = 'error';
      // The resident reads a plain sentence; the webmaster finds the cause in the console.
      console.warn(`pomoc: ${this.loadError.message}`);
    }
  }

  /** What a widget needs besides the catalogue (and its index) before it shows it (awaited, never rejects). */
  protected beforeReady(): Promise<void> | void {}

  /** Called once the catalogue is loaded and validated. */
  protected catalogueReady(_catalogue: LoadedCatalogue): void {}

  /** What shows until the catalogue is ready (no src, loading, error); undefined once it is. */
  protected renderLoadState(): TemplateResult | undefined {
    switch (this.loadState) {
      case 'idle':
        return html`<p class="notice">${msg('Widget nemá zadaný katalog (atribut src).', { id: 'finder.no-src' })}</p>`;
      case 'loading':
        return html`<p class="loading" role="status">${msg('Načítám katalog služeb…', { id: 'state.loading' })}</p>`;
      case 'error':
        return html`<div class="notice error" role="alert">
          <p>${errorMessage(this.loadError)}</p>
          <button class="button" type="button" @click=${() => this.retry()}>
            ${msg('Zkusit znovu', { id: 'state.retry' })}
          </button>
        </div>`;
      default:
        return undefined;
    }
  }

  /** "Data as of …" when the source failed and the last good copy shows; a note on sample data. */
  protected renderSourceNotices(catalogue: LoadedCatalogue) {
    return html`${
      catalogue.source.stale
        ? html`<p class="notice" part="stale">
            ${msg(
              str`Zdroj dat je teď nedostupný. Zobrazujeme údaje ze dne ${formatDate(catalogue.source.fetchedAt, this.language)}.`,
              { id: 'state.stale' },
            )}
          </p>`
        : nothing
    }
    ${
      catalogue.meta.sources?.length
        ? html`<p class="sources">
            ${msg('Zdroje dat:', { id: 'state.sources' })}
            ${catalogue.meta.sources.map((source, index) => {
              const name = resolveText(source.attribution ?? source.name, this.language, catalogue.meta.language)?.text;
              const href = webHref(source.url);
              const licence = source.licence && !source.attribution ? ` (${source.licence})` : '';
              return html`${index ? '; ' : ''}${href ? html`<a href=${href} rel="noopener">${name}</a>` : name}${licence}`;
            })}
          </p>`
        : nothing
    }
    ${
      catalogue.meta.sample
        ? html`<p class="notice sample">
            ${msg('Ukázková data: poskytovatelé a kontakty jsou smyšlené.', { id: 'state.sample' })}
          </p>`
        : nothing
    }`;
  }

  /**
   * A note when catalogue texts are not in the interface language and show in another one (the
   * catalogue's default, as a rule): the resident should know why they read another language.
   */
  protected renderFallbackNote(catalogue: LoadedCatalogue, texts: (LocalizedText | undefined)[]) {
    const other = texts
      .map((text) => resolveText(text, this.language, catalogue.meta.language)?.lang)
      .find((lang) => lang !== undefined && lang !== this.language);
    if (!other) return nothing;
    return html`<p class="fallback">
      ${msg(str`Tyto údaje jsou jen v jazyce: ${languageName(other, this.language)}.`, { id: 'fallback.language' })}
    </p>`;
  }

  /** Dispatch a Pomoc event: bubbling and composed, so the host page hears it. */
  protected emit<K extends keyof PomocEventMap>(type: K, detail: PomocEventMap[K]['detail']): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
