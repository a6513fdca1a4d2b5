/** The full detail of a service (what it offers, for whom, hours, capacity…), shared by the widgets. */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { AGE_GROUPS, capacityUnit, codeLabel, form as formEntry } from '../catalogue/codelists.js';
import { hoursOn } from '../catalogue/hours.js';
import { WEEKDAYS } from '../catalogue/constants.js';
import type { LocalizedText, Service } from '../catalogue/schema.js';
import type { Catalogue } from '../catalogue/validate.js';
import { catalogueText, formatCount, formatDate, joinList, languageName } from './format.js';

export const WEEKDAY_NAMES = () => [
  msg('pondělí', { id: 'day.mo' }),
  msg('úterý', { id: 'day.tu' }),
  msg('středa', { id: 'day.we' }),
  msg('čtvrtek', { id: 'day.th' }),
  msg('pátek', { id: 'day.fr' }),
  msg('sobota', { id: 'day.sa' }),
  msg('neděle', { id: 'day.su' }),
];

/** Catalogue text in the interface language; text in another language is marked for screen readers. */
export function localizedText(catalogue: Catalogue, value: LocalizedText | undefined, lang: string) {
  const resolved = catalogueText(catalogue, value, lang);
  return resolved.lang !== lang ? html`<span lang=${resolved.lang}>${resolved.text}</span>` : resolved.text;
}

export function renderServiceDetail(catalogue: Catalogue, service: Service, lang: string) {
  const locations = (service.locationIds ?? []).map((id) => catalogue.locationById.get(id)!).filter(Boolean);
  const text = (value: LocalizedText | undefined) => localizedText(catalogue, value, lang);
  const row = (label: string, content: unknown) =>
    content
      ? html`<div>
          <dt>${label}</dt>
          <dd>${content}</dd>
        </div>`
      : nothing;
  const week = service.schedule?.hours?.length
    ? html`<ul class="week">
        ${WEEKDAYS.map((day, index) => {
          const ranges = hoursOn(service.schedule, day);
          return ranges.length
            ? html`<li>
                ${WEEKDAY_NAMES()[index]}: ${ranges.map((range) => `${range.opens}–${range.closes}`).join(', ')}
              </li>`
            : nothing;
        })}
      </ul>`
    : service.schedule?.alwaysOpen
      ? msg('nonstop', { id: 'hours.nonstop' })
      : '';
  const accessibility = locations
    .filter((location) => !location.hidden && (location.accessibility || location.transport))
    .map((location) => html`<p>${text(location.accessibility)} ${text(location.transport)}</p>`);
  const languages = (service.languages ?? []).map((code) => languageName(code, lang)).filter(Boolean);
  return html`<dl class="facts">
    ${row(msg('O službě', { id: 'finder.detail.description' }), text(service.description))}
    ${row(msg('Komu je určena', { id: 'finder.detail.eligibility' }), text(service.eligibility))}
    ${row(msg('Jak požádat', { id: 'finder.detail.apply' }), text(service.applicationProcess))}
    ${row(
      msg('Cena', { id: 'finder.detail.fees' }),
      service.fees ? text(service.fees) : service.freeOfCharge ? msg('zdarma', { id: 'finder.filter.free' }) : '',
    )}
    ${row(msg('Otevírací doba', { id: 'finder.detail.hours' }), week)}
    ${row(msg('Poznámka k otevírací době', { id: 'finder.detail.hours-note' }), text(service.schedule?.note))}
    ${row(
      msg('Registrovaná kapacita (nejde o volná místa)', { id: 'finder.detail.capacity' }),
      // Each capacity with its form: the capacities of different forms are separate and never added up.
      (service.capacity ?? []).length
        ? html`<ul class="capacity">
            ${service.capacity!.map((capacity) => {
              const unit = `${codeLabel(capacityUnit(capacity.unit), lang)}: ${formatCount(capacity.count, lang)}`;
              const form = capacity.form ? codeLabel(formEntry(capacity.form), lang) : '';
              return html`<li>
                ${form ? `${form} – ${unit}` : unit}${capacity.note ? html` (${text(capacity.note)})` : nothing}
              </li>`;
            })}
          </ul>`
        : '',
    )}
    ${row(
      msg('Poskytována', { id: 'finder.detail.validity' }),
      service.validFrom && service.validTo
        ? msg(str`od ${formatDate(service.validFrom, lang)} do ${formatDate(service.validTo, lang)}`, {
            id: 'finder.detail.validity.range',
          })
        : service.validTo
          ? msg(str`do ${formatDate(service.validTo, lang)}`, { id: 'finder.detail.validity.to' })
          : service.validFrom && service.validFrom > new Date().toISOString().slice(0, 10)
            ? msg(str`od ${formatDate(service.validFrom, lang)}`, { id: 'finder.detail.validity.from' })
            : '',
    )}
    ${row(
      msg('Věk', { id: 'finder.detail.age' }),
      joinList(
        (service.ageGroups ?? []).map((code) =>
          codeLabel(
            AGE_GROUPS.find((group) => group.code === code),
            lang,
          ),
        ),
        lang,
      ),
    )}
    ${row(msg('Bezbariérovost a doprava', { id: 'finder.detail.accessibility' }), accessibility.length ? accessibility : '')}
    ${row(msg('Jazyky', { id: 'finder.detail.languages' }), joinList(languages, lang))}
    ${row(
      msg('Číslo v registru sociálních služeb', { id: 'finder.detail.registry' }),
      service.registryId
        ? `RPSS ${service.registryId}`
        : service.origin?.registry === 'nrpzs'
          ? msg('Národní registr poskytovatelů zdravotních služeb (ÚZIS ČR)', { id: 'finder.detail.registry.nrpzs' })
          : '',
    )}
  </dl>`;
}
