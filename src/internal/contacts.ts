/**
 * Where a service is and how to reach it, shared by the widgets: only tel:, mailto: and http(s)
 * links, and never a hidden address.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatPhone, mailtoHref, telHref, webHref } from '../catalogue/links.js';
import type { Service } from '../catalogue/schema.js';
import { resolveText } from '../catalogue/text.js';
import type { Catalogue } from '../catalogue/validate.js';
import { joinList } from './format.js';

/** The service's own contacts, else its provider's. */
export function contactsOf(catalogue: Catalogue, service: Service) {
  const provider = catalogue.organizationById.get(service.organizationId);
  return {
    phones: service.phones?.length ? service.phones : (provider?.phones ?? []),
    email: mailtoHref(service.email) ? service.email : mailtoHref(provider?.email) ? provider?.email : undefined,
    web: webHref(service.url) ?? webHref(provider?.url),
  };
}

export const hasContacts = (contacts: ReturnType<typeof contactsOf>) =>
  contacts.phones.length > 0 || contacts.email !== undefined || contacts.web !== undefined;

export function renderContacts({ phones, email, web }: ReturnType<typeof contactsOf>) {
  return html`${phones.map((phone) => {
    const href = telHref(phone.number);
    return href
      ? html`<a href=${href}
          ><span class="visually-hidden">${msg('Telefon', { id: 'finder.phone' })} </span>${formatPhone(
            phone.number,
          )}</a
        >`
      : html`<span>${phone.number}</span>`;
  })}
  ${email ? html`<a href=${mailtoHref(email)!}>${email}</a>` : nothing}
  ${
    web
      ? html`<a href=${web} rel="noopener" target="_blank"
          >${msg('web', { id: 'finder.web' })}<span class="visually-hidden">
            ${msg('(otevře se v novém okně)', { id: 'finder.new-window' })}</span
          ></a
        >`
      : nothing
  }`;
}

/** The service's public addresses, a note for a hidden one, and the towns it serves. */
export function renderPlaces(catalogue: Catalogue, service: Service, lang: string) {
  const locations = (service.locationIds ?? []).map((id) => catalogue.locationById.get(id)!).filter(Boolean);
  const publicPlaces = locations.filter((location) => !location.hidden);
  const hiddenPlace = locations.some((location) => location.hidden);
  const address = (location: (typeof locations)[number]) =>
    [location.address?.street, [location.address?.postalCode, location.address?.city].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ') ||
    resolveText(location.name, lang, catalogue.meta.language)?.text ||
    '';
  return html`${publicPlaces.map((location) => html`<span class="place">${address(location)}</span>`)}
  ${
    hiddenPlace
      ? html`<span class="place"
          >${
            contactsOf(catalogue, service).phones.length
              ? msg('Adresa je z bezpečnostních důvodů utajena – ozvěte se telefonicky.', {
                  id: 'finder.hidden-address',
                })
              : msg('Adresa je z bezpečnostních důvodů utajena.', { id: 'finder.hidden-address-only' })
          }</span
        >`
      : nothing
  }
  ${
    service.areaServed?.length
      ? html`<span class="place"
          >${msg(str`Působí v obcích: ${joinList(service.areaServed, lang)}`, { id: 'finder.area-served' })}</span
        >`
      : nothing
  }
  ${
    !publicPlaces.length && !hiddenPlace && !service.areaServed?.length
      ? msg('neuvedeno', { id: 'finder.not-given' })
      : nothing
  }`;
}
