/**
 * The spreadsheet template (one row per service) and its reading. The columns are defined once
 * here: the template files in data-schema/templates/ are generated from them
 * (scripts/build-templates.ts) and the importer reads by them.
 */
import '../catalogue/codelist-translations.js';
import '../catalogue/national-crisis-lines.translations.js';
import {
  codeLabel,
  AGE_GROUPS,
  FORMS,
  SERVICE_TYPES,
  serviceType as serviceTypeEntry,
  TARGET_GROUPS,
  type AgeGroupCode,
  type FormCode,
  type ServiceTypeCode,
  type TargetGroupCode,
} from '../catalogue/codelists.js';
import { message, type MessageCode, type MessageLang } from '../catalogue/messages.js';
import {
  LANG_PATTERN,
  REGISTRY_ID_PATTERN,
  WEEKDAYS,
  type Location,
  type OpeningHours,
  type Organization,
  type Schedule,
  type Service,
  type Weekday,
} from '../catalogue/schema.js';
import {
  foldText,
  normalizeEmail,
  normalizeIco,
  normalizePhone,
  normalizePostalCode,
  normalizeUrl,
  parseDate,
  parseYesNo,
  slug,
  splitList,
  splitPhones,
} from './normalize.js';
import type { CatalogueParts } from './output.js';

export type ColumnKey =
  | 'id'
  | 'name'
  | 'serviceType'
  | 'provider'
  | 'ico'
  | 'registryId'
  | 'description'
  | 'forms'
  | 'targetGroups'
  | 'ageGroups'
  | 'street'
  | 'city'
  | 'postalCode'
  | 'hidden'
  | 'placeName'
  | 'townPart'
  | 'district'
  | 'region'
  | 'latitude'
  | 'longitude'
  | 'ruianCode'
  | 'areaServed'
  | 'phone'
  | 'email'
  | 'url'
  | 'hours'
  | 'freeOfCharge'
  | 'fees'
  | 'eligibility'
  | 'applicationProcess'
  | 'languages'
  | 'tags'
  | 'assuredDate'
  | 'validFrom'
  | 'validTo';

export interface TemplateColumn {
  key: ColumnKey;
  /** The header in the template (Czech). */
  header: string;
  /** English header, also accepted by the importer. */
  en: string;
  required?: boolean;
  /** What to write, in Czech and English (for the README and the template's help sheet). */
  help: { cs: string; en: string };
  /** One value for each example row. */
  examples: [string, string, string];
}

// prettier-ignore
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { key: 'id', header: 'ID', en: 'ID', help: { cs: 'Stálý identifikátor služby (písmena bez diakritiky, číslice, - _ . :). Prázdné: vytvoří se z názvu.', en: 'A stable id of the service (ASCII letters, digits, - _ . :). Empty: made from the name.' }, examples: ['svc-pecovatelska-rokycany', '', 'svc-dluhova-poradna'] },
  { key: 'name', header: 'Název služby', en: 'Service name', required: true, help: { cs: 'Název, pod kterým služba vystupuje.', en: 'The name the service goes by.' }, examples: ['Pečovatelská služba Rokycany', 'Azylový dům pro matky s dětmi', 'Dluhová poradna'] },
  { key: 'serviceType', header: 'Druh služby', en: 'Service type', required: true, help: { cs: 'Druh podle listu Číselníky: kód (pecovatelska-sluzba), název (Pečovatelská služba) nebo paragraf (§40).', en: 'The type from the Code lists sheet: its code (pecovatelska-sluzba), its Czech label or its paragraph (§40).' }, examples: ['Pečovatelská služba', 'azylove-domy', 'Dluhové poradenství'] },
  { key: 'provider', header: 'Poskytovatel', en: 'Provider', required: true, help: { cs: 'Název organizace, která službu poskytuje. Řádky se stejným poskytovatelem (nebo IČO) sdílejí jeden záznam organizace.', en: 'The organisation that provides the service. Rows with the same provider (or IČO) share one organisation record.' }, examples: ['Modrý květ, p. o.', 'Oblastní charita Pokus', 'Spolek Krok za krokem, z. s.'] },
  { key: 'ico', header: 'IČO', en: 'Company ID (IČO)', help: { cs: 'Osm číslic (úvodní nuly lze vynechat); kontroluje se kontrolní číslice.', en: 'Eight digits (leading zeros may be left out); the check digit is verified.' }, examples: ['00259951', '25027964', ''] },
  { key: 'registryId', header: 'Identifikátor RPSS', en: 'RPSS id', help: { cs: 'Sedmimístný identifikátor služby v registru poskytovatelů sociálních služeb (jen registrované služby).', en: 'The seven-digit id of the service in the national registry (registered services only).' }, examples: ['1234567', '7654321', ''] },
  { key: 'description', header: 'Popis', en: 'Description', help: { cs: 'Co služba dělá, prostými slovy.', en: 'What the service does, in plain words.' }, examples: ['Pomoc v domácnosti, dovoz obědů a osobní hygiena pro seniory.', 'Bydlení na přechodnou dobu pro matky s dětmi v tíživé situaci.', 'Pomůžeme sestavit rozpočet, jednat s věřiteli a podat návrh na oddlužení.'] },
  { key: 'forms', header: 'Formy', en: 'Forms', help: { cs: 'ambulantní, terénní, pobytová – více hodnot oddělte čárkou.', en: 'ambulantní (outpatient), terénní (outreach), pobytová (residential) – separate several by commas.' }, examples: ['terénní, ambulantní', 'pobytová', 'ambulantní'] },
  { key: 'targetGroups', header: 'Cílové skupiny', en: 'Target groups', help: { cs: 'Kódy nebo názvy z listu Číselníky, oddělené čárkou nebo středníkem.', en: 'Codes or Czech labels from the Code lists sheet, separated by commas or semicolons.' }, examples: ['senioři; osoby se zdravotním postižením', 'rodiny-s-detmi; osoby-v-krizi', 'Osoby v krizi'] },
  { key: 'ageGroups', header: 'Věkové skupiny', en: 'Age groups', help: { cs: 'Kódy nebo názvy z listu Číselníky.', en: 'Codes or Czech labels from the Code lists sheet.' }, examples: ['mladsi-seniori, starsi-seniori', '', 'dospeli'] },
  { key: 'street', header: 'Ulice a číslo', en: 'Street and number', help: { cs: 'Adresa místa, kde se služba poskytuje. U utajené adresy nechte prázdné.', en: 'The address where the service is provided. Leave empty for a hidden address.' }, examples: ['Jiráskova 100', '', 'Náměstí 1'] },
  { key: 'city', header: 'Obec', en: 'Town', help: { cs: 'Obec místa (povinná, je-li vyplněna adresa).', en: 'The town of the place (required when an address is given).' }, examples: ['Rokycany', 'Rokycany', 'Mirošov'] },
  { key: 'postalCode', header: 'PSČ', en: 'Postal code', help: { cs: 'Pět číslic, např. 337 01.', en: 'Five digits, e.g. 337 01.' }, examples: ['337 01', '', '338 43'] },
  { key: 'hidden', header: 'Utajená adresa', en: 'Hidden address', help: { cs: 'ano u míst, jejichž adresa se nesmí zveřejnit (azylové domy pro oběti násilí): zveřejní se jen obec.', en: 'ano (yes) for places whose address must not be published (shelters for victims of violence): only the town is published.' }, examples: ['ne', 'ano', ''] },
  { key: 'placeName', header: 'Název místa', en: 'Place name', help: { cs: 'Vlastní název místa nebo pobočky, liší-li se od názvu služby (např. Středisko Mirošov).', en: 'The own name of the place or branch, when it differs from the service name (e.g. Středisko Mirošov).' }, examples: ['Středisko Rokycany', '', ''] },
  { key: 'townPart', header: 'Část obce', en: 'Town part', help: { cs: 'Část obce nebo městská část, např. Nové Město, Praha 6 (nepovinné).', en: 'The part of the town or city district, e.g. Nové Město, Praha 6 (optional).' }, examples: ['Nové Město', '', ''] },
  { key: 'district', header: 'Okres', en: 'District', help: { cs: 'Okres místa, např. Rokycany (nepovinné; s více okresy nabídne hledání filtr).', en: 'The district (okres), e.g. Rokycany (optional; with several, the finder offers a filter).' }, examples: ['Rokycany', 'Rokycany', 'Rokycany'] },
  { key: 'region', header: 'Kraj', en: 'Region', help: { cs: 'Kraj místa, např. Plzeňský kraj (nepovinné).', en: 'The region (kraj), e.g. Plzeňský kraj (optional).' }, examples: ['Plzeňský kraj', 'Plzeňský kraj', 'Plzeňský kraj'] },
  { key: 'latitude', header: 'Zeměpisná šířka', en: 'Latitude', help: { cs: 'WGS84 ve stupních, např. 49.7427 (nepovinné).', en: 'WGS84 in degrees, e.g. 49.7427 (optional).' }, examples: ['49.7427', '', '49.6871'] },
  { key: 'longitude', header: 'Zeměpisná délka', en: 'Longitude', help: { cs: 'WGS84 ve stupních, např. 13.5946.', en: 'WGS84 in degrees, e.g. 13.5946.' }, examples: ['13.5946', '', '13.6585'] },
  { key: 'ruianCode', header: 'Kód adresního místa', en: 'RÚIAN address code', help: { cs: 'Kód adresního místa RÚIAN (nepovinné).', en: 'The RÚIAN address-point code (optional).' }, examples: ['', '', ''] },
  { key: 'areaServed', header: 'Působnost', en: 'Area served', help: { cs: 'Obce, kam služba dojíždí (terénní služby), oddělené čárkou.', en: 'Towns the service travels to (outreach services), separated by commas.' }, examples: ['Rokycany, Kamenný Újezd', '', ''] },
  { key: 'phone', header: 'Telefon', en: 'Phone', help: { cs: 'Jedno nebo více čísel oddělených čárkou, např. +420 371 000 101.', en: 'One or more numbers separated by commas, e.g. +420 371 000 101.' }, examples: ['+420 371 000 101', '371 000 202', '+420 371 000 303'] },
  { key: 'email', header: 'E-mail', en: 'E-mail', help: { cs: 'Jedna nebo více e-mailových adres oddělených čárkou.', en: 'One or more e-mail addresses separated by commas.' }, examples: ['pecovatelska@example.cz', '', 'poradna@example.org'] },
  { key: 'url', header: 'Web', en: 'Web', help: { cs: 'Jedna nebo více webových adres oddělených čárkou (https:// se doplní).', en: 'One or more web addresses separated by commas (https:// is added).' }, examples: ['www.example.cz/pecovatelska', '', 'https://www.example.org/poradna'] },
  { key: 'hours', header: 'Otevírací doba', en: 'Opening hours', help: { cs: 'Dny a časy oddělené středníkem, např. po–pá 7:00–15:30; st 13:00–17:00. Nepřetržitý provoz: nonstop.', en: 'Days and times separated by semicolons, e.g. po–pá 7:00–15:30; st 13:00–17:00 (Czech or English day abbreviations). Always open: nonstop.' }, examples: ['po–pá 7:00–15:30', 'nonstop', 'po, st 9:00–12:00, 13:00–17:00'] },
  { key: 'freeOfCharge', header: 'Zdarma', en: 'Free of charge', help: { cs: 'ano, nebo ne.', en: 'ano (yes) or ne (no).' }, examples: ['ne', 'ne', 'ano'] },
  { key: 'fees', header: 'Úhrada', en: 'Fees', help: { cs: 'Kolik služba stojí.', en: 'What the service costs.' }, examples: ['Podle sazebníku, dovoz oběda 30 Kč.', 'Ubytování 150 Kč za den.', ''] },
  { key: 'eligibility', header: 'Komu je určena', en: 'Eligibility', help: { cs: 'Kdo může službu využít.', en: 'Who can use the service.' }, examples: ['Senioři a lidé se zdravotním postižením z Rokycan a okolí.', 'Matky s dětmi bez přístřeší.', 'Lidé v dluzích z Rokycanska.'] },
  { key: 'applicationProcess', header: 'Jak požádat', en: 'How to apply', help: { cs: 'Jak službu získat.', en: 'How to get the service.' }, examples: ['Zavolejte nebo přijďte v úředních hodinách.', 'Zavolejte, domluvíme osobní schůzku.', 'Objednejte se telefonem.'] },
  { key: 'languages', header: 'Jazyky', en: 'Languages', help: { cs: 'Kódy jazyků, kterými se lze domluvit: cs, en, uk, vi…', en: 'Codes of the languages spoken: cs, en, uk, vi…' }, examples: ['cs', 'cs, uk', 'cs, en'] },
  { key: 'tags', header: 'Štítky', en: 'Tags', help: { cs: 'Klíčová slova pro hledání, oddělená čárkou.', en: 'Keywords for search, separated by commas.' }, examples: ['dovoz obědů, hygiena', 'bydlení', 'dluhy, exekuce, oddlužení'] },
  { key: 'assuredDate', header: 'Ověřeno dne', en: 'Checked on', help: { cs: 'Kdy údaje naposledy ověřil člověk: 1. 10. 2026 nebo 2026-10-01.', en: 'When a person last checked the row: 1. 10. 2026 or 2026-10-01.' }, examples: ['1. 10. 2026', '2026-09-15', ''] },
  { key: 'validFrom', header: 'Poskytována od', en: 'Provided from', help: { cs: 'První den poskytování služby (např. začátek registrace): 1. 1. 2027 nebo 2027-01-01.', en: 'The first day the service is provided (e.g. its registration start): 1. 1. 2027 or 2027-01-01.' }, examples: ['', '', ''] },
  { key: 'validTo', header: 'Poskytována do', en: 'Provided until', help: { cs: 'Poslední den poskytování; potom ji hledání už neukáže.', en: 'The last day the service is provided; after it the finder no longer shows it.' }, examples: ['', '', '31. 12. 2027'] },
];

export type RowProblemCode =
  | MessageCode
  | 'row-required'
  | 'unknown-code'
  | 'hours-format'
  | 'yes-no'
  | 'coordinate'
  | 'coordinates-pair'
  | 'city-required';

// prettier-ignore
const PROBLEMS: Record<Exclude<RowProblemCode, MessageCode>, { cs: string; en: string }> = {
  'row-required': { cs: 'chybí povinná hodnota', en: 'a required value is missing' },
  'unknown-code': { cs: 'neznámá hodnota „{value}“ – použijte kód nebo název z listu Číselníky', en: 'unknown value "{value}" – use a code or label from the Code lists sheet' },
  'hours-format': { cs: 'otevírací dobu „{value}“ nelze přečíst; zapište např. po–pá 8:00–16:00', en: 'cannot read the opening hours "{value}"; write e.g. po–pá 8:00–16:00' },
  'yes-no': { cs: 'napište ano, nebo ne (ne „{value}“)', en: 'write ano or ne (yes or no), not "{value}"' },
  coordinate: { cs: 'souřadnice „{value}“ není číslo ve stupních', en: 'the coordinate "{value}" is not a number of degrees' },
  'coordinates-pair': { cs: 'souřadnice potřebují zeměpisnou šířku i délku', en: 'coordinates need both latitude and longitude' },
  'city-required': { cs: 'u adresy chybí obec', en: 'the address has no town' },
};

export interface RowProblem {
  row: number;
  column: string;
  code: RowProblemCode;
  params?: Record<string, string | number>;
  /** An error in a required column skips the row; any other problem leaves the value out. */
  effect: 'row-skipped' | 'value-left-out';
}

export function problemText(problem: RowProblem, lang: MessageLang): string {
  const base =
    problem.code in PROBLEMS
      ? PROBLEMS[problem.code as keyof typeof PROBLEMS][lang].replace(/\{(\w+)\}/g, (_, key: string) =>
          String(problem.params?.[key] ?? ''),
        )
      : message(problem.code as MessageCode, lang, problem.params);
  const effect =
    problem.effect === 'row-skipped'
      ? lang === 'cs'
        ? 'řádek vynechán'
        : 'row skipped'
      : lang === 'cs'
        ? 'hodnota vynechána'
        : 'value left out';
  return lang === 'cs'
    ? `řádek ${problem.row}, sloupec ‚${problem.column}‘: ${base} – ${effect}`
    : `row ${problem.row}, column "${problem.column}": ${base} – ${effect}`;
}

export interface SheetProblem {
  code: 'missing-columns' | 'unknown-columns' | 'no-rows';
  columns?: string[];
}

export interface TemplateReadResult {
  parts: CatalogueParts;
  problems: RowProblem[];
  /** Header problems: missing required columns stop the import; unknown ones are only reported. */
  sheetProblems: SheetProblem[];
  rows: number;
  skippedRows: number;
}

const byLabel = <C extends string>(list: readonly { code: C; cs: string }[]) => {
  const map = new Map<string, C>();
  for (const entry of list) {
    for (const text of [entry.code, entry.cs, codeLabel(entry, 'en')]) map.set(foldText(text), entry.code);
  }
  return map;
};
const serviceTypes = byLabel(SERVICE_TYPES);
for (const entry of SERVICE_TYPES) {
  if ('paragraph' in entry) {
    serviceTypes.set(foldText(entry.paragraph), entry.code);
    serviceTypes.set(foldText(`${entry.cs} (${entry.paragraph})`), entry.code);
  }
}
const forms = byLabel(FORMS);
const targetGroups = byLabel(TARGET_GROUPS);
const ageGroups = byLabel(AGE_GROUPS);

const DAY_NAMES: Record<string, Weekday> = {
  po: 'mo',
  pondeli: 'mo',
  mo: 'mo',
  mon: 'mo',
  ut: 'tu',
  utery: 'tu',
  tu: 'tu',
  tue: 'tu',
  st: 'we',
  streda: 'we',
  we: 'we',
  wed: 'we',
  ct: 'th',
  ctvrtek: 'th',
  th: 'th',
  thu: 'th',
  pa: 'fr',
  patek: 'fr',
  fr: 'fr',
  fri: 'fr',
  so: 'sa',
  sobota: 'sa',
  sa: 'sa',
  sat: 'sa',
  ne: 'su',
  nedele: 'su',
  su: 'su',
  sun: 'su',
};

/** "po–pá 7:00–15:30; st 13:00–17:00" or "nonstop" → a schedule; undefined when unreadable. */
export function parseHours(text: string): Schedule | undefined {
  const folded = foldText(text).replace(/[–—]/g, '-');
  if (/^(non-?stop|24\/7|nepretrzite)$/.test(folded)) return { alwaysOpen: true };
  const hours: OpeningHours[] = [];
  for (const part of folded
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const match =
      /^(.+?)\s+(\d{1,2}[:.]\d{2}\s*-\s*\d{1,2}[:.]\d{2}(?:\s*,\s*\d{1,2}[:.]\d{2}\s*-\s*\d{1,2}[:.]\d{2})*)$/.exec(
        part,
      );
    if (!match) return undefined;
    const days = parseDays(match[1]);
    if (!days) return undefined;
    for (const range of match[2].split(',')) {
      const [opens, closes] = range.split('-').map((time) => time.trim().replace('.', ':').padStart(5, '0'));
      if (!/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/.test(opens) || !/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/.test(closes)) {
        return undefined;
      }
      if (opens === closes) return undefined;
      hours.push({ days, opens, closes });
    }
  }
  return hours.length ? { hours } : undefined;
}

function parseDays(text: string): Weekday[] | undefined {
  if (/^(denne|daily|kazdy den)$/.test(text.trim())) return [...WEEKDAYS];
  const days = new Set<Weekday>();
  for (const item of text.split(',').map((part) => part.trim().replace(/\.$/, ''))) {
    const range = item.split('-').map((part) => DAY_NAMES[part.trim().replace(/\.$/, '')]);
    if (range.some((day) => !day) || range.length > 2) return undefined;
    if (range.length === 1) days.add(range[0]);
    else {
      const from = WEEKDAYS.indexOf(range[0]);
      const to = WEEKDAYS.indexOf(range[1]);
      for (let i = from; ; i = (i + 1) % 7) {
        days.add(WEEKDAYS[i]);
        if (i === to) break;
      }
    }
  }
  return days.size ? WEEKDAYS.filter((day) => days.has(day)) : undefined;
}

/**
 * Rows of the template (the first is the header) → catalogue records, with a problem for each
 * cell that cannot be read. `firstRow` is the sheet's row number of the header.
 */
export function readTemplateRows(rows: string[][], firstRow = 1): TemplateReadResult {
  const [header = [], ...body] = rows;
  const sheetProblems: SheetProblem[] = [];
  const columnIndex = new Map<ColumnKey, number>();
  const unknown: string[] = [];
  header.forEach((name, index) => {
    const folded = foldText(name ?? '');
    if (!folded) return;
    const column = TEMPLATE_COLUMNS.find((item) => foldText(item.header) === folded || foldText(item.en) === folded);
    if (column && !columnIndex.has(column.key)) columnIndex.set(column.key, index);
    else unknown.push(name);
  });
  const missing = TEMPLATE_COLUMNS.filter((column) => column.required && !columnIndex.has(column.key));
  if (missing.length) sheetProblems.push({ code: 'missing-columns', columns: missing.map((column) => column.header) });
  if (unknown.length) sheetProblems.push({ code: 'unknown-columns', columns: unknown });

  const parts: CatalogueParts = { organizations: [], locations: [], services: [] };
  const problems: RowProblem[] = [];
  if (missing.length) return { parts, problems, sheetProblems, rows: 0, skippedRows: 0 };

  const organizationsByKey = new Map<string, Organization>();
  const serviceIds = new Set<string>();
  const organizationIds = new Set<string>();
  const locationIds = new Set<string>();
  const locationsByKey = new Map<string, Location>();
  let count = 0;
  let skippedRows = 0;

  body.forEach((cells, index) => {
    const row = firstRow + 1 + index;
    const value = (key: ColumnKey) => {
      const at = columnIndex.get(key);
      return at === undefined ? '' : String(cells[at] ?? '').trim();
    };
    if (TEMPLATE_COLUMNS.every((column) => !value(column.key))) return;
    count++;
    const rowProblems: RowProblem[] = [];
    const problem = (key: ColumnKey, code: RowProblemCode, params?: RowProblem['params']) => {
      const column = TEMPLATE_COLUMNS.find((item) => item.key === key)!;
      rowProblems.push({
        row,
        column: column.header,
        code,
        params,
        effect: column.required ? 'row-skipped' : 'value-left-out',
      });
    };

    const name = value('name');
    if (!name) problem('name', 'row-required');
    const typeText = value('serviceType');
    const type = serviceTypes.get(foldText(typeText)) as ServiceTypeCode | undefined;
    if (!typeText) problem('serviceType', 'row-required');
    else if (!type) problem('serviceType', 'unknown-code', { value: typeText });
    const providerName = value('provider');
    if (!providerName) problem('provider', 'row-required');

    if (rowProblems.some((item) => item.effect === 'row-skipped')) {
      problems.push(...rowProblems);
      skippedRows++;
      return;
    }

    // The provider: one record per IČO, else per name.
    let ico: string | undefined;
    if (value('ico')) {
      ico = normalizeIco(value('ico'));
      if (!ico) problem('ico', /^\d{1,8}$/.test(value('ico').replace(/\s/g, '')) ? 'ico-checksum' : 'ico');
    }
    const organizationKey = ico ?? foldText(providerName);
    let organization = organizationsByKey.get(organizationKey);
    if (!organization) {
      organization = {
        id: ico
          ? uniqueId(`org-${ico}`, organizationIds)
          : uniqueId(`org-${slug(providerName) || 'poskytovatel'}`, organizationIds),
        name: providerName,
      };
      if (ico) organization.ico = ico;
      organizationsByKey.set(organizationKey, organization);
      parts.organizations.push(organization);
    }

    const service: Service = {
      id: '',
      organizationId: organization.id,
      name,
      kind: serviceTypeEntry(type!)!.group === 'related' ? 'related' : 'social',
      serviceType: type!,
    };
    const ownId = value('id');
    if (ownId && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(ownId) && !serviceIds.has(ownId)) {
      service.id = uniqueId(ownId, serviceIds);
    } else {
      if (ownId) problem('id', serviceIds.has(ownId) ? 'duplicate-id' : 'id', { id: ownId, first: '' });
      service.id = uniqueId(`svc-${slug(name) || 'sluzba'}`, serviceIds);
    }

    if (value('registryId')) {
      if (REGISTRY_ID_PATTERN.test(value('registryId'))) service.registryId = value('registryId');
      else problem('registryId', 'registry-id');
    }
    if (value('description')) service.description = value('description');
    const codes = <C extends string>(key: ColumnKey, map: Map<string, C>) => [
      ...new Set(
        splitList(value(key)).flatMap((item) => {
          const code = map.get(foldText(item));
          if (!code) problem(key, 'unknown-code', { value: item });
          return code ? [code] : [];
        }),
      ),
    ];
    const formCodes = codes<FormCode>('forms', forms);
    if (formCodes.length) service.forms = formCodes;
    const groups = codes<TargetGroupCode>('targetGroups', targetGroups);
    if (groups.length) service.targetGroups = groups;
    const ages = codes<AgeGroupCode>('ageGroups', ageGroups);
    if (ages.length) service.ageGroups = ages;

    const location = readLocation(value, problem, service.id);
    if (location) {
      const key = location.hidden
        ? location.id
        : `${foldText(location.address?.street ?? '')}|${foldText(location.address?.city ?? '')}|${location.ruianCode ?? ''}|${foldText(typeof location.name === 'string' ? location.name : '')}`;
      let shared = locationsByKey.get(key);
      if (!shared) {
        shared = {
          ...location,
          id: location.hidden
            ? location.id
            : uniqueId(
                `loc-${slug(`${location.address?.street ?? ''} ${location.address?.city ?? ''}`) || 'misto'}`,
                locationIds,
              ),
        };
        locationsByKey.set(key, shared);
        parts.locations.push(shared);
      }
      service.locationIds = [shared.id];
    }

    const area = splitList(value('areaServed'));
    if (area.length) service.areaServed = area;
    const phones = splitPhones(value('phone')).flatMap((item) => {
      const number = normalizePhone(item);
      if (!number) problem('phone', 'phone');
      return number ? [{ number }] : [];
    });
    if (phones.length) service.phones = phones;
    // The first address is the service's e-mail (web); more go to the 1.1 lists.
    const emails = splitList(value('email')).flatMap((item) => {
      const email = normalizeEmail(item);
      if (!email) problem('email', 'email');
      return email ? [email] : [];
    });
    if (emails.length) service.email = emails[0];
    if (emails.length > 1) service.emails = emails.slice(1).map((address) => ({ address }));
    const urls = splitList(value('url')).flatMap((item) => {
      const url = normalizeUrl(item);
      if (!url) problem('url', 'url');
      return url ? [url] : [];
    });
    if (urls.length) service.url = urls[0];
    if (urls.length > 1) service.websites = urls.slice(1).map((url) => ({ url }));
    if (value('hours')) {
      const schedule = parseHours(value('hours'));
      if (schedule) service.schedule = schedule;
      else problem('hours', 'hours-format', { value: value('hours') });
    }
    if (value('freeOfCharge')) {
      const free = parseYesNo(value('freeOfCharge'));
      if (free === undefined) problem('freeOfCharge', 'yes-no', { value: value('freeOfCharge') });
      else service.freeOfCharge = free;
    }
    for (const key of ['fees', 'eligibility', 'applicationProcess'] as const) if (value(key)) service[key] = value(key);
    const languages = splitList(value('languages')).flatMap((item) => {
      const code = item.toLowerCase();
      if (!LANG_PATTERN.test(code)) problem('languages', 'lang');
      return LANG_PATTERN.test(code) ? [code] : [];
    });
    if (languages.length) service.languages = [...new Set(languages)];
    const tags = splitList(value('tags'));
    if (tags.length) service.tags = tags;
    for (const key of ['assuredDate', 'validFrom', 'validTo'] as const) {
      if (!value(key)) continue;
      const date = parseDate(value(key));
      if (date) service[key] = date;
      else problem(key, 'date');
    }
    problems.push(...rowProblems);
    parts.services.push(service);
  });
  if (count === 0) sheetProblems.push({ code: 'no-rows' });
  return { parts, problems, sheetProblems, rows: count, skippedRows };
}

function readLocation(
  value: (key: ColumnKey) => string,
  problem: (key: ColumnKey, code: RowProblemCode, params?: RowProblem['params']) => void,
  serviceId: string,
): Location | undefined {
  let hidden = false;
  if (value('hidden')) {
    const parsed = parseYesNo(value('hidden'));
    if (parsed === undefined) problem('hidden', 'yes-no', { value: value('hidden') });
    hidden = parsed === true;
  }
  const city = value('city');
  if (hidden) {
    // Only the town of a hidden address is kept, whatever else the row says.
    const location: Location = { id: `loc-${serviceId}-utajena`, name: 'Adresa je utajena', hidden: true };
    if (city) location.address = { city };
    if (city && value('district')) location.address!.district = { name: value('district') };
    if (city && value('region')) location.address!.region = { name: value('region') };
    return location;
  }
  const street = value('street');
  const postalText = value('postalCode');
  if (!city && (street || postalText)) problem('city', 'city-required');
  const location: Location = { id: '' };
  if (value('placeName')) location.name = value('placeName');
  if (city) {
    location.address = { city };
    if (street) location.address.street = street;
    if (value('townPart')) location.address.townPart = value('townPart');
    if (value('district')) location.address.district = { name: value('district') };
    if (value('region')) location.address.region = { name: value('region') };
    if (postalText) {
      const postalCode = normalizePostalCode(postalText);
      if (postalCode) location.address.postalCode = postalCode;
      else problem('postalCode', 'postal-code');
    }
  }
  if (value('ruianCode')) {
    const code = Number(value('ruianCode'));
    if (Number.isInteger(code) && code > 0) location.ruianCode = code;
    else problem('ruianCode', 'number');
  }
  const coordinate = (key: 'latitude' | 'longitude', max: number) => {
    const text = value(key);
    if (!text) return undefined;
    const number = Number(text.replace(',', '.'));
    if (!Number.isFinite(number) || Math.abs(number) > max) {
      problem(key, 'coordinate', { value: text });
      return undefined;
    }
    return number;
  };
  const latitude = coordinate('latitude', 90);
  const longitude = coordinate('longitude', 180);
  if ((latitude === undefined) !== (longitude === undefined)) {
    problem(latitude === undefined ? 'latitude' : 'longitude', 'coordinates-pair');
  } else if (latitude !== undefined && longitude !== undefined) {
    location.latitude = latitude;
    location.longitude = longitude;
  }
  return location.address || location.ruianCode !== undefined || location.latitude !== undefined ? location : undefined;
}

/** `base`, or `base-2`, `base-3`… when taken; the id is then taken. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The template as CSV text: semicolons and a BOM, so Excel in Czech opens it as it is. */
export function templateCsv(): string {
  const quote = (text: string) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [TEMPLATE_COLUMNS.map((column) => column.header)];
  for (let example = 0; example < 3; example++) lines.push(TEMPLATE_COLUMNS.map((column) => column.examples[example]));
  return `\ufeff${lines.map((line) => line.map(quote).join(';')).join('\r\n')}\r\n`;
}
