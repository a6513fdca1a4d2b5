/**
 * The providers part of a navigator's plan: the services that fit an outcome, those in the
 * resident's town first, with their places and contacts, and the towns to choose from. Both come
 * from the catalogue's search index, which the navigator has built by then (navigator.component.ts):
 * the life situations, what a resident sees first, do not wait for it.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { serviceTypeLabel } from '../../catalogue/codelists.js';
import { matchesOutcome } from '../../catalogue/match.js';
import { searchIndexOf, type LoadedCatalogue } from '../../catalogue/loader.js';
import type { LocalizedText, Outcome, Service } from '../../catalogue/schema.js';
import { contactsOf, hasContacts, renderContacts, renderPlaces } from '../../internal/contacts.js';

const PROVIDERS_SHOWN = 8;

/** Services that fit an outcome, those in or serving the resident's town first (the index must be built). */
export function providersOf(catalogue: LoadedCatalogue, outcome: Outcome, town: string): Service[] {
  if (!outcome.match) return [];
  const language = catalogue.meta.language;
  const index = searchIndexOf(catalogue);
  // The outcome's kinds of service narrow the search first: a catalogue the worker read keeps its
  // records as text until one is read (lazy.ts), and 20,000 of them read at once freeze the page.
  const serviceTypes = outcome.match.serviceTypes?.length ? outcome.match.serviceTypes : undefined;
  const matching = index
    .search({ filters: serviceTypes ? { serviceTypes } : {} })
    .map((hit) => hit.service)
    .filter((service) => matchesOutcome(service, outcome.match!, language));
  const here = town ? index.serviceIdsInTown(town) : undefined;
  // Those in the resident's town first, temporarily closed ones last; otherwise by name.
  const rank = (service: Service) =>
    (service.status === 'temporarily-closed' ? 2 : 0) + (here && !here.has(service.id) ? 1 : 0);
  return matching
    .map((service, index) => ({ service, index, rank: rank(service) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ service }) => service);
}

/** What the providers part needs of the navigator. */
export interface ProvidersView {
  catalogue: LoadedCatalogue;
  outcome: Outcome;
  lang: string;
  town: string;
  showAll: boolean;
  /** Catalogue text, marked with its language when it is not the interface's. */
  show(value: LocalizedText | undefined): unknown;
  chooseTown(town: string): void;
  /** "Show all": focus goes to the provider at `first`, the first one not shown before. */
  showMore(first: number): void;
}

/** The town select and the providers of a plan, under the navigator's "Who can help you". */
export function renderProviders(view: ProvidersView) {
  const { catalogue, lang, show } = view;
  const providers = providersOf(catalogue, view.outcome, view.town);
  const shown = view.showAll ? providers : providers.slice(0, PROVIDERS_SHOWN);
  const towns = searchIndexOf(catalogue).towns;
  return html`<label
      >${msg('Vaše obec', { id: 'navigator.town' })}
      <select @change=${(event: Event) => view.chooseTown((event.target as HTMLSelectElement).value)}>
        <option value="">${msg('všechny obce', { id: 'finder.filter.town.all' })}</option>
        ${towns.map((town) => html`<option value=${town} ?selected=${view.town === town}>${town}</option>`)}
      </select>
    </label>
    ${
      providers.length
        ? html`<ul class="provider-list">
              ${shown.map((service) => {
                const contacts = contactsOf(catalogue, service, lang);
                const provider = catalogue.organizationById.get(service.organizationId);
                return html`<li class="provider" tabindex="-1">
                  <strong>${show(service.name)}</strong>
                  ${provider ? html`<span class="muted">${show(provider.name)}</span>` : nothing}
                  <span class="muted">${serviceTypeLabel(service.serviceType, lang)}</span>
                  ${
                    service.status === 'temporarily-closed'
                      ? html`<span class="closed">${msg('dočasně uzavřeno', { id: 'finder.badge.closed' })}</span>`
                      : nothing
                  }
                  <span class="places">${renderPlaces(catalogue, service, lang)}</span>
                  ${hasContacts(contacts) ? html`<span class="contacts">${renderContacts(contacts)}</span>` : nothing}
                </li>`;
              })}
            </ul>
            ${
              providers.length > shown.length
                ? html`<button class="button" type="button" @click=${() => view.showMore(shown.length)}>
                    ${msg(str`Zobrazit všechny (${providers.length})`, { id: 'navigator.providers.all' })}
                  </button>`
                : nothing
            }`
        : html`<p>
            ${msg('V katalogu teď není služba, která by přesně odpovídala. Obraťte se na sociálního pracovníka obce.', {
              id: 'navigator.providers.none',
            })}
          </p>`
    }`;
}
