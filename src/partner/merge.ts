/**
 * A fresh registry import merged into the catalogue a town already keeps. The registry owns what
 * it registers (type, forms, groups, capacity, contacts, addresses, the provider's IČO); the town
 * owns what it wrote by hand (names it chose, descriptions, eligibility, fees, hours, tags,
 * translations, accessibility, related services, life situations, crisis lines), and keeps it.
 */
import type { LocalizedText, Location, Organization, Phone, Service } from '../catalogue/schema.js';
import type { CatalogueParts } from './output.js';

export type ChangeKind = 'added' | 'updated' | 'missing';

export interface Change {
  kind: ChangeKind;
  entity: 'service' | 'organization' | 'location';
  id: string;
  name: string;
  /** The fields that changed (updated). */
  fields?: string[];
}

export interface MergeResult {
  parts: CatalogueParts;
  changes: Change[];
  unchanged: number;
}

const REGISTRY_SERVICE_FIELDS = [
  'kind',
  'serviceType',
  'registryId',
  'forms',
  'targetGroups',
  'ageGroups',
  'capacity',
  'email',
  'url',
  'emails',
  'websites',
  'validFrom',
  'validTo',
  'origin',
] as const satisfies readonly (keyof Service)[];

// Places the importers made: `loc-<RÚIAN code>`, `loc-rpss-…` or the national catalogue's
// `misto-…`; any other id was added by hand.
const isRegistryLocationId = (id: string) => /^(loc-(\d+|rpss-)|misto-)/.test(id);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const plain = (text: LocalizedText | undefined, lang: string) =>
  typeof text === 'string' ? text : text ? (text[lang] ?? Object.values(text)[0]) : '';

export function mergeImport(existing: CatalogueParts, imported: CatalogueParts, lang: string): MergeResult {
  const changes: Change[] = [];
  let unchanged = 0;
  const record = (entity: Change['entity'], before: object | undefined, after: { id: string }, name: string) => {
    if (!before) {
      changes.push({ kind: 'added', entity, id: after.id, name });
      return;
    }
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    const fields = [...keys].filter((key) => !same((before as never)[key], (after as never)[key])).sort();
    if (fields.length) changes.push({ kind: 'updated', entity, id: after.id, name, fields });
    else unchanged++;
  };

  // Providers: matched by IČO, else by id; the town's id is kept so its references hold.
  const organizations = existing.organizations.map((organization) => structuredClone(organization));
  const organizationId = new Map<string, string>();
  for (const incoming of imported.organizations) {
    const index = organizations.findIndex(
      (organization) => (incoming.ico && organization.ico === incoming.ico) || organization.id === incoming.id,
    );
    if (index < 0) {
      organizations.push(incoming);
      organizationId.set(incoming.id, incoming.id);
      record('organization', undefined, incoming, plain(incoming.name, lang));
      continue;
    }
    const before = organizations[index];
    const after: Organization = { ...before, name: updateText(before.name, incoming.name, lang) };
    for (const key of ['ico', 'url', 'email'] as const) if (incoming[key] !== undefined) after[key] = incoming[key];
    const phones = mergePhones(before.phones, incoming.phones);
    if (phones) after.phones = phones;
    organizations[index] = after;
    organizationId.set(incoming.id, before.id);
    record('organization', before, after, plain(after.name, lang));
  }

  // Places: matched by RÚIAN code, else by id.
  const locations = (existing.locations ?? []).map((location) => structuredClone(location));
  const locationId = new Map<string, string>();
  for (const incoming of imported.locations ?? []) {
    // By id first: two facilities at one address point share its RÚIAN code but not their ids.
    let index = locations.findIndex((location) => location.id === incoming.id);
    if (index < 0) {
      index = locations.findIndex(
        (location) =>
          !incoming.hidden &&
          incoming.ruianCode !== undefined &&
          location.ruianCode === incoming.ruianCode &&
          (!location.name || !incoming.name || same(location.name, incoming.name)),
      );
    }
    if (index < 0) {
      locations.push(incoming);
      locationId.set(incoming.id, incoming.id);
      record('location', undefined, incoming, plain(incoming.name, lang) || incoming.address?.city || incoming.id);
      continue;
    }
    const before = locations[index];
    const after = mergeLocation(before, incoming);
    locations[index] = after;
    locationId.set(incoming.id, before.id);
    record('location', before, after, plain(after.name, lang) || after.address?.city || after.id);
  }

  // Services: matched by registry id, else by id.
  const services = existing.services.map((service) => structuredClone(service));
  const matched = new Set<number>();
  for (const incoming of imported.services) {
    const remapped: Service = {
      ...incoming,
      organizationId: organizationId.get(incoming.organizationId) ?? incoming.organizationId,
      ...(incoming.locationIds ? { locationIds: incoming.locationIds.map((id) => locationId.get(id) ?? id) } : {}),
    };
    const index = services.findIndex(
      (service) =>
        (remapped.registryId !== undefined && service.registryId === remapped.registryId) || service.id === remapped.id,
    );
    if (index < 0) {
      services.push(remapped);
      matched.add(services.length - 1);
      record('service', undefined, remapped, plain(remapped.name, lang));
      continue;
    }
    matched.add(index);
    const before = services[index];
    const after = mergeService(before, remapped);
    services[index] = after;
    record('service', before, after, plain(after.name, lang));
  }

  // Registered services the registry no longer lists for this area: kept for the town to decide.
  services.forEach((service, index) => {
    if (matched.has(index) || (service.registryId === undefined && service.origin === undefined)) return;
    if (service.status !== 'inactive') {
      services[index] = { ...service, status: 'inactive' };
      changes.push({ kind: 'missing', entity: 'service', id: service.id, name: plain(service.name, lang) });
    }
  });

  return {
    parts: {
      organizations,
      locations,
      services,
      situations: existing.situations,
      crisisLines: existing.crisisLines,
      synonyms: existing.synonyms,
    },
    changes,
    unchanged,
  };
}

function mergeService(before: Service, incoming: Service): Service {
  const after: Service = { ...before, organizationId: incoming.organizationId };
  for (const key of REGISTRY_SERVICE_FIELDS) {
    if (incoming[key] === undefined) delete after[key];
    else (after as Record<string, unknown>)[key] = incoming[key];
  }
  // The registry's places replace its earlier ones; places the town added stay.
  const own = (before.locationIds ?? []).filter((id) => !isRegistryLocationId(id));
  const locationIds = [...new Set([...(incoming.locationIds ?? []), ...own])];
  if (locationIds.length) after.locationIds = locationIds;
  else delete after.locationIds;
  const phones = mergePhones(before.phones, incoming.phones);
  if (phones) after.phones = phones;
  if (incoming.areaServed) after.areaServed = [...new Set([...incoming.areaServed, ...(before.areaServed ?? [])])];
  // Hours the town wrote are richer than the registry's non-stop flag.
  if (!before.schedule && incoming.schedule) after.schedule = incoming.schedule;
  // "Not yet started" comes from the registry; a temporary closure is the town's to set.
  if (incoming.status === 'inactive' || before.status !== 'temporarily-closed') after.status = incoming.status;
  return after;
}

function mergeLocation(before: Location, incoming: Location): Location {
  if (incoming.hidden) {
    // A hidden address stays hidden whatever the catalogue had: only its town is kept.
    const after: Location = { id: before.id, name: before.name ?? incoming.name, hidden: true };
    const city = incoming.address?.city ?? before.address?.city;
    if (city) after.address = { city };
    for (const key of ['accessibility', 'wheelchair', 'transport'] as const) {
      if (before[key] !== undefined) (after as Record<string, unknown>)[key] = before[key];
    }
    return after;
  }
  const after: Location = { ...before };
  delete after.hidden;
  if (incoming.address) after.address = incoming.address;
  if (incoming.ruianCode !== undefined) after.ruianCode = incoming.ruianCode;
  if (!after.name && incoming.name) after.name = incoming.name;
  const moved = before.ruianCode !== undefined && incoming.ruianCode !== before.ruianCode;
  if (incoming.latitude !== undefined && incoming.longitude !== undefined) {
    after.latitude = incoming.latitude;
    after.longitude = incoming.longitude;
  } else if (moved) {
    // Coordinates of the old address would put the new one in the wrong place.
    delete after.latitude;
    delete after.longitude;
  }
  return after;
}

/** The source-language text is the registry's; translations the town added are kept. */
function updateText(before: LocalizedText, incoming: LocalizedText, lang: string): LocalizedText {
  if (typeof before === 'string' || typeof incoming !== 'string') return incoming;
  return { ...before, [lang]: incoming };
}

/** The registry's numbers first (with the town's description of the same number), then the town's other numbers. */
function mergePhones(before: Phone[] | undefined, incoming: Phone[] | undefined): Phone[] | undefined {
  if (!incoming?.length) return before;
  const digits = (phone: Phone) => phone.number.replace(/\D/g, '').replace(/^420/, '');
  const described = new Map((before ?? []).map((phone) => [digits(phone), phone]));
  const merged = incoming.map((phone) => described.get(digits(phone)) ?? phone);
  const registry = new Set(incoming.map(digits));
  return [...merged, ...(before ?? []).filter((phone) => !registry.has(digits(phone)))];
}
