/**
 * Every field of a service that the printed booklet shows, read in this one place. The catalogue
 * format grows (lists of phones, e-mails and webs, a place's own name, validity dates, capacity per
 * form): when it does, these small readers change and the layout does not. Links are made only by
 * the catalogue layer's webHref/mailtoHref/telHref, and a hidden address yields its town only.
 */
import { formatPhone, mailtoHref, telHref, webHref } from '../../catalogue/links.js';
import type { LocalizedText, Location, Service } from '../../catalogue/schema.js';
import { resolveText, type ResolvedText } from '../../catalogue/text.js';
import type { Catalogue } from '../../catalogue/validate.js';

/** A text in the booklet's language where the catalogue gives it, with the language it is in. */
export const textOf = (
  catalogue: Catalogue,
  value: LocalizedText | undefined,
  lang: string,
): ResolvedText | undefined => resolveText(value, lang, catalogue.meta.language);

export interface PhoneLine {
  /** As printed: "+420 371 000 111". */
  number: string;
  href?: string;
  description?: ResolvedText;
}

export interface Contacts {
  phones: PhoneLine[];
  emails: { text: string; href: string }[];
  webs: { text: string; href: string }[];
}

/** "https://www.example.cz/a/" → "www.example.cz/a": a web address as a reader types it. */
const printedWeb = (href: string) => href.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** The service's own contacts, else its provider's (as the widgets show them). */
export function contactsOf(catalogue: Catalogue, service: Service, lang: string): Contacts {
  const provider = catalogue.organizationById.get(service.organizationId);
  const phones = service.phones?.length ? service.phones : (provider?.phones ?? []);
  const email = mailtoHref(service.email) ? service.email : mailtoHref(provider?.email) ? provider?.email : undefined;
  const web = webHref(service.url) ?? webHref(provider?.url);
  return {
    phones: phones.map((phone) => ({
      number: formatPhone(phone.number),
      href: telHref(phone.number),
      description: textOf(catalogue, phone.description, lang),
    })),
    emails: email ? [{ text: email.trim(), href: mailtoHref(email)! }] : [],
    webs: web ? [{ text: printedWeb(web), href: web }] : [],
  };
}

export interface PublicPlace {
  name?: ResolvedText;
  /** "Soukenická 1, 337 01 Rokycany", or the town alone. */
  address: string;
  town?: string;
  wheelchair?: 'yes' | 'partial' | 'no';
  accessibility?: ResolvedText;
  transport?: ResolvedText;
}

export interface Places {
  /** Places a reader may visit; never a hidden one. */
  public: PublicPlace[];
  /** Towns of hidden addresses: the address itself is never read. */
  hiddenTowns: string[];
  /** Towns served (outreach). */
  areaServed: string[];
}

const locationsOf = (catalogue: Catalogue, service: Service): Location[] =>
  (service.locationIds ?? []).map((id) => catalogue.locationById.get(id)).filter((location) => location !== undefined);

export function placesOf(catalogue: Catalogue, service: Service, lang: string): Places {
  const locations = locationsOf(catalogue, service);
  return {
    public: locations
      .filter((location) => !location.hidden)
      .map((location) => {
        const address = location.address;
        const line = [address?.street, [address?.postalCode, address?.city].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', ');
        const name = textOf(catalogue, location.name, lang);
        return {
          name: line ? name : undefined,
          address: line || name?.text || '',
          town: address?.city,
          wheelchair: location.wheelchair,
          accessibility: textOf(catalogue, location.accessibility, lang),
          transport: textOf(catalogue, location.transport, lang),
        };
      })
      .filter((place) => place.address),
    hiddenTowns: [
      ...new Set(locations.filter((location) => location.hidden && location.address?.city).map((l) => l.address!.city)),
    ],
    areaServed: service.areaServed ?? [],
  };
}

/** The towns a service is in or serves, for the index of towns. */
export function townsOf(catalogue: Catalogue, service: Service): string[] {
  const places = placesOf(catalogue, service, catalogue.meta.language);
  return [
    ...new Set([
      ...places.public.map((place) => place.town).filter((town) => town !== undefined),
      ...places.hiddenTowns,
      ...places.areaServed,
    ]),
  ];
}

export const providerOf = (catalogue: Catalogue, service: Service) =>
  catalogue.organizationById.get(service.organizationId);

export const capacitiesOf = (service: Service) => service.capacity ?? [];
