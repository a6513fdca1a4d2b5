import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { serviceTypeLabel } from '../../catalogue/codelists.js';
import { whenSearchable, type LoadedCatalogue } from '../../catalogue/loader.js';
import { normalize, tokenize } from '../../catalogue/normalize.js';
import type { CrisisLine, LocalizedText, Outcome, Service, Situation } from '../../catalogue/schema.js';

import { formatPhone, telHref } from '../../catalogue/links.js';
import { crisisLineTranslated } from '../../catalogue/national-crisis-lines.js';
import { PomocElement } from '../../internal/base.js';
import { errorMessage } from '../../internal/errors.js';
import { catalogueText } from '../../internal/format.js';
import { baseStyles } from '../../internal/styles.js';
import { UrlState } from '../../internal/url-state.js';
import { providersOf, renderProviders } from './navigator.providers.js';
import { navigatorStyles } from './navigator.styles.js';
import { formatPath, parsePath, walk, type Walk } from './navigator.state.js';

const QUICK_EXIT_PRESSES = 3;
const QUICK_EXIT_WINDOW = 2000;
const FILTER_FROM = 7;
/** How long after the last keystroke in the situation filter its result is announced. */
const ANNOUNCE_DELAY = 700;
/** How long after the first render the search index waits for the browser to be idle (ms). */
const INDEX_AFTER = 1000;

const DEFAULT_EXIT_URL = 'https://www.google.com/';

/** The quick exit's address: a web page (absolute, or relative to the page), else the default. */
function exitHref(value: string): string {
  try {
    const url = new URL(value.trim(), document.baseURI);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Not an address at all.
  }
  console.warn(
    `pomoc-navigator: exit-url "${value}" is not a web address; the quick exit leads to ${DEFAULT_EXIT_URL}`,
  );
  return DEFAULT_EXIT_URL;
}

/**
 * @summary A guided path from a life situation to concrete help: a few plain questions, then a
 * plan with steps, documents, the kinds of service that fit, and the providers nearby.
 *
 * @event pomoc-situation - A situation was chosen. `detail`: `{ situationId, sensitive }`.
 * @event pomoc-outcome - A path reached its plan. `detail`: `{ situationId, outcomeId, serviceIds, sensitive }`.
 *   A host page must not record events whose `sensitive` is true.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The heading.
 * @csspart situations - The list of life situations.
 * @csspart question - The current question.
 * @csspart answers - The answer buttons.
 * @csspart trail - The answers given so far.
 * @csspart outcome - The plan at the end of a path.
 * @csspart providers - The matching providers.
 * @csspart crisis-lines - The crisis lines.
 * @csspart quick-exit - The quick exit button.
 *
 * @cssprop --pomoc-font - Font family.
 * @cssprop --pomoc-text - Text colour.
 * @cssprop --pomoc-muted - Secondary text colour.
 * @cssprop --pomoc-surface - Background of choices and cards.
 * @cssprop --pomoc-border - Border colour.
 * @cssprop --pomoc-accent - Accent colour.
 * @cssprop --pomoc-accent-text - Text on the accent colour.
 * @cssprop --pomoc-danger - Colour of the quick exit and urgent notices.
 * @cssprop --pomoc-radius - Corner radius.
 */
@localized()
export class PomocNavigator extends PomocElement {
  static override styles = [baseStyles, navigatorStyles];

  /** The heading; a default in the interface language. */
  @property() heading = '';
  /** Show one life situation only (its id), e.g. on a page for seniors. */
  @property() situation = '';
  /** Where the quick exit leads: a neutral page (an http(s) address; anything else leads to the default). */
  @property({ attribute: 'exit-url' }) exitUrl = DEFAULT_EXIT_URL;
  /** What the quick exit leaves: this page (`self`), or the whole window around an iframe embed (`top`). */
  @property({ attribute: 'exit-target' }) exitTarget: 'self' | 'top' = 'self';
  /** Keep the path in the page URL (default) so it can be shared. `url-state="off"` keeps it out. */
  @property({ attribute: 'url-state' }) urlStateMode: 'on' | 'off' = 'on';

  @state() private situationId = '';
  @state() private answers: number[] = [];
  @state() private filter = '';
  private filterTimer?: ReturnType<typeof setTimeout>;
  @state() private town = '';
  @state() private showAllProviders = false;
  @state() private announcement = '';
  /** The catalogue whose search index is built: a plan's providers are found with it. */
  @state() private searchable?: LoadedCatalogue;
  @state() private indexFailed = false;
  /** The catalogue whose index is being built (or is built). */
  private indexing?: LoadedCatalogue;
  /** The catalogue whose index is to be built when the browser is idle. */
  private idleFor?: LoadedCatalogue;
  /** Plans reached before the index was there: their pomoc-outcome events, sent once it is. */
  private outcomesToEmit: (() => void)[] = [];

  private urlState?: UrlState;
  private escapes: number[] = [];
  private focusOnRender = false;
  private focusProvider?: number;
  private reportedIssues = false;

  private readonly onPopState = () => {
    this.restoreFromUrl();
    // Back and Forward do not move focus: say where the path now stands.
    this.announce();
  };
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.sensitive) return;
    const now = Date.now();
    this.escapes = [...this.escapes.filter((time) => now - time < QUICK_EXIT_WINDOW), now];
    if (this.escapes.length >= QUICK_EXIT_PRESSES) this.quickExit();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    document.addEventListener('keydown', this.onKeyDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.filterTimer);
    window.removeEventListener('popstate', this.onPopState);
    document.removeEventListener('keydown', this.onKeyDown, true);
  }

  private get current(): Situation | undefined {
    return this.catalogue?.situations.find((situation) => situation.id === (this.situation || this.situationId));
  }

  private get path(): Walk | undefined {
    const situation = this.current;
    return situation ? walk(situation, this.answers) : undefined;
  }

  /** A violence-related path is on screen: quick exit shown, nothing kept in the URL. */
  private get sensitive(): boolean {
    return Boolean(this.current?.sensitive || this.path?.outcome?.sensitive);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      if (this.urlStateMode !== 'off') this.urlState = new UrlState(this.urlPrefix('navigator'));
      this.restoreFromUrl();
    }
  }

  protected override firstUpdated(): void {
    // The resident's first touch, click, pointer or focus starts the search index, if the browser
    // has not been idle before.
    for (const type of ['focusin', 'pointerover', 'pointerdown']) {
      this.renderRoot.addEventListener(type, () => this.buildIndex(), { passive: true });
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // A path from a link is taken out of the URL when the catalogue cannot say whether it is sensitive.
    if (changed.has('loadState') && this.loadState === 'error') this.urlState?.write({}, 'replace');
    const catalogue = this.loadState === 'ready' ? this.catalogue : undefined;
    if (catalogue && this.indexing !== catalogue) {
      // A plan with providers on screen (a shared link) needs the index now; otherwise it is built
      // when the browser is idle a second after the first render, never before the page's widgets
      // have shown what they show first.
      if (this.path?.outcome?.match) this.buildIndex();
      else if (this.idleFor !== catalogue) {
        this.idleFor = catalogue;
        const build = () => this.buildIndex();
        setTimeout(
          () => ('requestIdleCallback' in window ? requestIdleCallback(build, { timeout: 2000 }) : build()),
          INDEX_AFTER,
        );
      }
    }
    if (this.focusOnRender) {
      this.focusOnRender = false;
      this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
    }
    if (this.focusProvider !== undefined) {
      this.renderRoot.querySelectorAll<HTMLElement>('.provider')[this.focusProvider]?.focus();
      this.focusProvider = undefined;
    }
  }

  protected override catalogueReady(catalogue: LoadedCatalogue): void {
    // Broken situations are left out; the webmaster finds why in the console.
    const problems = catalogue.issues.filter((issue) => issue.path.startsWith('situations'));
    if (problems.length && !this.reportedIssues) {
      this.reportedIssues = true;
      // The messages' texts load only for a catalogue that has such problems, for the webmaster.
      void import('../../catalogue/messages.js').then(({ formatIssue }) =>
        console.warn(`pomoc-navigator:\n${problems.map((issue) => formatIssue(issue, 'en')).join('\n')}`),
      );
    }
    // A shared link to a sensitive path is opened, then taken out of the URL.
    if (this.keptOutOfHistory) this.writeUrl('replace');
  }

  /**
   * The catalogue's search index, which a plan's providers need and the life situations do not:
   * its code loads and it is built (once, in slices, shared with the page's other widgets).
   */
  private buildIndex() {
    const catalogue = this.loadState === 'ready' ? this.catalogue : undefined;
    if (!catalogue || !this.isConnected || this.indexing === catalogue) return;
    this.indexing = catalogue;
    this.indexFailed = false;
    whenSearchable(catalogue).then(
      () => {
        if (this.catalogue !== catalogue) return;
        this.searchable = catalogue;
        const waiting = this.outcomesToEmit;
        this.outcomesToEmit = [];
        for (const emit of waiting) emit();
      },
      (error: unknown) => {
        if (this.catalogue !== catalogue) return;
        this.indexing = undefined;
        this.indexFailed = true;
        console.warn('pomoc-navigator: the search index could not be loaded', error);
      },
    );
  }

  /** A plan's providers can be found: the catalogue's search index is built. */
  private get searchReady(): boolean {
    return this.catalogue !== undefined && this.searchable === this.catalogue;
  }

  private restoreFromUrl() {
    const values = this.urlState?.read();
    this.situationId = values?.get('s')?.[0] ?? '';
    this.answers = parsePath(values?.get('a')?.[0]);
  }

  /**
   * A path that is sensitive, or may become so (its situation has a sensitive plan among its
   * outcomes): its steps are never written into the URL, so that history holds none of them, not
   * even the questions before the answer that made it sensitive.
   */
  private get keptOutOfHistory(): boolean {
    return this.sensitive || Boolean(this.current?.outcomes.some((outcome) => outcome.sensitive));
  }

  private writeUrl(mode: 'push' | 'replace') {
    if (!this.urlState) return;
    // Nothing of a sensitive path stays in the address bar or in history.
    if (this.keptOutOfHistory) this.urlState.write({}, 'replace');
    else this.urlState.write({ s: this.situation ? '' : this.situationId, a: formatPath(this.answers) }, mode);
  }

  private go(situationId: string, answers: number[]) {
    this.situationId = situationId;
    this.answers = answers;
    this.showAllProviders = false;
    this.focusOnRender = true;
    this.writeUrl('push');
    const situation = this.current;
    const path = this.path;
    if (situation && answers.length === 0) {
      this.emit('pomoc-situation', { situationId: situation.id, sensitive: Boolean(situation.sensitive) });
    }
    if (situation && path?.outcome) {
      const outcome = path.outcome;
      const sensitive = this.sensitive;
      const emit = () =>
        this.emit('pomoc-outcome', {
          situationId: situation.id,
          outcomeId: outcome.id,
          serviceIds: this.providers(outcome).map((service) => service.id),
          sensitive,
        });
      // The event names the plan's providers: before the index is there (the resident was
      // quicker than the browser), it waits for it.
      if (!outcome.match || this.searchReady) emit();
      else {
        this.outcomesToEmit.push(emit);
        this.buildIndex();
      }
    }
    // Focus moves to the new question or plan, and a screen reader reads it there.
    this.announcement = '';
  }

  private announce() {
    const path = this.path;
    const text = (value: LocalizedText | undefined) => this.text(value);
    if (path?.outcome) {
      this.announcement = msg(str`Váš plán: ${text(path.outcome.title)}`, { id: 'navigator.announce.outcome' });
    } else if (path?.question) {
      const number = path.steps.length + 1;
      this.announcement = msg(str`Otázka ${number}: ${text(path.question.text)}`, {
        id: 'navigator.announce.question',
      });
    } else {
      this.announcement = '';
    }
  }

  private quickExit() {
    // Only a web page: the attribute may come from an embed's URL, and a javascript: address there
    // would run on the town's site.
    const exitUrl = exitHref(this.exitUrl);
    // replace(), not assign(): Back must not return to this page. In an iframe embed the whole page
    // must go, not only the frame; a browser that refuses it leaves at least the frame.
    if (this.exitTarget === 'top' && window.top && window.top !== window) {
      try {
        window.top.location.replace(exitUrl);
        return;
      } catch {
        // A cross-origin parent that may not be navigated: leave the frame at least.
      }
    }
    location.replace(exitUrl);
  }

  private text(value: LocalizedText | undefined) {
    return this.catalogue ? catalogueText(this.catalogue, value, this.language).text : '';
  }

  /** Catalogue text to show: marked with its language when it is not the interface's. */
  private show(value: LocalizedText | undefined) {
    if (!this.catalogue) return '';
    const resolved = catalogueText(this.catalogue, value, this.language);
    return resolved.lang !== this.language ? html`<span lang=${resolved.lang}>${resolved.text}</span>` : resolved.text;
  }

  /** Services that fit an outcome, those in or serving the resident's town first. */
  private providers(outcome: Outcome): Service[] {
    return this.searchReady ? providersOf(this.catalogue!, outcome, this.town) : [];
  }

  // ── rendering ──────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const heading = this.heading || msg('Co dělat, když…', { id: 'navigator.heading' });
    return html`<section part="base" class="navigator" aria-labelledby="heading" lang=${this.language}>
      ${this.sensitive ? this.renderQuickExit() : nothing} ${this.renderLanguageSwitch()}
      <h2 id="heading" part="heading">${heading}</h2>
      ${this.renderBody()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderQuickExit() {
    return html`<div class="quick-exit-bar">
      <button class="button quick-exit" part="quick-exit" type="button" @click=${this.quickExit}>
        ${msg('Rychle odejít', { id: 'navigator.quick-exit' })}
      </button>
      <span class="hint">${msg('nebo 3× klávesa Esc', { id: 'navigator.quick-exit.hint' })}</span>
    </div>`;
  }

  private renderBody() {
    const waiting = this.renderLoadState();
    if (waiting) return waiting;
    const catalogue = this.catalogue!;
    if (this.situation && !this.current) {
      return html`<p class="notice">${msg('Tato životní situace v katalogu není.', { id: 'navigator.missing' })}</p>`;
    }
    const path = this.path;
    return html`
      ${this.renderSourceNotices(catalogue)}
      ${path?.outcome?.urgent ? nothing : this.renderCrisisLines(catalogue, undefined, false, path?.question?.safety)}
      ${
        !this.current || !path
          ? this.renderStart(catalogue)
          : path.outcome
            ? this.renderOutcome(catalogue, this.current, path, path.outcome)
            : this.renderQuestion(this.current, path)
      }
    `;
  }

  /** The situations whose title, summary or tags have every word typed into the filter. */
  private matchingSituations(catalogue: LoadedCatalogue): Situation[] {
    const words = tokenize(this.filter);
    return catalogue.situations.filter((situation) => {
      if (!words.length) return true;
      const text = normalize(
        `${this.text(situation.title)} ${this.text(situation.summary)} ${(situation.tags ?? []).join(' ')}`,
      );
      return words.every((word) => text.includes(word));
    });
  }

  /** Typing in the filter: once the resident pauses, a screen reader hears how many situations match. */
  private filterTyped(value: string) {
    this.filter = value;
    clearTimeout(this.filterTimer);
    this.filterTimer = setTimeout(() => {
      const count = this.catalogue ? this.matchingSituations(this.catalogue).length : 0;
      this.announcement = count
        ? msg(str`Počet odpovídajících situací: ${count}.`, { id: 'navigator.filter.count' })
        : msg('Žádná situace neodpovídá. Zkuste jiné slovo.', { id: 'navigator.filter.none' });
    }, ANNOUNCE_DELAY);
  }

  private renderStart(catalogue: LoadedCatalogue) {
    const situations = this.matchingSituations(catalogue);
    return html`
      <p class="intro" tabindex="-1" data-focus>
        ${msg('Vyberte, co se děje. Položíme vám pár otázek a řekneme, co dělat a kdo vám pomůže.', {
          id: 'navigator.intro',
        })}
      </p>
      ${
        catalogue.situations.length >= FILTER_FROM
          ? html`<label class="filter"
              >${msg('Hledat situaci', { id: 'navigator.filter' })}
              <input
                type="search"
                autocomplete="off"
                .value=${this.filter}
                @input=${(event: Event) => this.filterTyped((event.target as HTMLInputElement).value)}
            /></label>`
          : nothing
      }
      ${
        situations.length
          ? html`<ul class="situations" part="situations">
              ${situations.map(
                (situation) =>
                  html`<li>
                    <button class="choice" type="button" @click=${() => this.go(situation.id, [])}>
                      <span class="choice-title">${this.show(situation.title)}</span>
                      <span class="choice-summary">${this.show(situation.summary)}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
          : catalogue.situations.length
            ? html`<p>${msg('Žádná situace neodpovídá. Zkuste jiné slovo.', { id: 'navigator.filter.none' })}</p>`
            : html`<p>${msg('Katalog zatím neobsahuje žádné životní situace.', { id: 'navigator.none' })}</p>`
      }
    `;
  }

  private renderTrail(situation: Situation, path: Walk) {
    if (!path.steps.length) return nothing;
    return html`<div class="trail" part="trail">
      <h3 class="trail-heading">${msg('Vaše odpovědi', { id: 'navigator.trail' })}</h3>
      <ol>
        ${path.steps.map(
          (step, index) =>
            html`<li>
              <span class="trail-question">${this.show(step.question.text)}</span>
              <strong>${this.show(step.question.answers[step.answer].label)}</strong>
              <button class="link" type="button" @click=${() => this.go(situation.id, this.answers.slice(0, index))}>
                ${msg('Změnit', { id: 'navigator.change' })}<span class="visually-hidden"
                  >: ${this.show(step.question.text)}</span
                >
              </button>
            </li>`,
        )}
      </ol>
    </div>`;
  }

  private renderNavigation(situation: Situation) {
    return html`<div class="navigation">
      ${
        this.answers.length
          ? html`<button class="button" type="button" @click=${() => this.go(situation.id, this.answers.slice(0, -1))}>
              ${msg('Zpět', { id: 'navigator.back' })}
            </button>`
          : this.situation
            ? nothing
            : html`<button class="button" type="button" @click=${() => this.go('', [])}>
                ${msg('Zpět na výběr situace', { id: 'navigator.back-to-list' })}
              </button>`
      }
      <button
        class="button"
        type="button"
        @click=${() => (this.situation ? this.go(situation.id, []) : this.go('', []))}
      >
        ${msg('Začít znovu', { id: 'navigator.restart' })}
      </button>
    </div>`;
  }

  private renderQuestion(situation: Situation, path: Walk) {
    const question = path.question;
    if (!question) return this.renderStart(this.catalogue!);
    return html`
      <p class="situation-title">${this.show(situation.title)}</p>
      ${this.renderTrail(situation, path)}
      <div class="question" part="question">
        <h3 tabindex="-1" data-focus>
          <span class="step">${msg(str`Otázka ${path.steps.length + 1}`, { id: 'navigator.question-number' })}</span>
          ${this.show(question.text)}
        </h3>
        ${question.help ? html`<p class="help">${this.show(question.help)}</p>` : nothing}
        <ul class="answers" part="answers">
          ${question.answers.map(
            (answer, index) =>
              html`<li>
                <button
                  class="choice answer"
                  type="button"
                  @click=${() => this.go(situation.id, [...this.answers, index])}
                >
                  ${this.show(answer.label)}
                </button>
              </li>`,
          )}
        </ul>
      </div>
      ${this.renderNavigation(situation)}
    `;
  }

  private renderOutcome(catalogue: LoadedCatalogue, situation: Situation, path: Walk, outcome: Outcome) {
    const lang = this.language;
    const types = outcome.match?.serviceTypes ?? [];
    return html`
      <p class="situation-title">${this.show(situation.title)}</p>
      ${outcome.urgent ? this.renderCrisisLines(catalogue, outcome, true) : nothing}
      <article class="outcome" part="outcome" aria-labelledby="outcome-title">
        <h3 id="outcome-title" tabindex="-1" data-focus>${this.show(outcome.title)}</h3>
        ${this.renderFallbackNote(catalogue, [outcome.title, ...outcome.steps.map((step) => step.title)])}
        ${outcome.summary ? html`<p>${this.show(outcome.summary)}</p>` : nothing}
        ${
          outcome.steps.length
            ? html`<h4>${msg('Co udělat', { id: 'navigator.steps' })}</h4>
                <ol class="steps">
                  ${outcome.steps.map(
                    (step) =>
                      html`<li>
                        <strong>${this.show(step.title)}</strong>
                        ${step.text ? html`<p>${this.show(step.text)}</p>` : nothing}
                        <dl class="facts">
                          ${
                            step.where
                              ? html`<div>
                                  <dt>${msg('Kde', { id: 'finder.where' })}</dt>
                                  <dd>${this.show(step.where)}</dd>
                                </div>`
                              : nothing
                          }
                          ${
                            step.costs
                              ? html`<div>
                                  <dt>${msg('Cena', { id: 'finder.detail.fees' })}</dt>
                                  <dd>${this.show(step.costs)}</dd>
                                </div>`
                              : nothing
                          }
                          ${
                            step.deadline
                              ? html`<div>
                                  <dt>${msg('Kdy a jak dlouho', { id: 'navigator.deadline' })}</dt>
                                  <dd>${this.show(step.deadline)}</dd>
                                </div>`
                              : nothing
                          }
                        </dl>
                      </li>`,
                  )}
                </ol>`
            : nothing
        }
        ${
          outcome.documents?.length
            ? html`<h4>${msg('Co si vzít s sebou', { id: 'navigator.documents' })}</h4>
                <ul class="documents">
                  ${outcome.documents.map((document) => html`<li>${this.show(document)}</li>`)}
                </ul>`
            : nothing
        }
        ${
          types.length || outcome.why
            ? html`<h4>${msg('Jaké služby vám pomohou', { id: 'navigator.service-types' })}</h4>
                ${outcome.why ? html`<p>${this.show(outcome.why)}</p>` : nothing}
                ${
                  types.length
                    ? html`<ul class="types">
                        ${types.map((code) => html`<li>${serviceTypeLabel(code, lang)}</li>`)}
                      </ul>`
                    : nothing
                }`
            : nothing
        }
        ${outcome.match ? this.renderProviders(catalogue, outcome) : nothing}
      </article>
      ${this.renderTrail(situation, path)}
      <div class="navigation">
        <button class="button primary" type="button" @click=${() => window.print()}>
          ${msg('Vytisknout nebo uložit plán', { id: 'navigator.print' })}
        </button>
      </div>
      ${this.renderNavigation(situation)}
    `;
  }

  /** Who can help: the providers once the search index is there, a short wait before. */
  private renderProviders(catalogue: LoadedCatalogue, outcome: Outcome) {
    const ready = this.searchReady;
    return html`<section
      class="providers"
      part="providers"
      aria-labelledby="providers-heading"
      aria-busy=${ready || this.indexFailed ? 'false' : 'true'}
    >
      <h4 id="providers-heading">${msg('Kdo vám pomůže', { id: 'navigator.providers' })}</h4>
      ${
        ready
          ? renderProviders({
              catalogue,
              outcome,
              lang: this.language,
              town: this.town,
              showAll: this.showAllProviders,
              show: (value) => this.show(value),
              chooseTown: (town) => (this.town = town),
              showMore: (first) => {
                this.showAllProviders = true;
                this.focusProvider = first;
              },
            })
          : this.indexFailed
            ? html`<div class="notice error" role="alert">
                <p>${errorMessage({ code: 'network' })}</p>
                <button class="button" type="button" @click=${() => this.buildIndex()}>
                  ${msg('Zkusit znovu', { id: 'state.retry' })}
                </button>
              </div>`
            : html`<p class="loading" role="status">
                ${msg('Hledám, kdo vám pomůže…', { id: 'navigator.providers.loading' })}
              </p>`
      }
    </section>`;
  }

  /** The crisis lines: first and open on an urgent plan, open beside a safety question, else one click away. */
  private renderCrisisLines(catalogue: LoadedCatalogue, outcome: Outcome | undefined, urgent: boolean, open = false) {
    if (!catalogue.crisisLines.length) return nothing;
    const first = new Set(outcome?.crisisLineIds ?? []);
    const lines = [
      ...catalogue.crisisLines.filter((line) => first.has(line.id)),
      ...catalogue.crisisLines.filter((line) => !first.has(line.id)),
    ];
    const list = html`<ul class="lines">
      ${lines.map((line) => this.renderLine(line))}
    </ul>`;
    return urgent
      ? html`<section class="crisis urgent" part="crisis-lines" aria-labelledby="crisis-heading">
          <h3 id="crisis-heading">${msg('Potřebujete pomoc hned? Volejte', { id: 'navigator.crisis.urgent' })}</h3>
          ${list}
        </section>`
      : html`<details class="crisis" part="crisis-lines" ?open=${open}>
          <summary>${msg('Krizové linky – pomoc hned', { id: 'navigator.crisis' })}</summary>
          ${list}
        </details>`;
  }

  private renderLine(shown: CrisisLine) {
    // A catalogue read on a Czech page and then shown in English or Ukrainian: the national
    // lines' translations came with the interface strings.
    const line = this.catalogue ? crisisLineTranslated(shown, this.catalogue.meta.language) : shown;
    const href = telHref(line.phone);
    return html`<li>
      ${href ? html`<a class="phone" href=${href}>${formatPhone(line.phone)}</a>` : html`<span class="phone">${line.phone}</span>`}
      <span>${this.show(line.name)}</span>
      ${line.hours ? html`<span class="muted">${this.show(line.hours)}</span>` : nothing}
      ${line.audience ? html`<span class="muted">${this.show(line.audience)}</span>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pomoc-navigator': PomocNavigator;
  }
}
