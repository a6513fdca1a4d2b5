/**
 * Where a service is and how to reach it, shared by the widgets: only tel:, mailto: and http(s)
 * links, and never a hidden address. Format 1.1 gives several phones, e-mails and web addresses,
 * each with an optional label, and a place its own name and contacts; all are shown.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatPhone, mailtoHref, telHref, webHref } from '../catalogue/links.js';
import type {
  EmailEntry,
  LocalizedText,
  Location,
  Organization,
  Phone,
  Service,
  Website,
} from '../catalogue/schema.js';
import { resolveText } from '../catalogue/text.js';
import type { Catalogue } from '../catalogue/validate.js';
import { joinList } from './format.js';

export interface ShownWeb {
  href: string;
  description?: LocalizedText;
}
export interface ShownEmail {
  address: string;
  description?: LocalizedText;
}
export interface Contacts {
  phones: Phone[];
  emails: ShownEmail[];
  webs: ShownWeb[];
  /** For labels in the catalogue's language. */
  catalogue: Catalogue;
  lang: string;
}

type HasContacts = Pick<Service, 'phones' | 'email' | 'url' | 'emails' | 'websites'> | Organization | Location;

/** The e-mails of a record, the single `email` first, each once and each a valid address. */
export function emailsOf(record: HasContacts | undefined): ShownEmail[] {
  if (!record) return [];
  const single = 'email' in record && record.email ? [{ address: record.email }] : [];
  const all: (EmailEntry | ShownEmail)[] = [...single, ...(record.emails ?? [])];
  const seen = new Set<string>();
  return all.filter((entry) => mailtoHref(entry.address) && !seen.has(entry.address) && !!seen.add(entry.address));
}

/** The web addresses of a record, the single `url` first, each once and each a safe http(s) link. */
export function websOf(record: HasContacts | undefined): ShownWeb[] {
  if (!record) return [];
  const single = 'url' in record && record.url ? [{ url: record.url }] : [];
  const all: Website[] = [...single, ...(record.websites ?? [])];
  const seen = new Set<string>();
  const webs: ShownWeb[] = [];
  for (const entry of all) {
    const href = webHref(entry.url);
    if (!href || seen.has(href)) continue;
    seen.add(href);
    webs.push(entry.description === undefined ? { href } : { href, description: entry.description });
  }
  return webs;
}

/** The service's own contacts, else its provider's (each kind on its own). */
export function contactsOf(catalogue: Catalogue, service: Service, lang = catalogue.meta.language): Contacts {
  const provider = catalogue.organizationById.get(service.organizationId);
  const emails = emailsOf(service);
  const webs = websOf(service);
  return {
    phones: service.phones?.length ? service.phones : (provider?.phones ?? []),
    emails: emails.length ? emails : emailsOf(provider),
    webs: webs.length ? webs : websOf(provider),
    catalogue,
    lang,
  };
}

export const hasContacts = (contacts: Contacts) =>
  contacts.phones.length > 0 || contacts.emails.length > 0 || contacts.webs.length > 0;

const labelOf = (contacts: Contacts, value: LocalizedText | undefined) =>
  resolveText(value, contacts.lang, contacts.catalogue.meta.language)?.text;

/** "www.charita.cz/pece" for a link's text when there are several: "web" alone would not tell them apart. */
const shortWeb = (href: string) => {
  const url = new URL(href);
  return `${url.host}${url.pathname === '/' ? '' : url.pathname}`.replace(/\/$/, '');
};

export function renderContacts(contacts: Contacts) {
  const { phones, emails, webs } = contacts;
  const labelled = (label: string | undefined, content: unknown) =>
    label ? html`<span class="contact">${label}: ${content}</span>` : content;
  return html`${phones.map((phone) => {
    const href = telHref(phone.number);
    const link = href
      ? html`<a href=${href}
          ><span class="visually-hidden">${msg('Telefon', { id: 'finder.phone' })} </span>${formatPhone(
            phone.number,
          )}</a
        >`
      : html`<span>${phone.number}</span>`;
    return labelled(labelOf(contacts, phone.description), link);
  })}
  ${emails.map((email) =>
    labelled(labelOf(contacts, email.description), html`<a href=${mailtoHref(email.address)!}>${email.address}</a>`),
  )}
  ${webs.map((web) => {
    const text = webs.length === 1 ? msg('web', { id: 'finder.web' }) : shortWeb(web.href);
    return labelled(
      labelOf(contacts, web.description),
      html`<a href=${web.href} rel="noopener" target="_blank"
        >${text}<span class="visually-hidden"> ${msg('(otevře se v novém okně)', { id: 'finder.new-window' })}</span></a
      >`,
    );
  })}`;
}

/** "36005" → "360 05": how Czech postcodes are written. */
export const formatPostalCode = (code: string) => {
  const digits = code.replace(/\s/g, '');
  return /^\d{5}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3)}` : code;
};

const same = (a: string | undefined, b: string | undefined) =>
  !!a && !!b && a.trim().toLocaleLowerCase('cs') === b.trim().toLocaleLowerCase('cs');

/** "Bělohorská 1690/2, 169 00 Praha 6 – Břevnov". */
export function addressLine(location: Location): string {
  const address = location.address;
  if (!address) return '';
  const town = address.cityDistrict ?? address.city;
  const part = address.townPart && !same(address.townPart, town) ? ` – ${address.townPart}` : '';
  const place = [address.postalCode ? formatPostalCode(address.postalCode) : undefined, `${town}${part}`]
    .filter(Boolean)
    .join(' ');
  return [address.street, place].filter(Boolean).join(', ');
}

/** The service's public addresses (with each place's own name and contacts), a note for a hidden one, and the towns it serves. */
export function renderPlaces(catalogue: Catalogue, service: Service, lang: string) {
  const locations = (service.locationIds ?? []).map((id) => catalogue.locationById.get(id)!).filter(Boolean);
  const publicPlaces = locations.filter((location) => !location.hidden);
  const hiddenPlace = locations.some((location) => location.hidden);
  const serviceName = resolveText(service.name, lang, catalogue.meta.language)?.text;
  const place = (location: Location) => {
    const name = resolveText(location.name, lang, catalogue.meta.language)?.text;
    const address = addressLine(location);
    // The place's own name ("… středisko Dačice"), unless it only repeats the service's.
    const ownName = name && !same(name, serviceName) ? name : undefined;
    const contacts: Contacts = {
      phones: location.phones ?? [],
      emails: emailsOf(location),
      webs: websOf(location),
      catalogue,
      lang,
    };
    return html`<span class="place"
      >${ownName && address ? html`<span class="place-name">${ownName}</span>, ${address}` : address || ownName || ''}${
        hasContacts(contacts) ? html` <span class="contacts">${renderContacts(contacts)}</span>` : nothing
      }${
        location.healthCare
          ? html` <span class="health-care">${msg('poskytuje i zdravotní péči', { id: 'finder.health-care' })}</span>`
          : nothing
      }</span
    >`;
  };
  return html`${publicPlaces.map(place)}
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

/** Whether a provider's name only repeats the service's, so that a card names it once. */
export const sameName = (
  catalogue: Catalogue,
  a: LocalizedText | undefined,
  b: LocalizedText | undefined,
  lang: string,
) => same(resolveText(a, lang, catalogue.meta.language)?.text, resolveText(b, lang, catalogue.meta.language)?.text);
