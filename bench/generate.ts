/**
 * Deterministic generator of synthetic national-scale catalogues (format v1) for the benchmark.
 *
 *   npx tsx bench/generate.ts [sizes…]     writes bench/.data/catalogue-<n>.json and validates them
 *
 * The same seed and size always give the same file. Towns and their coordinates are real;
 * organisations, people, contacts and registry ids are invented.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  codeLabel,
  SERVICE_TYPE_CODES,
  serviceType as serviceTypeEntry,
  type ServiceTypeCode,
  type TargetGroupCode,
} from '../src/catalogue/codelists.js';
import type {
  CatalogueFile,
  CrisisLine,
  Location,
  OpeningHours,
  Organization,
  Phone,
  Schedule,
  Service,
  Situation,
  Weekday,
} from '../src/catalogue/schema.js';
import {
  ACCESSIBILITY,
  AGE_CODES,
  AGE_MIN,
  APPLICATION,
  CAPACITY_NOTES,
  ELIGIBILITY,
  ENGLISH_SENTENCES,
  FIRST_NAMES_F,
  GENERIC_SENTENCES,
  GROUP_SENTENCES,
  HOUSE_NAMES,
  LOCATION_NAMES,
  PROFILES,
  SAINTS,
  SCHEDULE_NOTES,
  STREETS,
  SURNAMES_F,
  TITLES,
  TRANSPORT,
  type ScheduleKind,
} from './texts.js';
import '../src/catalogue/codelist-translations.js';
import { Random } from './random.js';
import { REGIONS, TOWNS, distanceKm, type RegionCode, type Town } from './towns.js';

export const DEFAULT_SEED = 20260601;
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '.data');

// ---------------------------------------------------------------------------------------------
// Organisations

interface Archetype {
  weight: number;
  names: string[];
  pool: ServiceTypeCode[];
  description?: string;
}

const ARCHETYPES: Archetype[] = [
  {
    weight: 5,
    names: ['Oblastní charita {town}', 'Charita {town}', 'Farní charita {town}', 'Městská charita {town}'],
    description: 'Charita pomáhá lidem v nouzi v regionu {town} od roku {year}.',
    pool: [
      'pecovatelska-sluzba',
      'osobni-asistence',
      'odlehcovaci-sluzby',
      'azylove-domy',
      'nocleharny',
      'nizkoprahova-denni-centra',
      'terenni-programy',
      'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi',
      'odborne-socialni-poradenstvi',
      'dluhove-poradenstvi',
      'potravinova-a-materialni-pomoc',
      'nizkoprahova-zarizeni-pro-deti-a-mladez',
      'domaci-zdravotni-pece',
      'paliativni-a-hospicova-pece',
      'tisnova-pece',
      'pujcovna-kompenzacnich-pomucek',
      'centra-dennich-sluzeb',
      'denni-stacionare',
      'domovy-pro-seniory',
      'chranene-bydleni',
      'socialne-terapeuticke-dilny',
      'dobrovolnictvi',
    ],
  },
  {
    weight: 3,
    names: ['Diakonie ČCE – středisko {town}', 'Slezská diakonie – středisko {town}', 'Evangelická diakonie {town}'],
    description: 'Středisko diakonie poskytuje sociální služby lidem ve městě {town} a okolí.',
    pool: [
      'pecovatelska-sluzba',
      'osobni-asistence',
      'odlehcovaci-sluzby',
      'denni-stacionare',
      'chranene-bydleni',
      'rana-pece',
      'socialni-rehabilitace',
      'podpora-samostatneho-bydleni',
      'socialne-terapeuticke-dilny',
      'sluzby-nasledne-pece',
      'azylove-domy',
      'domovy-pro-osoby-se-zdravotnim-postizenim',
      'domovy-se-zvlastnim-rezimem',
      'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi',
      'odborne-socialni-poradenstvi',
      'intervencni-centra',
    ],
  },
  {
    weight: 5,
    names: [
      'Domov pro seniory {town}, příspěvková organizace',
      'Domov {name}, příspěvková organizace',
      'Sociální služby {town}, příspěvková organizace',
      'Centrum sociálních služeb {town}, příspěvková organizace',
      'Domov {name} {town}, p. o.',
    ],
    description: 'Příspěvková organizace zřízená krajem nebo městem {town}.',
    pool: [
      'domovy-pro-seniory',
      'domovy-se-zvlastnim-rezimem',
      'domovy-pro-osoby-se-zdravotnim-postizenim',
      'odlehcovaci-sluzby',
      'pecovatelska-sluzba',
      'denni-stacionare',
      'tydenni-stacionare',
      'chranene-bydleni',
      'centra-dennich-sluzeb',
      'socialne-aktivizacni-sluzby-pro-seniory-a-ozp',
      'tisnova-pece',
      'socialni-sluzby-ve-zdravotnickych-zarizenich',
    ],
  },
  {
    weight: 8,
    names: [
      '{name}, z. ú.',
      'Centrum {name}, z. ú.',
      '{name}, o. p. s.',
      'Spolek {name}, z. s.',
      '{name} {town}, z. s.',
      'Sdružení {name}, z. s.',
      'Centrum pro rodinu {name}, z. s.',
      'Nadační fond {name}',
    ],
    description: 'Nezisková organizace, která od roku {year} pomáhá lidem v regionu {town}.',
    pool: [
      'kontaktni-centra',
      'terenni-programy',
      'nizkoprahova-zarizeni-pro-deti-a-mladez',
      'krizova-pomoc',
      'intervencni-centra',
      'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi',
      'odborne-socialni-poradenstvi',
      'socialni-rehabilitace',
      'socialne-terapeuticke-dilny',
      'podpora-samostatneho-bydleni',
      'domy-na-pul-cesty',
      'terapeuticke-komunity',
      'sluzby-nasledne-pece',
      'adiktologicka-pece',
      'psychologicka-pomoc',
      'dobrovolnictvi',
      'rodinne-centrum',
      'tlumocnicke-sluzby',
      'pruvodcovske-a-predcitatelske-sluzby',
      'rana-pece',
      'telefonicka-krizova-pomoc',
      'osobni-asistence',
      'dluhove-poradenstvi',
      'pravni-poradenstvi',
      'zamestnavani',
      'chranene-bydleni',
      'centrum-dusevniho-zdravi',
      'jine-souvisejici',
      'volnocasove-aktivity',
      'azylove-domy',
      'socialne-aktivizacni-sluzby-pro-seniory-a-ozp',
    ],
  },
  {
    weight: 3,
    names: ['Město {town}', 'Městský úřad {town}'],
    pool: [
      'socialni-odbor-obce',
      'ospod',
      'bydleni',
      'prevence-kriminality',
      'pecovatelska-sluzba',
      'volnocasove-aktivity',
      'jine-souvisejici',
      'nocleharny',
    ],
  },
  {
    weight: 2,
    names: [
      'Nemocnice {town}, a. s.',
      'Psychiatrická nemocnice {town}',
      'Hospic {saint}, o. p. s.',
      'Léčebna dlouhodobě nemocných {town}',
      'Zdravotní a sociální služby {town}, s. r. o.',
    ],
    pool: [
      'zdravotni-pece',
      'socialni-sluzby-ve-zdravotnickych-zarizenich',
      'paliativni-a-hospicova-pece',
      'domaci-zdravotni-pece',
      'centrum-dusevniho-zdravi',
      'adiktologicka-pece',
      'psychologicka-pomoc',
    ],
  },
  { weight: 0.7, names: ['Úřad práce České republiky – krajská pobočka {town}'], pool: ['urad-prace'] },
  { weight: 0.4, names: ['Probační a mediační služba ČR – středisko {town}'], pool: ['probace-a-mediace'] },
  {
    weight: 0.7,
    names: ['Pedagogicko-psychologická poradna {town}', 'Speciálně pedagogické centrum {town}'],
    pool: ['skolske-poradenstvi'],
  },
];

const ORG_SERVICE_COUNTS = [1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6];

// Landline prefixes by region; mobile prefixes for the whole country.
const AREA_CODES: Record<RegionCode, string[]> = {
  PHA: ['221', '222', '224', '234', '251', '257', '271', '283', '296'],
  STC: ['311', '313', '317', '318', '321', '325', '326', '327'],
  JHC: ['380', '381', '382', '383', '384', '386', '387', '388'],
  PLK: ['371', '373', '374', '376', '377', '378', '379'],
  KVK: ['352', '353', '354', '359'],
  ULK: ['411', '412', '415', '416', '417', '472', '474', '475', '476', '478'],
  LBK: ['481', '482', '483', '485', '487', '488'],
  HKK: ['491', '492', '493', '494', '495', '499'],
  PAK: ['461', '462', '465', '466', '467', '469'],
  VYS: ['561', '564', '565', '566', '567', '568'],
  JHM: ['515', '516', '517', '518', '519', '541', '542', '543', '545', '547'],
  OLK: ['581', '582', '583', '584', '585', '587'],
  ZLK: ['571', '572', '573', '574', '576', '577'],
  MSK: ['553', '554', '556', '558', '595', '596', '597', '599'],
};
const MOBILE_PREFIXES = ['601', '602', '603', '605', '606', '608', '702', '720', '724', '725', '728', '731', '732'];
const MOBILE_MORE = ['733', '734', '736', '737', '739', '773', '774', '775', '776', '777', '792', '799'];
const MOBILES = [...MOBILE_PREFIXES, ...MOBILE_MORE];

const WEEKDAYS_WORK: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr'];
const WEEK: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));

/** An IČO with a valid mod-11 check digit. */
function makeIco(random: Random): string {
  const digits = Array.from({ length: 7 }, () => random.int(0, 9));
  digits[0] = random.pick([0, 2, 4, 6, 7]);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += digits[i] * (8 - i);
  return digits.join('') + String((11 - (sum % 11)) % 10);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------
// The generator

interface OrgState {
  org: Organization;
  home: Town;
  domain: string;
  short: string;
  house: string;
  archetype: Archetype;
  /** Its ordinary (not hidden, not own-building) locations by town name. */
  offices: Map<string, Location>;
  locationCount: number;
  usedTypes: Set<string>;
}

export interface GenerateOptions {
  services: number;
  seed?: number;
}

export function generateCatalogue({ services: size, seed = DEFAULT_SEED }: GenerateOptions): CatalogueFile {
  const random = new Random(seed);
  const organizations: Organization[] = [];
  const locations: Location[] = [];
  const services: Service[] = [];
  const orgNames = new Set<string>();
  const serviceNames = new Set<string>();
  const uncovered: ServiceTypeCode[] = [...SERVICE_TYPE_CODES];

  // Bigger towns host more organisations.
  const townWeight = (town: Town) => {
    const rank = TOWNS.indexOf(town);
    return rank === 0 ? 14 : rank < 4 ? 6 : rank < 14 ? 3 : rank < 60 ? 1.5 : 1;
  };
  const nearest = new Map<Town, Town[]>();
  const nearTowns = (town: Town) => {
    let list = nearest.get(town);
    if (!list) {
      list = [...TOWNS].sort((a, b) => distanceKm(town, a) - distanceKm(town, b));
      nearest.set(town, list);
    }
    return list;
  };

  const person = () => {
    const title = random.pick(TITLES);
    return `${title ? `${title} ` : ''}${random.pick(FIRST_NAMES_F)} ${random.pick(SURNAMES_F)}`;
  };
  const phoneNumber = (region: RegionCode, mobile: boolean) => {
    const prefix = mobile ? random.pick(MOBILES) : random.pick(AREA_CODES[region]);
    const number = `${prefix} ${pad(random.int(0, 999), 3)} ${pad(random.int(0, 999), 3)}`;
    return random.chance(0.7) ? `+420 ${number}` : number;
  };
  const textVars = (town: Town) => ({
    town: town.name,
    region: REGIONS[town.region].genitive,
    year: random.int(1991, 2016),
    count: random.int(4, 120) * 50,
    person: person(),
  });

  const makeLocation = (state: OrgState, town: Town, options: { hidden?: boolean; name?: string }): Location => {
    state.locationCount++;
    const id = `${state.org.id.replace('org-', 'loc-')}-${state.locationCount}`;
    if (options.hidden) {
      const location: Location = {
        id,
        name: 'Adresa je utajena',
        address: { city: town.name },
        hidden: true,
      };
      locations.push(location);
      return location;
    }
    const street = `${random.pick(STREETS)} ${random.chance(0.5) ? `${random.int(1, 2999)}/${random.int(1, 60)}` : random.int(1, 1500)}`;
    const wheelchair = random.pick(['yes', 'yes', 'partial', 'no'] as const);
    const location: Location = {
      id,
      ...(options.name
        ? { name: options.name }
        : random.chance(0.6)
          ? { name: fill(random.pick(LOCATION_NAMES), { town: town.name }) }
          : {}),
      address: { street, city: town.name, postalCode: town.postalCode },
      ...(random.chance(0.7) ? { ruianCode: random.int(1_000_000, 99_999_999) } : {}),
      latitude: Math.round((town.lat + (random.next() - 0.5) * 0.03) * 1e6) / 1e6,
      longitude: Math.round((town.lon + (random.next() - 0.5) * 0.045) * 1e6) / 1e6,
      wheelchair,
      ...(random.chance(0.5) ? { accessibility: random.pick(ACCESSIBILITY[wheelchair]) } : {}),
      ...(random.chance(0.4) ? { transport: fill(random.pick(TRANSPORT), { street: random.pick(STREETS) }) } : {}),
    };
    locations.push(location);
    return location;
  };

  const makeOrganization = (archetype: Archetype, home: Town): OrgState => {
    const id = `org-${pad(organizations.length + 1, 5)}`;
    let name = '';
    let house = random.pick(HOUSE_NAMES);
    for (let attempt = 0; attempt < 8; attempt++) {
      const vars = { town: home.name, name: house, saint: random.pick(SAINTS) };
      name = fill(random.pick(archetype.names), vars);
      if (!orgNames.has(name)) break;
      house = random.pick(HOUSE_NAMES);
    }
    if (orgNames.has(name)) name = `${name.split(',')[0]} ${home.name} ${organizations.length + 1}`;
    orgNames.add(name);
    const short = name.split(/, (?:z\. ú\.|o\. p\. s\.|z\. s\.|p\. o\.|a\. s\.|s\. r\. o\.|příspěvková organizace)/)[0];
    const domain = `${slug(short).split('-').slice(0, 4).join('-')}.cz`;
    const org: Organization = {
      id,
      name,
      ico: makeIco(random),
      ...(archetype.description && random.chance(0.4)
        ? { description: fill(archetype.description, textVars(home)) }
        : {}),
      url: `https://www.${domain}/`,
      email: `${random.pick(['info', 'sekretariat', 'kancelar', 'reditel', 'podatelna'])}@${domain}`,
      phones: [{ number: phoneNumber(home.region, false) }],
    };
    organizations.push(org);
    const state: OrgState = {
      org,
      home,
      domain,
      short,
      house,
      archetype,
      offices: new Map(),
      locationCount: 0,
      usedTypes: new Set(),
    };
    state.offices.set(
      home.name,
      makeLocation(state, home, { name: random.chance(0.5) ? 'Sídlo organizace' : undefined }),
    );
    return state;
  };

  const office = (state: OrgState, town: Town) => {
    let location = state.offices.get(town.name);
    if (!location) state.offices.set(town.name, (location = makeLocation(state, town, {})));
    return location;
  };

  const schedule = (kind: ScheduleKind): Schedule => {
    const hours = (days: Weekday[], opens: string, closes: string): OpeningHours => ({ days, opens, closes });
    let result: Schedule;
    switch (kind) {
      case 'always':
        result = { alwaysOpen: true, openOnPublicHolidays: true };
        break;
      case 'care':
        result = random.chance(0.5)
          ? { hours: [hours(WEEKDAYS_WORK, '07:00', '15:30')] }
          : { hours: [hours(WEEKDAYS_WORK, '06:30', '19:00'), hours(['sa', 'su'], '07:00', '13:00')] };
        break;
      case 'extended':
        result = { hours: [hours(WEEK, random.pick(['06:00', '07:00']), random.pick(['20:00', '22:00']))] };
        break;
      case 'day':
        result = {
          hours: [hours(WEEKDAYS_WORK, random.pick(['07:00', '07:30', '08:00']), random.pick(['15:30', '16:00']))],
        };
        break;
      case 'afternoon':
        result = { hours: [hours(['mo', 'tu', 'we', 'th'], '13:00', '19:00'), hours(['fr'], '13:00', '17:00')] };
        break;
      case 'night':
        result = { hours: [hours(WEEK, '18:00', '08:00')], openOnPublicHolidays: true };
        break;
      case 'hotline':
        result = { hours: [hours(WEEK, random.pick(['08:00', '16:00']), '22:00')], openOnPublicHolidays: true };
        break;
      case 'weekdays':
        result = { hours: [hours(WEEKDAYS_WORK, '00:00', '24:00')] };
        break;
      case 'appointment':
        result = {
          byAppointment: true,
          hours: [hours(['mo', 'we'], '09:00', '17:00'), hours(['th'], '09:00', '12:00')],
        };
        break;
      case 'office':
      default:
        result = random.pick<Schedule>([
          {
            hours: [
              hours(['mo', 'we'], '08:00', '17:00'),
              hours(['tu', 'th'], '08:00', '14:00'),
              hours(['fr'], '08:00', '12:00'),
            ],
          },
          { hours: [hours(WEEKDAYS_WORK, '08:00', '16:00')] },
          { hours: [hours(['mo', 'we'], '09:00', '12:00'), hours(['mo', 'we'], '13:00', '17:00')] },
          { byAppointment: true, hours: [hours(['tu', 'th'], '08:30', '15:30')] },
        ]);
    }
    if (random.chance(0.25)) result = { ...result, note: random.pick(SCHEDULE_NOTES) };
    return result;
  };

  const capacity = (unit: NonNullable<Service['capacity']>[number]['unit']) => {
    const ranges = {
      luzka: [6, 160],
      klient: [10, 400],
      kontakt: [300, 9000],
      interv: [150, 3000],
      hovor: [800, 20000],
    };
    const [min, max] = ranges[unit];
    return [
      {
        count: random.int(min, max),
        unit,
        ...(random.chance(0.2) ? { note: random.pick(CAPACITY_NOTES) } : {}),
      },
    ];
  };

  const makeService = (state: OrgState, type: ServiceTypeCode) => {
    const profile = PROFILES[type];
    const entry = serviceTypeEntry(type)!;
    const n = services.length + 1;
    const repeated = state.usedTypes.has(type);
    state.usedTypes.add(type);
    const town = repeated || random.chance(0.15) ? random.pick(nearTowns(state.home).slice(1, 12)) : state.home;

    const locationIds: string[] = [];
    const serviceNameVars = {
      town: town.name,
      org: state.short,
      name: random.chance(0.5) ? state.house : random.pick(HOUSE_NAMES),
      region: REGIONS[town.region].genitive,
      saint: random.pick(SAINTS),
    };
    let name = fill(random.pick(profile.names), serviceNameVars);
    for (let attempt = 0; serviceNames.has(name) && attempt < 6; attempt++) {
      name = fill(random.pick(profile.names), { ...serviceNameVars, name: random.pick(HOUSE_NAMES) });
    }
    if (serviceNames.has(name)) name = `${name} – ${state.short}`;
    serviceNames.add(name);

    if (profile.ownBuilding && random.chance(profile.ownBuilding)) {
      const hidden = random.chance(profile.hidden ?? 0);
      locationIds.push(makeLocation(state, town, { hidden, name: hidden ? undefined : name }).id);
    } else {
      locationIds.push(office(state, town).id);
      if (random.chance(0.12)) {
        const other = [...state.offices.values()].find((location) => location.id !== locationIds[0]);
        if (other) locationIds.push(other.id);
      }
    }

    const forms = random.pick(profile.forms);
    const [firstGroup, ...otherGroups] = profile.targetGroups;
    const targetGroups: TargetGroupCode[] = [firstGroup, ...random.sample(otherGroups, random.int(0, 3))];
    const [ageFrom, ageTo] = profile.ages;
    const from = Math.min(ageTo, ageFrom + (random.chance(0.3) ? random.int(0, 1) : 0));
    const ageGroups = AGE_CODES.slice(from, ageTo + 1);
    const free = random.chance(profile.free);
    const vars = { ...textVars(town), minAge: AGE_MIN[from] };

    const sentences = random.sample(profile.sentences, random.int(1, 2)).map((s) => fill(s, vars));
    if (random.chance(0.55)) sentences.push(GROUP_SENTENCES[random.pick(targetGroups)]);
    if (sentences.length < 2 || random.chance(0.6)) sentences.push(fill(random.pick(GENERIC_SENTENCES), vars));
    const description = sentences.slice(0, 4).join(' ');
    const english = random.chance(0.03);

    const phones: Phone[] = [{ number: phoneNumber(town.region, random.chance(0.3)) }];
    if (random.chance(0.35)) {
      phones.push({
        number: phoneNumber(town.region, true),
        description: random.pick(['mobil', 'sociální pracovnice', 'vedoucí služby', 'mimo úřední hodiny']),
      });
    }

    const service: Service = {
      id: `svc-${pad(n, 6)}`,
      organizationId: state.org.id,
      locationIds,
      name: english ? { cs: name, en: `${codeLabel(entry, 'en')} ${town.name}` } : name,
      ...(profile.alternateNames && random.chance(0.3) ? { alternateName: random.pick(profile.alternateNames) } : {}),
      description: english ? { cs: description, en: random.pick(ENGLISH_SENTENCES) } : description,
      kind: entry.group === 'related' ? 'related' : 'social',
      serviceType: type,
      ...(entry.group !== 'related' ? { registryId: String(random.int(1_000_000, 9_999_999)) } : {}),
      forms,
      targetGroups,
      ageGroups,
      ...(forms.includes('terenni')
        ? {
            areaServed: nearTowns(town)
              .slice(0, random.int(2, 12))
              .map((t) => t.name),
          }
        : {}),
      freeOfCharge: free,
      ...(!free && profile.fees
        ? {
            fees: fill(random.pick(profile.fees), {
              hour: random.int(19, 33) * 5,
              food: random.int(33, 47) * 5,
              day: random.int(42, 76) * 5,
              small: random.int(2, 10) * 5,
              month: random.int(30, 90) * 100,
              flat: random.int(6, 12) * 50,
            }),
          }
        : {}),
      ...(random.chance(0.35)
        ? {
            eligibility: fill(
              random.pick(
                ELIGIBILITY.filter(
                  ({ when }) => !when || (when === 'care' ? entry.group === 'care' : forms.includes('pobytova')),
                ),
              ).text,
              vars,
            ),
          }
        : {}),
      ...(random.chance(0.45) ? { applicationProcess: random.pick(APPLICATION) } : {}),
      ...(random.chance(0.12)
        ? {
            languages: random.pick([
              ['cs', 'en'],
              ['cs', 'uk'],
              ['cs', 'de'],
              ['cs', 'ru', 'uk'],
              ['cs', 'pl'],
            ]),
          }
        : type === 'tlumocnicke-sluzby'
          ? { languages: ['cs', 'cse'] }
          : {}),
      phones,
      email: `${random.pick([slug(entry.cs).split('-')[0], 'info', 'socialni', 'poradna', 'sluzby'])}@${state.domain}`,
      ...(random.chance(0.8) ? { url: `https://www.${state.domain}/sluzby/${type}` } : {}),
      schedule: schedule(random.pick(profile.schedule)),
      ...(profile.capacity && entry.group !== 'related' ? { capacity: capacity(profile.capacity) } : {}),
      assuredDate: `${random.pick([2024, 2025, 2025, 2026])}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`,
      ...(random.chance(0.015)
        ? { status: 'inactive' as const }
        : random.chance(0.01)
          ? { status: 'temporarily-closed' as const }
          : {}),
      tags: random.sample(profile.tags, random.int(2, 4)),
    };
    services.push(service);
  };

  while (services.length < size) {
    const forced = uncovered.shift();
    const archetype = forced
      ? random.pick(ARCHETYPES.filter((a) => a.pool.includes(forced)))
      : random.weighted(ARCHETYPES, (a) => a.weight);
    const state = makeOrganization(archetype, random.weighted(TOWNS, townWeight));
    const count = Math.min(size - services.length, random.pick(ORG_SERVICE_COUNTS));
    for (let i = 0; i < count; i++) {
      const type = i === 0 && forced ? forced : random.weighted(archetype.pool, (code) => PROFILES[code].weight);
      makeService(state, type);
    }
  }

  return {
    schemaVersion: 1,
    catalogue: {
      title: { cs: `Katalog sociálních služeb ČR – syntetická data (${size} služeb)`, en: 'Synthetic Czech catalogue' },
      description: 'Syntetický katalog pro měření výkonu knihovny Pomoc. Organizace a kontakty jsou smyšlené.',
      area: 'Česká republika',
      publisher: { name: 'Pomoc – benchmark', email: 'bench@example.cz', url: 'https://www.example.cz/' },
      updated: '2026-06-01',
      language: 'cs',
      licence: 'CC0-1.0',
      sample: true,
    },
    organizations,
    locations,
    services,
    situations: SITUATIONS,
    crisisLines: CRISIS_LINES,
  };
}

// ---------------------------------------------------------------------------------------------
// Crisis lines (real national numbers) and life situations

const CRISIS_LINES: CrisisLine[] = [
  {
    id: 'linka-112',
    name: 'Tísňové volání',
    phone: '112',
    alwaysOpen: true,
    free: true,
    description: 'Jednotné evropské číslo tísňového volání: policie, záchranná služba, hasiči.',
  },
  {
    id: 'linka-bezpeci',
    name: 'Linka bezpečí',
    phone: '116 111',
    alwaysOpen: true,
    free: true,
    audience: 'Děti a studenti do 26 let',
  },
  {
    id: 'linka-prvni-psychicke-pomoci',
    name: 'Linka první psychické pomoci',
    phone: '116 123',
    alwaysOpen: true,
    free: true,
    audience: 'Dospělí v krizi',
  },
  {
    id: 'linka-pomoci-obetem',
    name: 'Linka pomoci obětem kriminality a domácího násilí',
    phone: '116 006',
    alwaysOpen: true,
    free: true,
    audience: 'Oběti trestných činů a domácího násilí',
  },
  {
    id: 'linka-seniorum',
    name: 'Linka seniorů',
    phone: '800 200 007',
    hours: 'Denně 8:00–20:00',
    free: true,
    audience: 'Senioři a jejich blízcí',
  },
  {
    id: 'linka-pro-rodinu-a-skolu',
    name: 'Linka pro rodinu a školu',
    phone: '116 000',
    alwaysOpen: true,
    free: true,
    audience: 'Rodiče, pedagogové, pohřešované děti',
  },
];

const step = (title: string, text?: string, where?: string) => ({
  title,
  ...(text ? { text } : {}),
  ...(where ? { where } : {}),
});

const SITUATIONS: Situation[] = [
  {
    id: 'sit-pece-o-blizkeho',
    title: { cs: 'Blízký potřebuje péči', en: 'A relative needs care' },
    summary: 'Co dělat, když se senior nebo člověk s postižením už sám nezvládne postarat o domácnost.',
    tags: ['péče', 'senioři'],
    startQuestionId: 'q-doma',
    questions: [
      {
        id: 'q-doma',
        text: 'Zvládne váš blízký zatím bydlet doma?',
        answers: [
          { label: 'Ano, s pomocí', questionId: 'q-odpocinek' },
          { label: 'Ne, potřebuje stálou péči', outcomeId: 'o-domov' },
        ],
      },
      {
        id: 'q-odpocinek',
        text: 'Potřebujete si jako pečující odpočinout?',
        answers: [
          { label: 'Ano', outcomeId: 'o-odlehceni' },
          { label: 'Ne, stačí pomoc doma', outcomeId: 'o-doma' },
        ],
      },
    ],
    outcomes: [
      {
        id: 'o-doma',
        title: 'Pomoc v domácnosti',
        steps: [
          step('Požádejte o příspěvek na péči', 'Žádost podáte na Úřadu práce podle místa bydliště.', 'Úřad práce ČR'),
          step('Domluvte pečovatelskou službu nebo osobní asistenci'),
        ],
        match: { serviceTypes: ['pecovatelska-sluzba', 'osobni-asistence', 'tisnova-pece'] },
        crisisLineIds: ['linka-seniorum'],
      },
      {
        id: 'o-odlehceni',
        title: 'Odlehčovací služba',
        steps: [step('Rezervujte pobyt v odlehčovací službě včas'), step('Využijte poradenství pro pečující')],
        match: {
          serviceTypes: ['odlehcovaci-sluzby', 'denni-stacionare'],
          targetGroups: ['pecujici-osoby', 'seniori'],
        },
      },
      {
        id: 'o-domov',
        title: 'Pobytová péče',
        steps: [
          step('Podejte žádosti do více domovů najednou', 'Pořadníky bývají dlouhé.'),
          step('Mezitím zajistěte péči doma nebo odlehčovací pobyt'),
        ],
        documents: ['Vyjádření praktického lékaře', 'Občanský průkaz', 'Rozhodnutí o příspěvku na péči'],
        match: { serviceTypes: ['domovy-pro-seniory', 'domovy-se-zvlastnim-rezimem'] },
      },
    ],
  },
  {
    id: 'sit-dluhy',
    title: { cs: 'Mám dluhy', en: 'I have debts' },
    summary: 'Dluhy, exekuce a oddlužení: kde najít bezplatnou a důvěryhodnou pomoc.',
    tags: ['dluhy', 'exekuce'],
    startQuestionId: 'q-exekuce',
    questions: [
      {
        id: 'q-exekuce',
        text: 'Máte už exekuci?',
        answers: [
          { label: 'Ano', outcomeId: 'o-exekuce' },
          { label: 'Ne, ale nestíhám splácet', outcomeId: 'o-splatky' },
        ],
      },
    ],
    outcomes: [
      {
        id: 'o-exekuce',
        title: 'Exekuce a oddlužení',
        steps: [
          step('Zjistěte si přehled exekucí v Centrální evidenci exekucí'),
          step('Navštivte akreditovanou dluhovou poradnu', 'Návrh na oddlužení vám sepíše zdarma.'),
        ],
        match: { serviceTypes: ['dluhove-poradenstvi', 'odborne-socialni-poradenstvi'] },
      },
      {
        id: 'o-splatky',
        title: 'Domluva s věřiteli',
        steps: [
          step('Sepište si všechny dluhy a příjmy'),
          step('Domluvte se s věřitelem na splátkách dřív, než dluh naroste'),
        ],
        match: { serviceTypes: ['dluhove-poradenstvi'] },
      },
    ],
  },
  {
    id: 'sit-bydleni',
    title: { cs: 'Přicházím o bydlení', en: 'I am losing my home' },
    summary: 'Kam se obrátit, když nemáte kde spát nebo vám hrozí ztráta bydlení.',
    tags: ['bydlení', 'bez domova'],
    startQuestionId: 'q-dnes',
    questions: [
      {
        id: 'q-dnes',
        text: 'Máte dnes kde spát?',
        safety: true,
        answers: [
          { label: 'Ne', outcomeId: 'o-nocleh' },
          { label: 'Ano, ale brzy přijdu o bydlení', outcomeId: 'o-ztrata' },
        ],
      },
    ],
    outcomes: [
      {
        id: 'o-nocleh',
        title: 'Nocleh ještě dnes',
        urgent: true,
        steps: [step('Zavolejte do noclehárny nebo azylového domu', 'Příjem bývá večer.')],
        match: { serviceTypes: ['nocleharny', 'azylove-domy', 'nizkoprahova-denni-centra'] },
        crisisLineIds: ['linka-prvni-psychicke-pomoci'],
      },
      {
        id: 'o-ztrata',
        title: 'Hrozí ztráta bydlení',
        steps: [
          step('Obraťte se na sociálního pracovníka obce'),
          step('Požádejte o příspěvek na bydlení', undefined, 'Úřad práce ČR'),
        ],
        match: { serviceTypes: ['socialni-odbor-obce', 'bydleni', 'odborne-socialni-poradenstvi'] },
      },
    ],
  },
  {
    id: 'sit-nasili',
    title: { cs: 'Zažívám násilí doma', en: 'I experience violence at home' },
    summary: 'Bezpečí na prvním místě: kde najít pomoc při domácím násilí.',
    sensitive: true,
    startQuestionId: 'q-bezpeci',
    questions: [
      {
        id: 'q-bezpeci',
        text: 'Jste teď v bezpečí?',
        safety: true,
        answers: [
          { label: 'Ne', outcomeId: 'o-akutni' },
          { label: 'Ano', questionId: 'q-spolu' },
        ],
      },
      {
        id: 'q-spolu',
        text: 'Žijete s násilnou osobou ve společné domácnosti?',
        answers: [
          { label: 'Ano', outcomeId: 'o-intervence' },
          { label: 'Ne', outcomeId: 'o-poradenstvi' },
        ],
      },
    ],
    outcomes: [
      {
        id: 'o-akutni',
        title: 'Okamžitá pomoc',
        urgent: true,
        sensitive: true,
        steps: [step('Volejte 158 nebo 112', 'Policie může násilnou osobu vykázat ze společného obydlí.')],
        crisisLineIds: ['linka-112', 'linka-pomoci-obetem'],
      },
      {
        id: 'o-intervence',
        title: 'Intervenční centrum',
        sensitive: true,
        steps: [step('Kontaktujte intervenční centrum ve vašem kraji'), step('Sestavte si bezpečnostní plán')],
        match: { serviceTypes: ['intervencni-centra', 'azylove-domy', 'krizova-pomoc'] },
        crisisLineIds: ['linka-pomoci-obetem'],
      },
      {
        id: 'o-poradenstvi',
        title: 'Poradenství a podpora',
        sensitive: true,
        steps: [step('Promluvte si s odborníkem', 'Pomoc je důvěrná a zdarma.')],
        match: { serviceTypes: ['krizova-pomoc', 'odborne-socialni-poradenstvi', 'psychologicka-pomoc'] },
      },
    ],
  },
  {
    id: 'sit-zavislost',
    title: { cs: 'Závislost', en: 'Addiction' },
    summary: 'Alkohol, drogy, hazard: pomoc pro vás i pro vaše blízké.',
    tags: ['závislost', 'alkohol', 'drogy'],
    startQuestionId: 'q-pro-koho',
    questions: [
      {
        id: 'q-pro-koho',
        text: 'Pro koho hledáte pomoc?',
        answers: [
          { label: 'Pro sebe', outcomeId: 'o-sobe' },
          { label: 'Pro blízkého', outcomeId: 'o-blizky' },
        ],
      },
    ],
    outcomes: [
      {
        id: 'o-sobe',
        title: 'Léčba a podpora',
        steps: [step('Začněte v adiktologické ambulanci nebo v kontaktním centru', 'Anonymně a bez objednání.')],
        match: { serviceTypes: ['adiktologicka-pece', 'kontaktni-centra', 'terapeuticke-komunity'] },
      },
      {
        id: 'o-blizky',
        title: 'Pomoc pro blízké',
        steps: [step('Poraďte se v adiktologické ambulanci nebo u psychologa')],
        match: { serviceTypes: ['adiktologicka-pece', 'psychologicka-pomoc'] },
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Files

export const catalogueFile = (size: number, dir = DATA_DIR) => join(dir, `catalogue-${size}.json`);

/** Generates and writes one catalogue; returns its path and size in bytes. */
export function writeCatalogue(size: number, options: { seed?: number; dir?: string } = {}) {
  const dir = options.dir ?? DATA_DIR;
  mkdirSync(dir, { recursive: true });
  const text = JSON.stringify(generateCatalogue({ services: size, seed: options.seed }));
  const path = catalogueFile(size, dir);
  writeFileSync(path, text);
  return { path, bytes: Buffer.byteLength(text), text };
}

export const DEFAULT_SIZES = [1000, 5000, 20000];

async function main() {
  const { validateCatalogue } = await import('../src/catalogue/validate.js');
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  let failed = false;
  for (const size of sizes.length ? sizes : DEFAULT_SIZES) {
    const started = performance.now();
    const { path, bytes, text } = writeCatalogue(size);
    const generated = performance.now() - started;
    const catalogue = validateCatalogue(JSON.parse(text));
    const hidden = catalogue.locations.filter((location) => location.hidden).length;
    const types = new Set(catalogue.services.map((service) => service.serviceType)).size;
    console.log(
      `${path}: ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(bytes / size)} B/service, ` +
        `${catalogue.organizations.length} organisations, ${catalogue.locations.length} locations ` +
        `(${hidden} hidden), ${catalogue.services.length} services of ${types}/${SERVICE_TYPE_CODES.length} types, ` +
        `${catalogue.issues.length} issues, generated in ${Math.round(generated)} ms`,
    );
    for (const issue of catalogue.issues.slice(0, 10)) console.log('  ', JSON.stringify(issue));
    if (catalogue.issues.length > 0 || catalogue.services.length !== size) failed = true;
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
