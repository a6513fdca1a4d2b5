/**
 * The national catalogue of seniors' services that a public pipeline publishes daily
 * (zdenekpesicka/AutomatizaceKatalogu, `data/katalog.json`, schema 1.x): `mista[]` places, each an
 * address point with its services from MPSV's register of social services (RPSS) and ÚZIS' register
 * of health-care providers (NRPZS) merged in `sluzby[]`. See /work/shared/RPSS.md §5.
 *
 * One place is read at a time (the command streams the file) and added to a Collector, which puts
 * services seen at several places together. What the format has is kept: both sources, forms with
 * their capacities, every contact, places with their RÚIAN codes, coordinates, town part, district
 * and region, the health care at a care home. The pipeline's web-tab `kategorie` are left out: they
 * are derived from the service types, which are kept.
 *
 * A registration at several addresses carries at each the name of the facility there ("… středisko
 * Dačice"): that name goes to the place (location.name), and the service gets the part its names
 * share, or its type and provider, so that one branch's name does not appear at the others.
 */
import { serviceType as serviceTypeEntry, type CapacityUnitCode, type FormCode } from '../catalogue/codelists.js';
import type { Location, Organization, Service } from '../catalogue/schema.js';
import type { Note } from './notes.js';
import { foldText, normalizeIco, normalizePostalCode, slug } from './normalize.js';
import type { RegistryCodes } from './registry-codes.js';

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

const FORMS: Record<string, FormCode> = { amb: 'ambulantni', pob: 'pobytova', ter: 'terenni' };
const UNITS = new Set<string>(['klient', 'kontakt', 'interv', 'luzka', 'hovor']);

/** The area chosen with --kraj, --okres, --obec (by name or code) and --orp (towns by code, from --uzemi). */
export interface KatalogArea {
  kraj: string[];
  okres: string[];
  obec: string[];
  /** Codes of the towns in the chosen ORPs. */
  orpTowns?: ReadonlySet<string>;
}

/** Whether a place lies in the chosen area (any of the choices); everything when none is chosen. */
export function placeInArea(place: unknown, area: KatalogArea): boolean {
  const address = obj(obj(place)?.adresa) ?? {};
  const any = area.kraj.length || area.okres.length || area.obec.length || area.orpTowns;
  if (!any) return true;
  const matches = (values: string[], name: unknown, code: unknown) => {
    const folded = foldText(str(name) ?? '');
    const codeText = (str(code) ?? '').toLowerCase();
    return values.some((value) => {
      const wanted = foldText(value);
      // "Jihočeský" finds "Jihočeský kraj"; a code finds its unit.
      return (
        wanted === codeText.toLowerCase() ||
        wanted === folded ||
        (folded.length > 0 && folded.split(' ').includes(wanted) && wanted.length > 3)
      );
    });
  };
  if (matches(area.kraj, address.kraj, address.kodKraje)) return true;
  if (matches(area.okres, address.okres, address.kodOkresu)) return true;
  if (area.obec.length) {
    const town = foldText(str(address.obec) ?? '');
    const code = str(address.kodObce);
    // "Praha" also finds "Praha 6": the districts of a city are in the city.
    if (area.obec.some((value) => foldText(value) === town || value === code || town.startsWith(`${foldText(value)} `)))
      return true;
  }
  const code = str(address.kodObce);
  return !!(area.orpTowns && code && area.orpTowns.has(code));
}

interface ServiceDraft {
  service: Service;
  /** The facility name at each place, in the order the places came. */
  names: string[];
  providerName: string;
}

export interface CollectedCatalogue {
  organizations: Organization[];
  locations: Location[];
  services: Service[];
  /** Which registries the data came from. */
  sources: Set<'MPSV' | 'UZIS'>;
}

// Prague's districts come as towns ("Praha 6", "Praha-Suchdol"): the city is Praha, the district its part.
const PRAGUE_DISTRICT = /^Praha(?:\s+\d+|-\S.*)$/;

/** The places and services of the file, read one place at a time. */
export class Collector {
  private readonly organizations = new Map<string, Organization>();
  private readonly locations = new Map<string, Location>();
  private readonly drafts = new Map<string, ServiceDraft>();
  readonly sources = new Set<'MPSV' | 'UZIS'>();

  constructor(
    private readonly codes: RegistryCodes,
    private readonly notes: Note[],
  ) {}

  add(place: unknown): void {
    const json = obj(place);
    if (!json) return;
    const placeId = str(json.id) ?? `misto-${str(json.kodAdresnihoMista) ?? this.locations.size + 1}`;
    const where = placeId;
    // One location per facility name at the address: a care home and a hospital ward in one
    // building are two places with their own names, at one point of the map.
    const byName = new Map<string, string>();
    for (const item of arr(json.sluzby)) {
      const entry = obj(item);
      if (!entry) continue;
      const name = str(entry.nazev) ?? '';
      let locationId = byName.get(name);
      if (locationId === undefined) {
        locationId = byName.size === 0 ? placeId : `${placeId}.${shortHash(name)}`;
        byName.set(name, locationId);
        const location = this.location(json, locationId, name);
        if (!this.locations.has(locationId)) this.locations.set(locationId, location);
      }
      this.service(entry, locationId, name, where);
    }
  }

  private location(place: Json, id: string, name: string): Location {
    const location: Location = { id };
    if (name) location.name = name;
    const address = obj(place.adresa);
    const town = str(address?.obec);
    if (address && town) {
      const prague = PRAGUE_DISTRICT.test(town) && /praha/i.test(str(address.kraj) ?? str(address.okres) ?? 'Praha');
      const city = prague ? 'Praha' : town;
      const out: NonNullable<Location['address']> = { city };
      const street = streetLine(address);
      if (street) out.street = street;
      const postal = str(address.psc);
      const postalCode = postal ? normalizePostalCode(postal) : undefined;
      if (postalCode) out.postalCode = postalCode;
      if (prague) out.cityDistrict = town;
      const part = str(address.castObce);
      if (part && foldText(part) !== foldText(town) && foldText(part) !== foldText(city)) out.townPart = part;
      const okres = str(address.okres);
      const okresCode = str(address.kodOkresu);
      if (okres)
        out.district =
          okresCode && /^CZ0\d{2}[0-9A-Z]$/.test(okresCode) ? { name: okres, code: okresCode } : { name: okres };
      const kraj = str(address.kraj);
      const krajCode = str(address.kodKraje);
      if (kraj) out.region = krajCode && /^CZ0\d{2}$/.test(krajCode) ? { name: kraj, code: krajCode } : { name: kraj };
      location.address = out;
    }
    const code = Number(place.kodAdresnihoMista);
    if (Number.isInteger(code) && code > 0) location.ruianCode = code;
    const point = obj(place.souradnice);
    const lat = point?.lat;
    const lng = point?.lng;
    if (typeof lat === 'number' && typeof lng === 'number') {
      location.latitude = lat;
      location.longitude = lng;
    }
    if (place.poskytujeZdravotniPeci === true) location.healthCare = true;
    return location;
  }

  private service(entry: Json, locationId: string, name: string, where: string) {
    const id = str(entry.id);
    if (!id) return;
    const known = this.drafts.get(id);
    if (known) {
      const ids = (known.service.locationIds ??= []);
      if (!ids.includes(locationId)) ids.push(locationId);
      if (name) known.names.push(name);
      return;
    }
    const note = (code: Note['code'], params?: Note['params']) =>
      this.notes.push({ code, where: `${id} (${where})`, params });
    const source = str(entry.zdroj) === 'UZIS' ? 'UZIS' : 'MPSV';
    const type = obj(entry.druhSluzby) ?? {};
    const typeCode = str(type.kod) ?? '';
    const typeName = str(type.nazev) ?? '';
    let serviceType: Service['serviceType'] | undefined;
    if (source === 'MPSV') {
      // The registry's own label first: it is read from its code list, where our ids are partly inferred.
      serviceType = this.codes.serviceTypeByLabel(typeName) ?? this.codes.serviceType(typeCode)?.code;
      if (!serviceType) {
        note('unknown-service-type', { id: `${typeCode} ${typeName}`.trim() || '—' });
        return;
      }
    } else serviceType = healthCareType(typeName);
    this.sources.add(source);

    const provider = obj(entry.poskytovatel) ?? {};
    const providerName = str(provider.nazev);
    if (!providerName) {
      note('no-provider');
      return;
    }
    const organization = this.organization(provider, providerName, note);
    const service: Service = {
      id,
      organizationId: organization.id,
      name: name || providerName,
      kind: source === 'UZIS' ? 'related' : 'social',
      serviceType,
      locationIds: [locationId],
      origin: { registry: source === 'UZIS' ? 'nrpzs' : 'rpss', id: id.replace(/^(mpsv|uzis)-/, '') },
    };
    const forms: FormCode[] = [];
    const capacity: NonNullable<Service['capacity']> = [];
    for (const item of arr(entry.formy)) {
      const formJson = obj(item) ?? {};
      const form = FORMS[str(formJson.forma) ?? ''];
      if (!form) {
        note('unknown-form', { id: str(formJson.forma) ?? '—' });
        continue;
      }
      if (!forms.includes(form)) forms.push(form);
      for (const capacityItem of arr(formJson.kapacitaRegistrovana)) {
        const json = obj(capacityItem) ?? {};
        const unit = str(json.typ) ?? '';
        const count = Number(json.pocet);
        if (!UNITS.has(unit)) note('unknown-capacity-unit', { id: unit || '—' });
        else if (Number.isInteger(count) && count >= 0) capacity.push({ count, unit: unit as CapacityUnitCode, form });
      }
    }
    if (forms.length) service.forms = forms;
    if (capacity.length) service.capacity = capacity;
    const from = str(entry.datumPoskytovaniOd);
    const to = str(entry.datumPoskytovaniDo);
    if (from && /^\d{4}-\d{2}-\d{2}$/.test(from)) service.validFrom = from;
    if (to && /^\d{4}-\d{2}-\d{2}$/.test(to)) service.validTo = to;
    // ÚZIS fields of care ("geriatrie", "ošetřovatelská péče") and its care type are what people search for.
    const fields = [...arr(entry.oboryPece).map(str), str(entry.oborPece)].filter((item): item is string => !!item);
    const tags = [...new Set([...(source === 'UZIS' && typeName ? [typeName] : []), ...fields])];
    if (tags.length) service.tags = tags;

    // Contacts as written: validation repairs what has one reading and reports it (the same code as the widgets).
    const contact = obj(entry.kontakt) ?? {};
    const webs = arr(contact.weby)
      .map(str)
      .filter((item): item is string => !!item);
    const emails = arr(contact.emaily)
      .map(str)
      .filter((item): item is string => !!item);
    const phones = arr(contact.telefony)
      .map(str)
      .filter((item): item is string => !!item);
    if (webs.length) service.url = webs[0];
    if (webs.length > 1) service.websites = webs.slice(1).map((url) => ({ url }));
    if (emails.length) service.email = emails[0];
    if (emails.length > 1) service.emails = emails.slice(1).map((address) => ({ address }));
    if (phones.length) service.phones = [...new Set(phones)].map((number) => ({ number }));
    this.drafts.set(id, { service, names: name ? [name] : [], providerName });
  }

  private organization(provider: Json, name: string, note: (code: Note['code'], params?: Note['params']) => void) {
    const ico = str(provider.ico);
    const valid = ico ? normalizeIco(ico) : undefined;
    if (ico && !valid) note('bad-ico', { value: ico });
    const id = valid ? `org-${valid}` : `org-${slug(name) || 'poskytovatel'}`;
    let organization = this.organizations.get(id);
    if (!organization) {
      organization = { id, name };
      if (valid) organization.ico = valid;
      this.organizations.set(id, organization);
    }
    return organization;
  }

  /** Everything read, with each service named (see the file's comment). */
  result(): CollectedCatalogue {
    const services = [...this.drafts.values()].map(({ service, names, providerName }) => {
      const distinct = [...new Set(names)];
      if (distinct.length > 1) {
        const shared = commonName(distinct);
        const type = serviceTypeEntry(service.serviceType)?.cs ?? '';
        service.name = shared ?? `${type} – ${providerName}`;
      }
      return service;
    });
    return {
      organizations: [...this.organizations.values()],
      locations: [...this.locations.values()],
      services,
      sources: this.sources,
    };
  }
}

/** The words several names begin with, when they say something ("Pečovatelská služba Charity Třeboň"). */
export function commonName(names: readonly string[]): string | undefined {
  const words = names.map((name) => name.split(/\s+/));
  const shared: string[] = [];
  for (let i = 0; ; i++) {
    const word = words[0][i];
    if (word === undefined || words.some((list) => list[i] !== word)) break;
    shared.push(word);
  }
  // Cut at the last separator the names share ("… Hradecko – středisko Dačice" → "… Hradecko"):
  // the words after it name one branch.
  const separator = shared.findLastIndex((word) => /^[–—:-]$/.test(word) || /[,:]$/.test(word));
  if (separator >= 0) shared.length = /^[–—:-]$/.test(shared[separator]) ? separator : separator + 1;
  const text = shared
    .join(' ')
    .replace(/[\s,–—:-]+$/, '')
    .replace(/\s+(a|v|ve|na|pro|s|se)$/i, '');
  return text.split(/\s+/).length >= 2 && text.length >= 8 ? text : undefined;
}

/** Our related-service type for an ÚZIS care type ("Hospic", "Domácí péče", "Léčebna dlouhodobě nemocných"). */
function healthCareType(name: string): Service['serviceType'] {
  const folded = foldText(name);
  if (/hospic|paliativ/.test(folded)) return 'paliativni-a-hospicova-pece';
  if (/domaci/.test(folded)) return 'domaci-zdravotni-pece';
  return 'zdravotni-pece';
}

/** "Lipová 123/4"; ÚZIS writes both numbers in cisloOrientacni ("2063/46"), MPSV separately. */
function streetLine(address: Json): string | undefined {
  const street = str(address.ulice);
  const house = str(address.cisloDomovni);
  const orientation = str(address.cisloOrientacni);
  const number = house ? `${house}${orientation ? `/${orientation}` : ''}` : orientation;
  if (street) return number ? `${street} ${number}` : street;
  return house ? `č. p. ${house}` : undefined;
}

/** A short stable hash of a name, for the ids of second and further facilities at one address. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
