/**
 * What every Pomoc widget shares: the catalogue named by `src` (loaded through the catalogue
 * layer, once per page), its loading state, the language, and typed events.
 */
import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CatalogueError } from '../catalogue/errors.js';
import { forgetCatalogue, loadCatalogue, type LoadedCatalogue } from '../catalogue/loader.js';
import { errorMessage } from './errors.js';
import type { PomocEventMap } from './events.js';
import { formatDate } from './format.js';
import { languageOf } from './language.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export abstract class PomocElement extends LitElement {
  /** The URL of the catalogue (JSON). */
  @property({ reflect: true }) src = '';

  @state() protected loadState: LoadState = 'idle';
  @state() protected catalogue?: LoadedCatalogue;
  @state() protected loadError?: CatalogueError;

  private loadToken = 0;
  private languageObserver?: MutationObserver;

  /** The language of the interface, resolved from `lang` attributes. */
  protected get language(): string {
    return languageOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
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
    this.languageObserver?.disconnect();
    this.languageObserver = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src')) void this.load();
  }

  /** Fetch the catalogue again (after an error). */
  protected retry(): void {
    if (this.src) forgetCatalogue(this.src);
    void this.load();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    if (!this.src) {
      this.loadState = 'idle';
      this.catalogue = undefined;
      return;
    }
    this.loadState = 'loading';
    this.loadError = undefined;
    try {
      const catalogue = await loadCatalogue(this.src);
      if (token !== this.loadToken) return;
      this.catalogue = catalogue;
      this.loadState = 'ready';
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
      catalogue.meta.sample
        ? html`<p class="notice sample">
            ${msg('Ukázková data: poskytovatelé a kontakty jsou smyšlené.', { id: 'state.sample' })}
          </p>`
        : nothing
    }`;
  }

  /** Dispatch a Pomoc event: bubbling and composed, so the host page hears it. */
  protected emit<K extends keyof PomocEventMap>(type: K, detail: PomocEventMap[K]['detail']): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
