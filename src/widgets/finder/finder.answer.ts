/**
 * What the finder says about how it understood a query, kept apart from the component, which
 * holds state and events: the town the results are in, the nearest services elsewhere, a town the
 * catalogue does not know, and for an empty result the ways forward with their counts (drop the
 * town, a word or a filter). No dead ends: a resident always has a next step.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { FindResult, Relaxation } from '../../catalogue/find.js';
import { normalize } from '../../catalogue/normalize.js';
import { spanOf } from '../../catalogue/query.js';
import type { SearchFilters } from '../../catalogue/search.js';
import { allTexts } from '../../catalogue/text.js';
import { servicesCount } from '../../internal/format.js';

export interface AnswerActions {
  /** Search this query instead. */
  search(text: string): void;
  /** Drop a filter of the view. */
  dropFilter(key: keyof SearchFilters): void;
}

/** The words as the resident typed them, for the folded words the search reports. */
export function typedWords(query: string, folded: string): string {
  const span = spanOf(query, folded);
  return span ? query.slice(span[0], span[1]) : folded;
}

/** The catalogue's spelling of a town whose folded word a typo was near ("rokycany" → "Rokycany"). */
export function townNamed(towns: readonly string[], foldedWord: string): string | undefined {
  return towns.find((town) => normalize(town).split(' ').includes(foldedWord));
}

/** Above the results: the town they are in, or that the town has none, or is not covered. */
export function renderTownNotice(found: FindResult): TemplateResult | typeof nothing {
  const town = found.town;
  if (!town) return nothing;
  if (found.outsideTown) {
    return html`<p class="town-notice">
      ${msg(str`Tento katalog obec ${town} nepokrývá.`, { id: 'finder.town.outside' })}
    </p>`;
  }
  if (found.hits.length === 0) {
    return html`<p class="town-notice">
      ${msg(str`V obci ${town} jsme nic takového nenašli.`, { id: 'finder.town.none' })}
    </p>`;
  }
  return html`<h3 class="results-group">
    ${msg(str`Služby v obci ${town} a pro ni`, { id: 'finder.town.results' })}
  </h3>`;
}

/** The heading of the nearest services outside the town asked for. */
export function renderNearbyHeading(found: FindResult): TemplateResult {
  return html`<h3 class="results-group">
    ${msg(str`Nejblíže mimo obec ${found.town ?? ''}`, { id: 'finder.nearby' })}
  </h3>`;
}

/** A word that is not in the catalogue but near a town's name: not that town; perhaps it was meant. */
export function renderUnknownTowns(
  found: FindResult,
  query: string,
  towns: readonly string[],
  actions: AnswerActions,
): TemplateResult | typeof nothing {
  const [first] = found.unknownTowns;
  if (!first) return nothing;
  const [typedFolded, townWord] = first;
  const typed = typedWords(query, typedFolded);
  const town = townNamed(towns, townWord);
  const span = spanOf(query, typedFolded);
  return html`<p class="town-notice">
    ${msg(str`„${typed}“ v tomto katalogu není.`, { id: 'finder.unknown-town' })}
    ${
      town && span
        ? html`${msg('Měli jste na mysli:', { id: 'finder.did-you-mean' })}
            <button
              class="link"
              type="button"
              @click=${() => actions.search(query.slice(0, span[0]) + town + query.slice(span[1]))}
            >
              ${town}
            </button>`
        : nothing
    }
  </p>`;
}

/** For an empty result: what each part of the query and each filter leaves out, as buttons. */
export function renderRelaxations(
  found: FindResult,
  query: string,
  lang: string,
  filterLabel: (key: keyof SearchFilters) => string,
  actions: AnswerActions,
  withoutPart: (folded: string) => string,
): TemplateResult | typeof nothing {
  if (found.relaxations.length === 0) return nothing;
  const label = (relaxation: Relaxation) => {
    switch (relaxation.kind) {
      case 'town':
        return msg(str`i mimo obec ${relaxation.value}`, { id: 'finder.relax.town' });
      case 'filter':
        return msg(str`bez filtru „${filterLabel(relaxation.value as keyof SearchFilters)}“`, {
          id: 'finder.relax.filter',
        });
      default:
        return msg(str`bez slova „${typedWords(query, relaxation.value)}“`, { id: 'finder.relax.word' });
    }
  };
  const apply = (relaxation: Relaxation) => {
    if (relaxation.kind === 'filter') actions.dropFilter(relaxation.value as keyof SearchFilters);
    else if (relaxation.kind === 'town') {
      const index = found.understood.towns.indexOf(relaxation.value);
      actions.search(withoutPart(found.understood.townWords[index] ?? normalize(relaxation.value)));
    } else actions.search(withoutPart(relaxation.value));
  };
  return html`<li>
    ${msg('Zkuste hledat:', { id: 'finder.relax' })}
    <ul class="relaxations">
      ${found.relaxations.map(
        (relaxation) =>
          html`<li>
            <button class="link" type="button" @click=${() => apply(relaxation)}>
              ${label(relaxation)} (${servicesCount(relaxation.count, lang)})
            </button>
          </li>`,
      )}
    </ul>
  </li>`;
}

/** How the catalogue writes a folded word, from the texts of the services found ("nocleharna" → "noclehárna"). */
function writtenForm(found: FindResult, folded: string): string {
  for (const hit of found.hits.slice(0, 10)) {
    const texts = [...allTexts(hit.service.name), ...allTexts(hit.service.description)];
    for (const text of texts) {
      for (const [token] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        if (normalize(token) === folded) return token.toLowerCase();
      }
    }
  }
  return folded;
}

/** A mistyped word found as a near word of the catalogue: say which, so the resident can check. */
export function renderCorrections(found: FindResult, query: string): TemplateResult | typeof nothing {
  const [first] = found.corrections;
  if (!first) return nothing;
  const [typedFolded, known] = first;
  const typed = typedWords(query, typedFolded);
  const written = writtenForm(found, known);
  return html`<p class="hint">${msg(str`Hledáme „${written}“ místo „${typed}“.`, { id: 'finder.corrected' })}</p>`;
}
