/**
 * The catalogue format, version 1.1, defined once. The TypeScript types and
 * `data-schema/catalogue.schema.json` are both derived from these schemas.
 *
 * Names follow Open Referral HSDS 3.0 where they fit (organization, location, service, schedule,
 * assuredDate, status, applicationProcess); Czech fields are added (service type by paragraph of
 * Act 108/2006, forms, target and age groups, registered capacity, RPSS id, IČO, RÚIAN code,
 * hidden address). References are the fields named `…Id` / `…Ids`.
 *
 * Error messages are keys (see messages.ts), so that the same report reads in Czech or English.
 *
 * Version 1.1 only adds optional fields (contact lists, a place's district, region and town part,
 * a service's validity and origin, capacity per form, the catalogue's sources): a version-1 file is
 * valid and means the same. A single `email` / `url` stays; `emails` / `websites` add more.
 */
import * as z from 'zod/mini';
import {
  DATE_PATTERN,
  DISTRICT_CODE_PATTERN,
  EMAIL_PATTERN,
  HTTP_URL_PATTERN,
  ICO_PATTERN,
  ID_PATTERN,
  LANG_PATTERN,
  PHONE_CHARS_PATTERN,
  PHONE_PATTERN,
  POSTAL_CODE_PATTERN,
  REGION_CODE_PATTERN,
  REGISTRIES,
  REGISTRY_ID_PATTERN,
  SCHEMA_VERSIONS,
  SERVICE_STATUSES,
  TIME_PATTERN,
  WEEKDAYS,
  isValidIco,
} from './constants.js';
export * from './constants.js';
import {
  AGE_GROUP_CODES,
  CAPACITY_UNIT_CODES,
  FORM_CODES,
  SERVICE_TYPE_CODES,
  TARGET_GROUP_CODES,
} from './codelists.js';
import {
  hasOneTarget,
  hasSynonymTarget,
  hasTranslations,
  hoursNotEmpty,
  isCalendarDate,
  isClosedRing,
  isPhoneLength,
  trim,
} from './schema-checks.js';

// No code generated at run time: a town's page with a strict Content-Security-Policy (no eval) must
// not even see zod try `new Function`, which it reports as a violation although zod recovers.
z.config({ jitless: true });

/**
 * A copy of `schema` that carries a description for the JSON Schema. Kept as metadata rather than
 * a check, so that z.compile can compile the validator.
 */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, { description });
  return copy;
}

const nonEmpty = () => z.string().check(z.overwrite(trim), z.minLength(1, { error: 'text-empty' }));
const pattern = (re: RegExp, key: string) => z.string().check(z.overwrite(trim), z.regex(re, { error: key }));

export const id = () => pattern(ID_PATTERN, 'id');
export const langCode = () => pattern(LANG_PATTERN, 'lang');

/** Human-readable text: a plain string in the catalogue's language, or translations by language. */
export const localizedText = z
  .union([nonEmpty(), z.record(langCode(), nonEmpty()).check(z.refine(hasTranslations, { error: 'text-empty' }))])
  .register(z.globalRegistry, {
    description: 'Text: a string, or an object of translations keyed by language code, e.g. {"cs": "…", "en": "…"}.',
  });

const httpUrl = () =>
  pattern(HTTP_URL_PATTERN, 'url').register(z.globalRegistry, {
    description: 'A web address starting with http:// or https://.',
  });
const email = () => pattern(EMAIL_PATTERN, 'email');
const date = () =>
  pattern(DATE_PATTERN, 'date')
    .check(z.refine(isCalendarDate, { error: 'date' }))
    .register(z.globalRegistry, { description: 'A date, YYYY-MM-DD.' });
const time = () =>
  pattern(TIME_PATTERN, 'time').register(z.globalRegistry, { description: 'A time of day, HH:MM (24-hour).' });
const ids = () => z.array(id());
const strings = () => z.array(nonEmpty());

// Three checks, so that the message gives the true reason: characters, then length, then shape.
const phoneNumber = () =>
  z
    .string()
    .check(
      z.overwrite(trim),
      z.regex(PHONE_CHARS_PATTERN, { error: 'phone', abort: true }),
      z.refine(isPhoneLength, { error: 'phone-length', abort: true }),
      z.regex(PHONE_PATTERN, { error: 'phone' }),
    )
    .register(z.globalRegistry, { description: 'Digits, spaces and an optional leading +; one number.' });

const label = () =>
  described(localizedText, 'What the contact is for, e.g. "reception", "social worker", "in Ukrainian".');

export const phoneSchema = z.object({
  number: phoneNumber(),
  description: z.optional(label()),
});

export const emailEntrySchema = z.object({
  address: email(),
  description: z.optional(label()),
});

export const websiteSchema = z.object({
  url: httpUrl(),
  description: z.optional(label()),
});

export const openingHoursSchema = z
  .object({
    days: z.array(z.enum(WEEKDAYS)).check(z.minLength(1, { error: 'array-empty' })),
    opens: time(),
    closes: time(),
  })
  .check(z.refine(hoursNotEmpty, { error: 'hours-empty', path: ['closes'] }))
  .register(z.globalRegistry, {
    description: 'Opening hours on the given days. A closing time before the opening time runs past midnight.',
  });

export const scheduleSchema = z.object({
  alwaysOpen: z.optional(z.boolean().register(z.globalRegistry, { description: 'Open non-stop.' })),
  byAppointment: z.optional(z.boolean()),
  hours: z.optional(z.array(openingHoursSchema)),
  openOnPublicHolidays: z.optional(
    z.boolean().register(z.globalRegistry, { description: 'Open on Czech public holidays too.' }),
  ),
  note: z.optional(described(localizedText, 'Exceptions and remarks, e.g. closed in August.')),
});

export const catalogueMetaSchema = z.object({
  title: localizedText,
  description: z.optional(localizedText),
  area: z.optional(described(localizedText, 'The area the catalogue covers, e.g. ORP Rokycany.')),
  publisher: z.object({ name: localizedText, email: z.optional(email()), url: z.optional(httpUrl()) }),
  updated: date(),
  language: langCode().register(z.globalRegistry, { description: 'The language of plain-string texts.' }),
  licence: z.optional(nonEmpty()),
  sample: z.optional(
    z.boolean().register(z.globalRegistry, { description: 'True for sample data that must not be taken as real.' }),
  ),
  sources: z.optional(
    z
      .array(
        z.object({
          name: localizedText,
          url: z.optional(httpUrl()),
          licence: z.optional(nonEmpty()),
          attribution: z.optional(localizedText),
          updated: z.optional(date()),
        }),
      )
      .register(z.globalRegistry, {
        description:
          'Where the data come from, with their licence and the attribution it asks for (e.g. ÚZIS data under CC BY 4.0); shown with the widgets.',
      }),
  ),
});

export const organizationSchema = z.object({
  id: id(),
  name: localizedText,
  ico: z.optional(
    pattern(ICO_PATTERN, 'ico')
      .check(z.refine(isValidIco, { error: 'ico-checksum' }))
      .register(z.globalRegistry, { description: 'IČO: eight digits with a valid check digit.' }),
  ),
  description: z.optional(localizedText),
  url: z.optional(httpUrl()),
  email: z.optional(email()),
  phones: z.optional(z.array(phoneSchema)),
  emails: z.optional(z.array(emailEntrySchema)),
  websites: z.optional(z.array(websiteSchema)),
});

const territorialUnit = (codePattern: RegExp, description: string) =>
  z
    .object({ name: nonEmpty(), code: z.optional(pattern(codePattern, 'territory-code')) })
    .register(z.globalRegistry, { description });

export const locationSchema = z.object({
  id: id(),
  name: z.optional(localizedText),
  address: z.optional(
    z.object({
      street: z.optional(nonEmpty()),
      city: nonEmpty(),
      postalCode: z.optional(pattern(POSTAL_CODE_PATTERN, 'postal-code')),
      townPart: z.optional(described(nonEmpty(), 'The part of the town (část obce), e.g. "Dejvice", "Nové Město".')),
      cityDistrict: z.optional(
        described(
          nonEmpty(),
          'The city district (městská část, městský obvod), e.g. "Praha 6", "Brno-střed"; `city` is then the whole city ("Praha").',
        ),
      ),
      district: z.optional(
        territorialUnit(DISTRICT_CODE_PATTERN, 'The district (okres): its name and LAU 1 code (CZ0324) or RÚIAN code.'),
      ),
      region: z.optional(
        territorialUnit(REGION_CODE_PATTERN, 'The region (kraj): its name and NUTS 3 code (CZ032) or RÚIAN code.'),
      ),
    }),
  ),
  ruianCode: z.optional(
    z
      .int()
      .check(z.positive({ error: 'number' }))
      .register(z.globalRegistry, { description: 'RÚIAN address point code (kód adresního místa).' }),
  ),
  latitude: z.optional(z.number().check(z.gte(-90, { error: 'number' }), z.lte(90, { error: 'number' }))),
  longitude: z.optional(z.number().check(z.gte(-180, { error: 'number' }), z.lte(180, { error: 'number' }))),
  hidden: z.optional(
    z.boolean().register(z.globalRegistry, {
      description: 'A secret address (e.g. a shelter): never shown or mapped; only the town is kept.',
    }),
  ),
  accessibility: z.optional(localizedText),
  wheelchair: z.optional(z.enum(['yes', 'partial', 'no'])),
  transport: z.optional(localizedText),
  healthCare: z.optional(
    z.boolean().register(z.globalRegistry, {
      description: 'Health care is provided here too (e.g. the nursing unit of a care home, registered by ÚZIS).',
    }),
  ),
  phones: z.optional(z.array(phoneSchema)),
  emails: z.optional(z.array(emailEntrySchema)),
  websites: z.optional(z.array(websiteSchema)),
});

// GeoJSON positions are [longitude, latitude]; a ring is closed (its last position repeats the first).
const position = z.tuple([
  z.number().check(z.gte(-180, { error: 'number' }), z.lte(180, { error: 'number' })),
  z.number().check(z.gte(-90, { error: 'number' }), z.lte(90, { error: 'number' })),
]);
const ring = z.array(position).check(z.minLength(4, { error: 'ring' }), z.refine(isClosedRing, { error: 'ring' }));
const polygon = z.array(ring).check(z.minLength(1, { error: 'array-empty' }));

export const areaGeometrySchema = z
  .union([
    z.object({ type: z.literal('Polygon'), coordinates: polygon }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(polygon).check(z.minLength(1, { error: 'array-empty' })),
    }),
  ])
  .register(z.globalRegistry, {
    description:
      'The area served as a GeoJSON Polygon or MultiPolygon (WGS84, [longitude, latitude]); maps draw it instead of the towns.',
  });

export const serviceSchema = z.object({
  id: id(),
  organizationId: id(),
  locationIds: z.optional(ids()),
  name: localizedText,
  alternateName: z.optional(localizedText),
  description: z.optional(localizedText),
  kind: z
    .enum(['social', 'related'])
    .register(z.globalRegistry, { description: 'social: registered under Act 108/2006; related: any other help.' }),
  serviceType: z.enum(SERVICE_TYPE_CODES),
  registryId: z.optional(
    pattern(REGISTRY_ID_PATTERN, 'registry-id').register(z.globalRegistry, {
      description: 'RPSS identifikátor, 7 digits.',
    }),
  ),
  forms: z.optional(z.array(z.enum(FORM_CODES))),
  targetGroups: z.optional(z.array(z.enum(TARGET_GROUP_CODES))),
  ageGroups: z.optional(z.array(z.enum(AGE_GROUP_CODES))),
  areaServed: z.optional(
    strings().register(z.globalRegistry, { description: 'Towns served (for outreach services).' }),
  ),
  areaGeometry: z.optional(areaGeometrySchema),
  freeOfCharge: z.optional(z.boolean()),
  fees: z.optional(localizedText),
  eligibility: z.optional(localizedText),
  applicationProcess: z.optional(localizedText),
  languages: z.optional(z.array(langCode())),
  phones: z.optional(z.array(phoneSchema)),
  email: z.optional(email()),
  url: z.optional(httpUrl()),
  emails: z.optional(z.array(emailEntrySchema)),
  websites: z.optional(z.array(websiteSchema)),
  schedule: z.optional(scheduleSchema),
  capacity: z.optional(
    z
      .array(
        z.object({
          count: z.int().check(z.nonnegative({ error: 'number' })),
          unit: z.enum(CAPACITY_UNIT_CODES),
          form: z.optional(
            z.enum(FORM_CODES).register(z.globalRegistry, {
              description: 'The form this capacity belongs to: capacities of different forms are never added up.',
            }),
          ),
          note: z.optional(localizedText),
        }),
      )
      .register(z.globalRegistry, { description: 'Registered maximum capacity, not free places.' }),
  ),
  validFrom: z.optional(
    date().register(z.globalRegistry, { description: 'The first day the service is provided (registration start).' }),
  ),
  validTo: z.optional(
    date().register(z.globalRegistry, {
      description: 'The last day the service is provided; after it, the widgets no longer show it.',
    }),
  ),
  origin: z.optional(
    z.object({ registry: z.enum(REGISTRIES), id: nonEmpty() }).register(z.globalRegistry, {
      description:
        'The registry record this service was imported from: rpss (MPSV, the portal id) or nrpzs (ÚZIS, the facility id).',
    }),
  ),
  assuredDate: z.optional(
    date().register(z.globalRegistry, { description: 'When a person last checked this record.' }),
  ),
  status: z.optional(z.enum(SERVICE_STATUSES)),
  tags: z.optional(strings()),
});

export const answerSchema = z
  .object({
    label: localizedText,
    questionId: z.optional(id()),
    outcomeId: z.optional(id()),
  })
  .check(z.refine(hasOneTarget, { error: 'answer-target' }))
  .register(z.globalRegistry, {
    description: 'An answer leads to exactly one further question (questionId) or outcome (outcomeId).',
  });

export const questionSchema = z.object({
  id: id(),
  text: localizedText,
  help: z.optional(localizedText),
  safety: z.optional(
    z.boolean().register(z.globalRegistry, { description: 'A safety question ("Are you safe right now?").' }),
  ),
  answers: z.array(answerSchema).check(z.minLength(1, { error: 'array-empty' })),
});

export const stepSchema = z.object({
  title: localizedText,
  text: z.optional(localizedText),
  where: z.optional(localizedText),
  costs: z.optional(localizedText),
  deadline: z.optional(localizedText),
});

export const outcomeSchema = z.object({
  id: id(),
  title: localizedText,
  summary: z.optional(localizedText),
  urgent: z.optional(z.boolean().register(z.globalRegistry, { description: 'Show crisis lines first.' })),
  sensitive: z.optional(
    z.boolean().register(z.globalRegistry, { description: 'A violence-related path: quick exit, nothing kept.' }),
  ),
  steps: z.array(stepSchema),
  documents: z.optional(z.array(localizedText)),
  match: z.optional(
    z.object({
      serviceTypes: z.optional(z.array(z.enum(SERVICE_TYPE_CODES))),
      targetGroups: z.optional(z.array(z.enum(TARGET_GROUP_CODES))),
      ageGroups: z.optional(z.array(z.enum(AGE_GROUP_CODES))),
      tags: z.optional(strings()),
    }),
  ),
  why: z.optional(described(localizedText, 'Why these kinds of service fit.')),
  crisisLineIds: z.optional(ids()),
});

export const situationSchema = z.object({
  id: id(),
  title: localizedText,
  summary: localizedText,
  sensitive: z.optional(z.boolean()),
  tags: z.optional(strings()),
  startQuestionId: id(),
  questions: z.array(questionSchema).check(z.minLength(1, { error: 'array-empty' })),
  outcomes: z.array(outcomeSchema).check(z.minLength(1, { error: 'array-empty' })),
});

export const crisisLineSchema = z.object({
  id: id(),
  name: localizedText,
  phone: phoneNumber(),
  hours: z.optional(localizedText),
  alwaysOpen: z.optional(z.boolean()),
  free: z.optional(z.boolean()),
  audience: z.optional(localizedText),
  description: z.optional(localizedText),
  url: z.optional(httpUrl()),
});

/**
 * A catalogue's own words for its services, added to the library's table (synonyms.ts): a local
 * name everyone uses ("Kopretina" for the town's day centre is a name, already found; "senior
 * taxi", "obědy" or a regional abbreviation are not), mapped to kinds of service or groups.
 */
export const synonymSchema = z
  .object({
    id: id(),
    terms: described(
      z.array(nonEmpty()).check(z.minLength(1, { error: 'array-empty' })),
      'What residents type, as whole phrases; case and diacritics are ignored, a one-word abbreviation matches only as a whole word.',
    ),
    lang: z.optional(described(langCode(), "The language of the terms; the catalogue's language when left out.")),
    serviceTypes: z.optional(z.array(z.enum(SERVICE_TYPE_CODES))),
    targetGroups: z.optional(z.array(z.enum(TARGET_GROUP_CODES))),
    topic: z.optional(
      z.boolean().register(z.globalRegistry, {
        description:
          'A topic rather than a kind of service ("exekuce"): services whose own texts speak of it are found too.',
      }),
    ),
    note: z.optional(described(nonEmpty(), 'Where the usage comes from and why it maps so (for the next editor).')),
  })
  .check(z.refine(hasSynonymTarget, { error: 'synonym-target', path: ['serviceTypes'] }));

/** The whole file. The loader validates record by record; this is for the JSON Schema. */
export const catalogueSchema = z
  .object({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(SCHEMA_VERSIONS),
    catalogue: catalogueMetaSchema,
    organizations: z.array(organizationSchema),
    locations: z.optional(z.array(locationSchema)),
    services: z.array(serviceSchema),
    situations: z.optional(z.array(situationSchema)),
    crisisLines: z.optional(z.array(crisisLineSchema)),
    synonyms: z.optional(z.array(synonymSchema)),
  })
  .register(z.globalRegistry, {
    description: 'Pomoc catalogue of social and related services, format version 1.1 (reads 1 too).',
  });

// Named definitions in the generated JSON Schema.
z.globalRegistry.add(localizedText, { ...z.globalRegistry.get(localizedText), id: 'LocalizedText' });
z.globalRegistry.add(phoneSchema, { ...z.globalRegistry.get(phoneSchema), id: 'Phone' });
z.globalRegistry.add(emailEntrySchema, { ...z.globalRegistry.get(emailEntrySchema), id: 'Email' });
z.globalRegistry.add(websiteSchema, { ...z.globalRegistry.get(websiteSchema), id: 'Website' });
z.globalRegistry.add(openingHoursSchema, { ...z.globalRegistry.get(openingHoursSchema), id: 'OpeningHours' });
z.globalRegistry.add(scheduleSchema, { ...z.globalRegistry.get(scheduleSchema), id: 'Schedule' });
z.globalRegistry.add(catalogueMetaSchema, { ...z.globalRegistry.get(catalogueMetaSchema), id: 'CatalogueMeta' });
z.globalRegistry.add(organizationSchema, { ...z.globalRegistry.get(organizationSchema), id: 'Organization' });
z.globalRegistry.add(locationSchema, { ...z.globalRegistry.get(locationSchema), id: 'Location' });
z.globalRegistry.add(serviceSchema, { ...z.globalRegistry.get(serviceSchema), id: 'Service' });
z.globalRegistry.add(synonymSchema, { ...z.globalRegistry.get(synonymSchema), id: 'Synonym' });
z.globalRegistry.add(answerSchema, { ...z.globalRegistry.get(answerSchema), id: 'Answer' });
z.globalRegistry.add(questionSchema, { ...z.globalRegistry.get(questionSchema), id: 'Question' });
z.globalRegistry.add(stepSchema, { ...z.globalRegistry.get(stepSchema), id: 'Step' });
z.globalRegistry.add(outcomeSchema, { ...z.globalRegistry.get(outcomeSchema), id: 'Outcome' });
z.globalRegistry.add(situationSchema, { ...z.globalRegistry.get(situationSchema), id: 'Situation' });
z.globalRegistry.add(crisisLineSchema, { ...z.globalRegistry.get(crisisLineSchema), id: 'CrisisLine' });

export type LocalizedText = z.infer<typeof localizedText>;
export type Phone = z.infer<typeof phoneSchema>;
export type EmailEntry = z.infer<typeof emailEntrySchema>;
export type Website = z.infer<typeof websiteSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type CatalogueMeta = z.infer<typeof catalogueMetaSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Location = z.infer<typeof locationSchema>;
export type AreaGeometry = z.infer<typeof areaGeometrySchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Situation = z.infer<typeof situationSchema>;
export type CrisisLine = z.infer<typeof crisisLineSchema>;
export type CatalogueSynonym = z.infer<typeof synonymSchema>;
export type CatalogueFile = z.infer<typeof catalogueSchema>;
