/**
 * One record of the RPSS open data (one registered service) → our service, its provider and its
 * places. The record's structure is described in RPSS.md; every access here is defensive, since
 * only part of it is confirmed.
 *
 * Never copied: people's names (statutory bodies, facility managers), the registry's notes on
 * contacts (they name people), and anything of a hidden address beyond its town.
 */
import { serviceType as serviceTypeEntry } from '../catalogue/codelists.js';
import type { Location, Organization, Service } from '../catalogue/schema.js';
import type { Note } from './notes.js';
import {
  foldText,
  normalizeEmail,
  normalizeIco,
  normalizePhone,
  normalizeUrl,
  slug,
  splitPhones,
} from './normalize.js';
import type { RegistryCodes } from './registry-codes.js';
import type { AddressPoint } from './ruian.js';
import type { Gazetteer, Place } from './territory.js';

type Json = Record<string, unknown>;

const obj = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;
/** The id of a coded reference `{"id": "Prefix/code"}`. */
const ref = (value: unknown): string | undefined => str(obj(value)?.id);
/** The code part of a reference with the given prefix: `Obec/554499` → "554499". */
const refCode = (value: unknown, prefix: string): string | undefined => {
  const id = ref(value);
  return id?.startsWith(`${prefix}/`) ? id.slice(prefix.length + 1) : undefined;
};

export const registryId = (record: unknown): string => str(obj(record)?.identifikator) ?? '?';

const facilities = (record: Json) =>
  arr(record.zarizeni)
    .map(obj)
    .filter((item): item is Json => !!item);

const isHidden = (facility: Json) => !!facility.utajenaAdresa;

function placeOf(address: Json | undefined): Place | undefined {
  if (!address) return undefined;
  const place: Place = {
    kraj: refCode(address.kraj, 'Kraj'),
    okres: refCode(address.okres, 'Okres'),
    obec: refCode(address.obec, 'Obec'),
  };
  return place.kraj || place.okres || place.obec ? place : undefined;
}

/** Every territorial reference found anywhere in a value: the shape of the area served is not known. */
function territorialRefs(value: unknown, found: Place[] = []): Place[] {
  if (Array.isArray(value)) for (const item of value) territorialRefs(item, found);
  else if (obj(value)) {
    const id = ref(value);
    const match = id && /^(Kraj|Okres|Obec)\/(\d+)$/.exec(id);
    if (match) found.push({ [match[1].toLowerCase()]: match[2] } as Place);
    for (const child of Object.values(value as Json)) if (typeof child === 'object') territorialRefs(child, found);
  }
  return found;
}

/**
 * Where a service is: its facilities (hidden ones too: only for choosing the area), its contact
 * addresses, and the area it serves.
 */
export function recordPlaces(record: unknown): Place[] {
  const json = obj(record) ?? {};
  const places: Place[] = [];
  for (const facility of facilities(json)) {
    const place = placeOf(obj(facility.adresa));
    if (place) places.push(place);
  }
  for (const contact of arr(json.kontaktniAdresy)) {
    const place = placeOf(obj(obj(contact)?.adresa) ?? obj(contact));
    if (place) places.push(place);
  }
  return [...places, ...territorialRefs(json.rozsirenePusobnostiVKraji)];
}

/** RÚIAN address-point codes of the visible facilities, for geocoding. */
export function recordAddressCodes(record: unknown): number[] {
  return facilities(obj(record) ?? {})
    .filter((facility) => !isHidden(facility))
    .map((facility) => Number(obj(facility.adresa)?.kodAdresnihoMista))
    .filter((code) => Number.isInteger(code) && code > 0);
}

export function endDate(record: unknown, today: string): string | undefined {
  const end = str(obj(record)?.datumPoskytovaniDo);
  return end && end < today ? end : undefined;
}

/**
 * Names of people attached to the record: statutory bodies and any person-like fields. Their
 * values are never copied, and any text that contains one is left out.
 */
export function personalNames(record: unknown): string[] {
  const names = new Set<string>();
  const personKey = /statutar|jmeno|prijmeni|titul|osob|vedouc|kontaktniosob/;
  const collect = (value: unknown, inPerson: boolean) => {
    if (typeof value === 'string') {
      // Letters only count: dates and coded references are not names.
      if (inPerson && value.trim().length >= 3 && /\p{L}/u.test(value) && !/^[A-Za-z]+\/\w+$/.test(value)) {
        names.add(value.trim());
      }
      return;
    }
    if (Array.isArray(value)) for (const item of value) collect(item, inPerson);
    else if (obj(value)) {
      const item = value as Json;
      const first = str(item.jmeno);
      const last = str(item.prijmeni);
      if (inPerson && first && last) names.add(`${first} ${last}`);
      for (const [key, child] of Object.entries(item)) collect(child, inPerson || personKey.test(foldText(key)));
    }
  };
  collect(record, false);
  return [...names];
}

export interface MapContext {
  codes: RegistryCodes;
  gazetteer: Gazetteer;
  points: ReadonlyMap<number, AddressPoint>;
  today: string;
}

export interface MappedRecord {
  service: Service;
  organization: Organization;
  locations: Location[];
}

/** The catalogue records of one registry record, or undefined when it cannot be imported (see notes). */
export function mapRecord(record: unknown, context: MapContext, notes: Note[]): MappedRecord | undefined {
  const json = obj(record) ?? {};
  const where = `RPSS ${registryId(json)}`;
  const note = (code: Note['code'], params?: Note['params']) => notes.push({ code, where, params });
  const names = personalNames(json).map(foldText);
  const containsName = (text: string) => {
    const folded = foldText(text);
    return names.some((name) => folded.includes(name));
  };
  /** The text, unless it names a person. */
  const clean = (text: string | undefined) => {
    if (text === undefined) return undefined;
    if (!containsName(text)) return text;
    note('personal-name');
    return undefined;
  };

  const typeId = ref(json.druhSocialniSluzby) ?? '';
  const type = context.codes.serviceType(typeId);
  if (!type) {
    note('unknown-service-type', { id: typeId || '—' });
    return undefined;
  }
  if (type.basis === 'inferred') note('inferred-service-type', { id: typeId, code: type.code });

  const provider = obj(json.poskytovatel) ?? {};
  const providerName = str(provider.nazev);
  if (!providerName) {
    note('no-provider');
    return undefined;
  }
  if (containsName(providerName)) {
    note('provider-is-person');
    return undefined;
  }
  const organization = mapProvider(provider, providerName, note);

  const locations: Location[] = [];
  const identifikator = registryId(json);
  facilities(json).forEach((facility, index) => {
    const location = mapFacility(facility, `loc-rpss-${identifikator}-${index + 1}`, context, clean, note);
    if (location) locations.push(location);
  });

  const forms = unique(
    arr(json.formy).flatMap((form) => {
      const id = ref(obj(form)?.forma) ?? '';
      const code = context.codes.form(id);
      if (!code) note('unknown-form', { id: id || '—' });
      return code ? [code] : [];
    }),
  );
  const targetGroups = unique(
    arr(json.ciloveSkupiny).flatMap((item) => {
      const id = ref(obj(item)?.cilovaSkupina) ?? ref(item) ?? '';
      const mapped = context.codes.targetGroup(id);
      if (!mapped) note('unknown-target-group', { id: id || '—' });
      return mapped ? [mapped.code] : [];
    }),
  );
  const ageGroups = unique(
    arr(json.vekoveSkupiny).flatMap((item) => {
      const id = ref(obj(item)?.vekovaSkupina) ?? ref(item) ?? firstRef(item, 'VekovaSkupinaOsoby') ?? '';
      const mapped = context.codes.ageGroup(id);
      if (!mapped) note('unknown-age-group', { id: id || '—' });
      return mapped ? [mapped.code] : [];
    }),
  );
  // Capacity belongs to its form: a residential and an outpatient capacity are never added up.
  const capacity = uniqueBy(
    arr(json.formy).flatMap((form) => {
      const formCode = context.codes.form(ref(obj(form)?.forma) ?? '');
      return arr(obj(form)?.kapacity).flatMap((item) => {
        const capacityItem = obj(item) ?? {};
        const id = ref(capacityItem.typ) ?? '';
        const unit = context.codes.capacityUnit(id);
        const count = Number(capacityItem.pocet);
        if (!unit) note('unknown-capacity-unit', { id: id || '—' });
        if (!unit || !Number.isInteger(count) || count < 0) return [];
        const text = clean(str(capacityItem.popis));
        const entry: NonNullable<Service['capacity']>[number] = { count, unit };
        if (formCode) entry.form = formCode;
        if (text) entry.note = text;
        return [entry];
      });
    }),
    (item) => `${item.count}|${item.unit}|${item.form ?? ''}`,
  );

  const facilityName = facilities(json)
    .filter((facility) => !isHidden(facility))
    .map((facility) => clean(str(facility.nazev)))
    .find(Boolean);
  const typeLabel = serviceTypeEntry(type.code)!.cs;
  const service: Service = {
    id: `rpss-${identifikator}`,
    organizationId: organization.id,
    name: `${typeLabel} – ${facilityName ?? providerName}`,
    kind: 'social',
    serviceType: type.code,
  };
  if (/^\d{7}$/.test(identifikator)) service.registryId = identifikator;
  if (locations.length) service.locationIds = locations.map((location) => location.id);
  if (forms.length) service.forms = forms;
  if (targetGroups.length) service.targetGroups = targetGroups;
  if (ageGroups.length) service.ageGroups = ageGroups;

  const served = areaServed(json, context.gazetteer);
  const visibleTowns = locations.filter((location) => location.address).map((location) => location.address!.city);
  if (served.length) service.areaServed = served;
  else if (forms.includes('terenni') && visibleTowns.length) service.areaServed = unique(visibleTowns);

  const phones = contactPhones(json.telefony, clean, note);
  if (phones.length) service.phones = phones;
  const [email, ...moreEmails] = allValid(json.emaily, 'email', normalizeEmail, clean, note, 'bad-email');
  if (email) service.email = email;
  if (moreEmails.length) service.emails = moreEmails.map((address) => ({ address }));
  const [url, ...moreUrls] = allValid(json.weby, 'web', normalizeUrl, clean, note, 'bad-url');
  if (url) service.url = url;
  if (moreUrls.length) service.websites = moreUrls.map((address) => ({ url: address }));
  if (arr(json.formy).some((form) => obj(form)?.nepretrzitePoskytovani === true)) {
    service.schedule = { alwaysOpen: true };
  }
  if (capacity.length) service.capacity = capacity;
  const start = str(json.datumPoskytovaniOd);
  const end = str(json.datumPoskytovaniDo);
  if (start && /^\d{4}-\d{2}-\d{2}$/.test(start)) service.validFrom = start;
  if (end && /^\d{4}-\d{2}-\d{2}$/.test(end)) service.validTo = end;
  const portalId = str(json.portalId);
  if (portalId) service.origin = { registry: 'rpss', id: portalId };
  if (start && start > context.today) {
    note('not-yet', { date: start });
    service.status = 'inactive';
  } else service.status = 'active';
  return { service, organization, locations };
}

function mapProvider(provider: Json, name: string, note: (code: Note['code'], params?: Note['params']) => void) {
  const ico = str(provider.ico);
  const validIco = ico ? normalizeIco(ico) : undefined;
  if (ico && !validIco) note('bad-ico', { value: ico });
  const organization: Organization = {
    id: validIco ? `org-${validIco}` : `org-rpss-${slug(name) || 'poskytovatel'}`,
    name,
  };
  if (validIco) organization.ico = validIco;
  const keep = (text: string | undefined) => text;
  const url = firstValid(provider.weby, 'web', normalizeUrl, keep, note, 'bad-url');
  if (url) organization.url = url;
  const email = firstValid(provider.emaily, 'email', normalizeEmail, keep, note, 'bad-email');
  if (email) organization.email = email;
  const phones = contactPhones(provider.telefony, keep, note);
  if (phones.length) organization.phones = phones;
  return organization;
}

function mapFacility(
  facility: Json,
  fallbackId: string,
  context: MapContext,
  clean: (text: string | undefined) => string | undefined,
  note: (code: Note['code'], params?: Note['params']) => void,
): Location | undefined {
  const address = obj(facility.adresa);
  const townCode = refCode(address?.obec, 'Obec');
  if (isHidden(facility)) {
    // A secret address: nothing but its town, and an id that does not carry its address code.
    const city = context.gazetteer.townName(townCode);
    const location: Location = { id: `${fallbackId}-utajena`, name: 'Adresa je utajena', hidden: true };
    if (city) location.address = { city, ...territoryOf(address, context.gazetteer) };
    return location;
  }
  const code = Number(address?.kodAdresnihoMista);
  const hasCode = Number.isInteger(code) && code > 0;
  const name = clean(str(facility.nazev));
  if (!address || (!townCode && !hasCode)) {
    note('no-address', { name: name ?? '—' });
    return undefined;
  }
  const point = hasCode ? context.points.get(code) : undefined;
  const location: Location = { id: hasCode ? `loc-${code}` : fallbackId };
  if (name) location.name = name;
  const city = point?.town || context.gazetteer.townName(townCode ?? point?.townCode);
  if (city) {
    const street = point?.street ?? streetLine(address);
    const postalCode = point?.postalCode ?? postal(str(address.psc));
    location.address = { city, ...territoryOf(address, context.gazetteer) };
    if (street) location.address.street = street;
    if (postalCode) location.address.postalCode = postalCode;
  } else note('town-unknown', { code: townCode ?? '—' });
  if (hasCode) location.ruianCode = code;
  if (point?.latitude !== undefined && point.longitude !== undefined) {
    location.latitude = point.latitude;
    location.longitude = point.longitude;
  }
  return location;
}

/** The district and region of a registry address, named when the gazetteer knows them (RÚIAN codes). */
function territoryOf(
  address: Json | undefined,
  gazetteer: Gazetteer,
): Pick<NonNullable<Location['address']>, 'district' | 'region'> {
  const result: Pick<NonNullable<Location['address']>, 'district' | 'region'> = {};
  const okres = refCode(address?.okres, 'Okres');
  const kraj = refCode(address?.kraj, 'Kraj');
  const okresName = okres ? gazetteer.okresy.get(okres) : undefined;
  const krajName = kraj ? gazetteer.kraje.get(kraj) : undefined;
  if (okres && okresName)
    result.district = /^\d{1,5}$/.test(okres) ? { name: okresName, code: okres } : { name: okresName };
  if (kraj && krajName) result.region = /^\d{1,4}$/.test(kraj) ? { name: krajName, code: kraj } : { name: krajName };
  return result;
}

/** "Lipová 123/4" from the registry's address parts, when RÚIAN does not give it. */
function streetLine(address: Json): string | undefined {
  const street = str(obj(address.ulice)?.nazev);
  const house = str(address.cisloDomovni);
  const orientation = str(address.cisloOrientacni);
  const number = house ? `${house}${orientation ? `/${orientation}` : ''}` : orientation;
  if (street) return number ? `${street} ${number}` : street;
  return house ? `č. p. ${house}` : undefined;
}

const postal = (value: string | undefined) =>
  value && /^\d{5}$/.test(value.replace(/\s/g, ''))
    ? `${value.replace(/\s/g, '').slice(0, 3)} ${value.replace(/\s/g, '').slice(3)}`
    : undefined;

function areaServed(record: Json, gazetteer: Gazetteer): string[] {
  return unique(
    territorialRefs(record.rozsirenePusobnostiVKraji).flatMap((place) => {
      if (place.obec) return gazetteer.townName(place.obec) ?? [];
      if (place.okres) return gazetteer.okresy.has(place.okres) ? `okres ${gazetteer.okresy.get(place.okres)}` : [];
      if (place.kraj) return gazetteer.kraje.get(place.kraj) ?? [];
      return [];
    }),
  );
}

function contactPhones(
  value: unknown,
  clean: (text: string | undefined) => string | undefined,
  note: (code: Note['code'], params?: Note['params']) => void,
) {
  const numbers = arr(value).flatMap((item) => {
    const text = clean(str(obj(item)?.telefon));
    if (!text) return [];
    return splitPhones(text).flatMap((part) => {
      const phone = normalizePhone(part);
      if (!phone) note('bad-phone', { value: part });
      return phone ? [phone] : [];
    });
  });
  // The registry's `poznamka` beside a number often names a person: not copied.
  return unique(numbers).map((number) => ({ number }));
}

function firstValid(
  value: unknown,
  key: string,
  normalize: (text: string) => string | undefined,
  clean: (text: string | undefined) => string | undefined,
  note: (code: Note['code'], params?: Note['params']) => void,
  problem: Note['code'],
): string | undefined {
  return allValid(value, key, normalize, clean, note, problem)[0];
}

/** Every readable value of a contact list, each once; a field holding two ("a@x.cz, b@y.cz") gives both. */
function allValid(
  value: unknown,
  key: string,
  normalize: (text: string) => string | undefined,
  clean: (text: string | undefined) => string | undefined,
  note: (code: Note['code'], params?: Note['params']) => void,
  problem: Note['code'],
): string[] {
  const found: string[] = [];
  for (const item of arr(value)) {
    const text = clean(str(obj(item)?.[key]));
    if (!text) continue;
    for (const part of text.split(/[,;]\s*|\s+(?=\S+@)/).filter(Boolean)) {
      const normalized = normalize(part);
      if (normalized) found.push(normalized);
      else note(problem, { value: part });
    }
  }
  return unique(found);
}

function firstRef(value: unknown, prefix: string): string | undefined {
  if (typeof value === 'string' && value.startsWith(`${prefix}/`)) return value;
  if (Array.isArray(value)) return value.map((item) => firstRef(item, prefix)).find(Boolean);
  if (obj(value))
    return Object.values(value as Json)
      .map((item) => firstRef(item, prefix))
      .find(Boolean);
  return undefined;
}

const unique = <T>(items: T[]) => [...new Set(items)];
const uniqueBy = <T>(items: T[], key: (item: T) => string) => [
  ...new Map(items.map((item) => [key(item), item])).values(),
];
