/**
 * A catalogue as Open Referral HSDS 3.0 JSON, for exchange with other directories.
 *
 * HSDS 3.0's canonical form is JSON, dereferenced: each service embeds its organization, its
 * service_at_locations (each with its location and addresses), phones, schedules, service areas,
 * languages and attributes. HSDS has no package for many records except the API's `Page`, so the
 * services are written as one Page, as `GET /services` returns them (with everything embedded).
 *
 * Ids are UUIDs (HSDS 3.0 requires the uuid format), derived from the catalogue's ids by a
 * name-based UUID (version 5), so an export of the same catalogue gives the same ids. The
 * catalogue's Czech fields (service type with its §, forms, target and age groups, registered
 * capacity, RPSS id) travel as attributes with taxonomy terms; IČO as an organization identifier;
 * the RÚIAN code as the location's external identifier. A hidden address exports its town only.
 */
import { createHash } from 'node:crypto';
import '../catalogue/codelist-translations.js';
import '../catalogue/national-crisis-lines.translations.js';
import {
  ageGroup,
  capacityUnit,
  codeLabel,
  form,
  serviceType,
  targetGroup,
  type CodeListEntry,
} from '../catalogue/codelists.js';
import type { LocalizedText, Location, Phone, Service } from '../catalogue/schema.js';
import { textIn } from '../catalogue/text.js';
import type { Catalogue } from '../catalogue/validate.js';

// The namespace of Pomoc's name-based UUIDs (itself a random UUID, fixed once).
const NAMESPACE = Buffer.from('6f1c1e0a4b7d4e2a9c5b3d8e7f6a2b1c', 'hex');

/** A version-5 UUID (RFC 9562) for one record of one kind. */
export function uuidFor(kind: string, id: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${kind}:${id}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Json = Record<string, unknown>;

const WEEKDAY = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' } as const;
const STATUS = { active: 'active', inactive: 'inactive', 'temporarily-closed': 'temporarily closed' } as const;

/** Leaves out empty values: HSDS readers treat a missing field and an empty one alike. */
function compact<T extends Json>(record: T): T {
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete record[key];
  }
  return record;
}

export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Json[];
}

/** All services of a validated catalogue as one HSDS 3.0 Page of dereferenced services, texts in `lang`. */
export function toHsds(catalogue: Catalogue, lang = catalogue.meta.language): HsdsPage {
  const text = (value: LocalizedText | undefined) =>
    value === undefined ? undefined : textIn(value, lang, catalogue.meta.language);
  const contents = catalogue.services.map((service) => hsdsService(service, catalogue, text, lang));
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

type TextOf = (value: LocalizedText | undefined) => string | undefined;

function hsdsService(service: Service, catalogue: Catalogue, text: TextOf, lang: string): Json {
  const id = uuidFor('service', service.id);
  const organization = catalogue.organizationById.get(service.organizationId)!;
  const organizationId = uuidFor('organization', organization.id);
  const ages = (service.ageGroups ?? []).map((code) => ageGroup(code)!);
  const fees = text(service.fees) ?? (service.freeOfCharge ? (lang === 'cs' ? 'Zdarma' : 'Free of charge') : undefined);
  return compact({
    id,
    organization_id: organizationId,
    name: text(service.name),
    alternate_name: text(service.alternateName),
    description: text(service.description),
    url: service.url,
    email: service.email,
    status: STATUS[service.status ?? 'active'],
    application_process: text(service.applicationProcess),
    fees_description: fees,
    eligibility_description: text(service.eligibility),
    minimum_age: ages.length ? Math.min(...ages.map((age) => age.minAge)) : undefined,
    maximum_age:
      ages.length && ages.every((age) => age.maxAge !== undefined)
        ? Math.max(...ages.map((age) => age.maxAge!))
        : undefined,
    assured_date: service.assuredDate,
    phones: phones(service.phones, { service_id: id }, `service:${service.id}`, text),
    schedules: schedules(service, id, text),
    service_areas: (service.areaServed ?? []).map((name) => ({
      id: uuidFor('service_area', `${service.id}:${name}`),
      service_id: id,
      name,
    })),
    languages: (service.languages ?? []).map((code) => ({
      id: uuidFor('language', `${service.id}:${code}`),
      service_id: id,
      code,
    })),
    organization: compact({
      id: organizationId,
      name: text(organization.name),
      // HSDS requires a description; the name stands in when the catalogue has none.
      description: text(organization.description) ?? text(organization.name),
      email: organization.email,
      website: organization.url,
      phones: phones(organization.phones, { organization_id: organizationId }, `organization:${organization.id}`, text),
      organization_identifiers: organization.ico
        ? [
            {
              id: uuidFor('organization_identifier', organization.id),
              organization_id: organizationId,
              identifier_scheme: 'CZ-ICO',
              identifier_type: 'IČO',
              identifier: organization.ico,
            },
          ]
        : [],
    }),
    service_at_locations: (service.locationIds ?? []).map((locationId) => {
      const location = catalogue.locationById.get(locationId)!;
      return {
        id: uuidFor('service_at_location', `${service.id}:${locationId}`),
        service_id: id,
        location_id: uuidFor('location', locationId),
        location: hsdsLocation(location, organizationId, text, lang),
      };
    }),
    attributes: attributes(service, id, lang),
  });
}

function hsdsLocation(location: Location, organizationId: string, text: TextOf, lang: string): Json {
  const id = uuidFor('location', location.id);
  const city = location.address?.city;
  if (location.hidden) {
    // Nothing of a secret address leaves the catalogue but its town.
    return compact({
      id,
      location_type: 'physical',
      organization_id: organizationId,
      name: lang === 'cs' ? 'Adresa je utajena' : 'The address is confidential',
      description: city
        ? lang === 'cs'
          ? `Utajená adresa v obci ${city}.`
          : `A confidential address in ${city}.`
        : undefined,
    });
  }
  return compact({
    id,
    location_type: 'physical',
    organization_id: organizationId,
    name: text(location.name),
    transportation: text(location.transport),
    latitude: location.latitude,
    longitude: location.longitude,
    external_identifier: location.ruianCode === undefined ? undefined : String(location.ruianCode),
    external_identifier_type: location.ruianCode === undefined ? undefined : 'RUIAN-ADM',
    addresses: location.address
      ? [
          {
            id: uuidFor('address', location.id),
            location_id: id,
            // HSDS requires a first line and a state; a Czech address without a street has its town there.
            address_1: location.address.street ?? location.address.city,
            city: location.address.city,
            state_province: '',
            postal_code: location.address.postalCode ?? '',
            country: 'CZ',
            address_type: 'physical',
          },
        ]
      : [],
    accessibility:
      location.accessibility || location.wheelchair
        ? [
            compact({
              id: uuidFor('accessibility', location.id),
              location_id: id,
              description: text(location.accessibility),
              details: location.wheelchair ? `wheelchair: ${location.wheelchair}` : undefined,
            }),
          ]
        : [],
  });
}

function phones(list: Phone[] | undefined, owner: Json, key: string, text: TextOf): Json[] {
  return (list ?? []).map((phone, index) =>
    compact({
      id: uuidFor('phone', `${key}:${index}`),
      ...owner,
      number: phone.number,
      type: 'voice',
      description: text(phone.description),
    }),
  );
}

function schedules(service: Service, serviceId: string, text: TextOf): Json[] {
  const schedule = service.schedule;
  if (!schedule) return [];
  const notes = text(schedule.note);
  if (schedule.alwaysOpen) {
    // HSDS has no "always open"; its guidance is 00:00–23:59 every day.
    return [
      compact({
        id: uuidFor('schedule', `${service.id}:nonstop`),
        service_id: serviceId,
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR,SA,SU',
        opens_at: '00:00',
        closes_at: '23:59',
        description: 'Nonstop',
        notes,
      }),
    ];
  }
  return (schedule.hours ?? []).map((range, index) =>
    compact({
      id: uuidFor('schedule', `${service.id}:${index}`),
      service_id: serviceId,
      freq: 'WEEKLY',
      byday: range.days.map((day) => WEEKDAY[day]).join(','),
      opens_at: range.opens,
      closes_at: range.closes === '24:00' ? '23:59' : range.closes,
      notes,
    }),
  );
}

/** The Czech classifications as HSDS attributes, one taxonomy per code list. */
function attributes(service: Service, serviceId: string, lang: string): Json[] {
  const label = (entry: CodeListEntry | undefined) =>
    entry ? codeLabel(entry, lang === 'cs' ? 'cs' : 'en') : undefined;
  const attribute = (
    taxonomy: string,
    linkType: string,
    code: string,
    name: string | undefined,
    value?: string,
    description?: string,
  ) => {
    const termId = uuidFor('taxonomy_term', `${taxonomy}:${code}`);
    return compact({
      id: uuidFor('attribute', `${service.id}:${taxonomy}:${code}:${value ?? ''}`),
      link_id: serviceId,
      link_type: linkType,
      link_entity: 'service',
      taxonomy_term_id: termId,
      value,
      taxonomy_term: compact({ id: termId, code, name: name ?? code, description, taxonomy, language: lang }),
    });
  };
  const type = serviceType(service.serviceType);
  const list: Json[] = [
    attribute(
      'pomoc-service-type',
      'service_type',
      service.serviceType,
      label(type),
      undefined,
      type?.paragraph ? `Zákon č. 108/2006 Sb., ${type.paragraph}` : undefined,
    ),
    attribute('pomoc-kind', 'service_kind', service.kind, service.kind),
  ];
  for (const code of service.forms ?? []) list.push(attribute('pomoc-form', 'form', code, label(form(code))));
  for (const code of service.targetGroups ?? [])
    list.push(attribute('pomoc-target-group', 'target_group', code, label(targetGroup(code))));
  for (const code of service.ageGroups ?? [])
    list.push(attribute('pomoc-age-group', 'age_group', code, label(ageGroup(code))));
  for (const capacity of service.capacity ?? []) {
    list.push(
      attribute(
        'pomoc-capacity',
        'registered_capacity',
        capacity.unit,
        label(capacityUnit(capacity.unit)),
        String(capacity.count),
      ),
    );
  }
  if (service.registryId)
    list.push(
      attribute('cz-rpss', 'registry_id', 'rpss', 'Registr poskytovatelů sociálních služeb (MPSV)', service.registryId),
    );
  for (const tag of service.tags ?? []) list.push(attribute('pomoc-tag', 'tag', tag, tag));
  return list;
}
