/**
 * The code lists of the catalogue format, kept as data in one place so that a wrong label or an
 * unverified registry id can be corrected without touching code.
 *
 * Codes are stable slugs (what a catalogue file contains). Labels here are Czech (the source
 * language); English and Ukrainian ones (codelist-translations.ts) load with the interface strings
 * of those languages and with query understanding, so that a Czech page's first results do not
 * carry them; the search index holds the Czech labels only. The MPSV registry's ids of
 * the codes are in codelist-registry.ts (only the partner tools need them); `verified: false` marks an id
 * inferred from the paragraph order of Act 108/2006 and not yet checked against the live list.
 */

export interface CodeListEntry<C extends string = string> {
  readonly code: C;
  /** The Czech label; English and Ukrainian are in codelist-translations.ts. */
  readonly cs: string;
}

export type ServiceTypeGroup = 'counselling' | 'care' | 'prevention' | 'related';

export interface ServiceTypeEntry extends CodeListEntry {
  readonly group: ServiceTypeGroup;
  /** Paragraph of Act No. 108/2006 Sb.; absent for related services. */
  readonly paragraph?: string;
}

export const SERVICE_TYPE_GROUPS: readonly CodeListEntry<ServiceTypeGroup>[] = [
  { code: 'counselling', cs: 'Sociální poradenství' },
  { code: 'care', cs: 'Služby sociální péče' },
  { code: 'prevention', cs: 'Služby sociální prevence' },
  { code: 'related', cs: 'Související služby' },
];

// prettier-ignore
export const SERVICE_TYPES = [
  { code: 'odborne-socialni-poradenstvi', group: 'counselling', paragraph: '§37', cs: 'Odborné sociální poradenství' },
  { code: 'osobni-asistence', group: 'care', paragraph: '§39', cs: 'Osobní asistence' },
  { code: 'pecovatelska-sluzba', group: 'care', paragraph: '§40', cs: 'Pečovatelská služba' },
  { code: 'tisnova-pece', group: 'care', paragraph: '§41', cs: 'Tísňová péče' },
  { code: 'pruvodcovske-a-predcitatelske-sluzby', group: 'care', paragraph: '§42', cs: 'Průvodcovské a předčitatelské služby' },
  { code: 'podpora-samostatneho-bydleni', group: 'care', paragraph: '§43', cs: 'Podpora samostatného bydlení' },
  { code: 'odlehcovaci-sluzby', group: 'care', paragraph: '§44', cs: 'Odlehčovací služby' },
  { code: 'centra-dennich-sluzeb', group: 'care', paragraph: '§45', cs: 'Centra denních služeb' },
  { code: 'denni-stacionare', group: 'care', paragraph: '§46', cs: 'Denní stacionáře' },
  { code: 'tydenni-stacionare', group: 'care', paragraph: '§47', cs: 'Týdenní stacionáře' },
  { code: 'domovy-pro-osoby-se-zdravotnim-postizenim', group: 'care', paragraph: '§48', cs: 'Domovy pro osoby se zdravotním postižením' },
  { code: 'domovy-pro-seniory', group: 'care', paragraph: '§49', cs: 'Domovy pro seniory' },
  { code: 'domovy-se-zvlastnim-rezimem', group: 'care', paragraph: '§50', cs: 'Domovy se zvláštním režimem' },
  { code: 'chranene-bydleni', group: 'care', paragraph: '§51', cs: 'Chráněné bydlení' },
  { code: 'socialni-sluzby-ve-zdravotnickych-zarizenich', group: 'care', paragraph: '§52', cs: 'Sociální služby poskytované ve zdravotnických zařízeních lůžkové péče' },
  { code: 'rana-pece', group: 'prevention', paragraph: '§54', cs: 'Raná péče' },
  { code: 'telefonicka-krizova-pomoc', group: 'prevention', paragraph: '§55', cs: 'Telefonická krizová pomoc' },
  { code: 'tlumocnicke-sluzby', group: 'prevention', paragraph: '§56', cs: 'Tlumočnické služby' },
  { code: 'azylove-domy', group: 'prevention', paragraph: '§57', cs: 'Azylové domy' },
  { code: 'domy-na-pul-cesty', group: 'prevention', paragraph: '§58', cs: 'Domy na půl cesty' },
  { code: 'kontaktni-centra', group: 'prevention', paragraph: '§59', cs: 'Kontaktní centra' },
  { code: 'krizova-pomoc', group: 'prevention', paragraph: '§60', cs: 'Krizová pomoc' },
  { code: 'intervencni-centra', group: 'prevention', paragraph: '§60a', cs: 'Intervenční centra' },
  { code: 'nizkoprahova-denni-centra', group: 'prevention', paragraph: '§61', cs: 'Nízkoprahová denní centra' },
  { code: 'nizkoprahova-zarizeni-pro-deti-a-mladez', group: 'prevention', paragraph: '§62', cs: 'Nízkoprahová zařízení pro děti a mládež' },
  { code: 'nocleharny', group: 'prevention', paragraph: '§63', cs: 'Noclehárny' },
  { code: 'sluzby-nasledne-pece', group: 'prevention', paragraph: '§64', cs: 'Služby následné péče' },
  { code: 'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi', group: 'prevention', paragraph: '§65', cs: 'Sociálně aktivizační služby pro rodiny s dětmi' },
  { code: 'socialne-aktivizacni-sluzby-pro-seniory-a-ozp', group: 'prevention', paragraph: '§66', cs: 'Sociálně aktivizační služby pro seniory a osoby se zdravotním postižením' },
  { code: 'socialne-terapeuticke-dilny', group: 'prevention', paragraph: '§67', cs: 'Sociálně terapeutické dílny' },
  { code: 'terapeuticke-komunity', group: 'prevention', paragraph: '§68', cs: 'Terapeutické komunity' },
  { code: 'terenni-programy', group: 'prevention', paragraph: '§69', cs: 'Terénní programy' },
  { code: 'socialni-rehabilitace', group: 'prevention', paragraph: '§70', cs: 'Sociální rehabilitace' },
  // The registry lists this type; its paragraph is not verified, so none is shown.
  { code: 'centrum-dusevniho-zdravi', group: 'prevention', cs: 'Centrum duševního zdraví' },
  { code: 'dluhove-poradenstvi', group: 'related', cs: 'Dluhové poradenství' },
  { code: 'pravni-poradenstvi', group: 'related', cs: 'Právní poradenství' },
  { code: 'psychologicka-pomoc', group: 'related', cs: 'Psychologická a psychoterapeutická pomoc' },
  { code: 'zdravotni-pece', group: 'related', cs: 'Zdravotní péče' },
  { code: 'domaci-zdravotni-pece', group: 'related', cs: 'Domácí zdravotní péče' },
  { code: 'paliativni-a-hospicova-pece', group: 'related', cs: 'Paliativní a hospicová péče' },
  { code: 'adiktologicka-pece', group: 'related', cs: 'Adiktologická péče' },
  { code: 'urad-prace', group: 'related', cs: 'Úřad práce – dávky a příspěvky' },
  { code: 'socialni-odbor-obce', group: 'related', cs: 'Sociální pracovník obce' },
  { code: 'ospod', group: 'related', cs: 'Sociálně-právní ochrana dětí (OSPOD)' },
  { code: 'rodinne-centrum', group: 'related', cs: 'Rodinné centrum' },
  { code: 'volnocasove-aktivity', group: 'related', cs: 'Volnočasové a komunitní aktivity' },
  { code: 'pujcovna-kompenzacnich-pomucek', group: 'related', cs: 'Půjčovna kompenzačních pomůcek' },
  { code: 'bydleni', group: 'related', cs: 'Bydlení (obecní a sociální byty)' },
  { code: 'potravinova-a-materialni-pomoc', group: 'related', cs: 'Potravinová a materiální pomoc' },
  { code: 'zamestnavani', group: 'related', cs: 'Podpora zaměstnávání' },
  { code: 'skolske-poradenstvi', group: 'related', cs: 'Školské poradenství' },
  { code: 'probace-a-mediace', group: 'related', cs: 'Probace a mediace' },
  { code: 'prevence-kriminality', group: 'related', cs: 'Policie a prevence kriminality' },
  { code: 'dobrovolnictvi', group: 'related', cs: 'Dobrovolnictví' },
  { code: 'jine-souvisejici', group: 'related', cs: 'Jiná související služba' },
] as const satisfies readonly ServiceTypeEntry[];

// prettier-ignore
export const FORMS = [
  { code: 'ambulantni', cs: 'Ambulantní' },
  { code: 'pobytova', cs: 'Pobytová' },
  { code: 'terenni', cs: 'Terénní' },
] as const satisfies readonly CodeListEntry[];

export type TargetGroupEntry = CodeListEntry;

// Wording follows the registry.
// prettier-ignore
export const TARGET_GROUPS = [
  { code: 'seniori', cs: 'Senioři' },
  { code: 'osoby-se-zdravotnim-postizenim', cs: 'Osoby se zdravotním postižením' },
  { code: 'telesne-postizeni', cs: 'Osoby s tělesným postižením' },
  { code: 'mentalni-postizeni', cs: 'Osoby s mentálním postižením' },
  { code: 'kombinovane-postizeni', cs: 'Osoby s kombinovaným postižením' },
  { code: 'zrakove-postizeni', cs: 'Osoby se zrakovým postižením' },
  { code: 'sluchove-postizeni', cs: 'Osoby se sluchovým postižením' },
  { code: 'jine-zdravotni-postizeni', cs: 'Osoby s jiným zdravotním postižením' },
  { code: 'chronicke-onemocneni', cs: 'Osoby s chronickým onemocněním' },
  { code: 'dusevni-onemocneni', cs: 'Osoby s chronickým duševním onemocněním' },
  { code: 'demence', cs: 'Osoby žijící s demencí' },
  { code: 'paliativni-pece', cs: 'Osoby s potřebou paliativní péče' },
  { code: 'pecujici-osoby', cs: 'Pečující osoby' },
  { code: 'rodiny-s-detmi', cs: 'Rodiny s dítětem/dětmi' },
  { code: 'deti-a-mladez-ohrozene', cs: 'Děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy' },
  { code: 'mladi-opoustejici-ustavni-peci', cs: 'Osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče' },
  { code: 'osoby-v-krizi', cs: 'Osoby v krizi' },
  { code: 'obeti-domaciho-nasili', cs: 'Oběti domácího násilí' },
  { code: 'obeti-trestne-cinnosti', cs: 'Oběti trestné činnosti' },
  { code: 'obeti-obchodu-s-lidmi', cs: 'Oběti obchodu s lidmi' },
  { code: 'osoby-komercne-zneuzivane', cs: 'Osoby komerčně zneužívané' },
  { code: 'osoby-bez-pristresi', cs: 'Osoby bez přístřeší' },
  { code: 'socialne-vyloucene-komunity', cs: 'Osoby žijící v sociálně vyloučených komunitách' },
  { code: 'rizikovy-zpusob-zivota', cs: 'Osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy' },
  { code: 'zavislosti', cs: 'Osoby ohrožené závislostí nebo závislé na návykových látkách' },
  { code: 'etnicke-mensiny', cs: 'Etnické menšiny' },
  { code: 'imigranti-a-azylanti', cs: 'Imigranti a azylanti' },
  { code: 'pachatele-trestne-cinnosti', cs: 'Pachatelé trestné činnosti' },
] as const satisfies readonly TargetGroupEntry[];

export interface AgeGroupEntry extends CodeListEntry {
  readonly minAge: number;
  readonly maxAge?: number;
}

// The children's bands follow the registry's portal wording and are not yet verified.
// prettier-ignore
export const AGE_GROUPS = [
  { code: 'deti-do-1', minAge: 0, maxAge: 0, cs: 'Děti do 1 roku' },
  { code: 'deti-1-6', minAge: 1, maxAge: 6, cs: 'Děti předškolního věku (1–6 let)' },
  { code: 'deti-7-10', minAge: 7, maxAge: 10, cs: 'Mladší děti (7–10 let)' },
  { code: 'deti-11-15', minAge: 11, maxAge: 15, cs: 'Starší děti (11–15 let)' },
  { code: 'dorost', minAge: 16, maxAge: 18, cs: 'Dorost (16–18 let)' },
  { code: 'mladi-dospeli', minAge: 19, maxAge: 26, cs: 'Mladí dospělí (19–26 let)' },
  { code: 'dospeli', minAge: 27, maxAge: 64, cs: 'Dospělí (27–64 let)' },
  { code: 'mladsi-seniori', minAge: 65, maxAge: 80, cs: 'Mladší senioři (65–80 let)' },
  { code: 'starsi-seniori', minAge: 81, cs: 'Starší senioři (nad 80 let)' },
] as const satisfies readonly AgeGroupEntry[];

// prettier-ignore
export const CAPACITY_UNITS = [
  { code: 'klient', cs: 'počet klientů' },
  { code: 'luzka', cs: 'počet lůžek' },
  { code: 'kontakt', cs: 'počet kontaktů (kontakt = 10 minut)' },
  { code: 'interv', cs: 'počet intervencí (intervence = 30 minut)' },
  { code: 'hovor', cs: 'počet hovorů' },
] as const satisfies readonly CodeListEntry[];

export type ServiceTypeCode = (typeof SERVICE_TYPES)[number]['code'];
export type FormCode = (typeof FORMS)[number]['code'];
export type TargetGroupCode = (typeof TARGET_GROUPS)[number]['code'];
export type AgeGroupCode = (typeof AGE_GROUPS)[number]['code'];
export type CapacityUnitCode = (typeof CAPACITY_UNITS)[number]['code'];

type Codes<T extends readonly { code: string }[]> = [T[number]['code'], ...T[number]['code'][]];
const codes = <T extends readonly { code: string }[]>(list: T) =>
  list.map((entry) => entry.code) as unknown as Codes<T>;

export const SERVICE_TYPE_CODES = codes(SERVICE_TYPES);
export const FORM_CODES = codes(FORMS);
export const TARGET_GROUP_CODES = codes(TARGET_GROUPS);
export const AGE_GROUP_CODES = codes(AGE_GROUPS);
export const CAPACITY_UNIT_CODES = codes(CAPACITY_UNITS);

const byCode = <T extends { code: string }>(list: readonly T[]) =>
  new Map<string, T>(list.map((entry) => [entry.code, entry]));

const serviceTypes = byCode<ServiceTypeEntry>(SERVICE_TYPES);
const forms = byCode<CodeListEntry>(FORMS);
const targetGroups = byCode<TargetGroupEntry>(TARGET_GROUPS);
const ageGroups = byCode<AgeGroupEntry>(AGE_GROUPS);
const capacityUnits = byCode<CodeListEntry>(CAPACITY_UNITS);

export const serviceType = (code: string) => serviceTypes.get(code);
export const form = (code: string) => forms.get(code);
export const targetGroup = (code: string) => targetGroups.get(code);
export const ageGroup = (code: string) => ageGroups.get(code);
export const capacityUnit = (code: string) => capacityUnits.get(code);

const translations = new WeakMap<CodeListEntry, { en: string; uk: string }>();

/** English and Ukrainian labels of a list's entries, by code (codelist-translations.ts gives them). */
export function addCodeListTranslations(
  list: readonly CodeListEntry[],
  labels: Record<string, readonly [en: string, uk: string]>,
): void {
  for (const entry of list) {
    const label = labels[entry.code];
    if (label) translations.set(entry, { en: label[0], uk: label[1] });
  }
}

/**
 * The label of a code-list entry in `lang`: Czech, English or Ukrainian; English for any other
 * language. Czech until the translations have loaded (they load with the catalogue).
 */
export function codeLabel(entry: CodeListEntry | undefined, lang: string): string {
  if (!entry) return '';
  if (lang === 'cs' || lang === 'sk') return entry.cs;
  const translated = translations.get(entry);
  if (!translated) return entry.cs;
  return lang === 'uk' ? translated.uk : translated.en;
}

/** "Pečovatelská služba (§40)" — the label with its paragraph, where the type has one. */
export function serviceTypeLabel(code: string, lang: string): string {
  const entry = serviceType(code);
  if (!entry) return code;
  return entry.paragraph ? `${codeLabel(entry, lang)} (${entry.paragraph})` : codeLabel(entry, lang);
}
