/**
 * The code lists of the catalogue format, kept as data in one place so that a wrong label or an
 * unverified registry id can be corrected without touching code.
 *
 * Codes are stable slugs (what a catalogue file contains). Labels are Czech (the source language)
 * and English. `rpss` is the id in the MPSV registry's code list; `verified: false` marks an id
 * inferred from the paragraph order of Act 108/2006 and not yet checked against the live list.
 */

export interface CodeListEntry<C extends string = string> {
  readonly code: C;
  readonly cs: string;
  readonly en: string;
}

export type ServiceTypeGroup = 'counselling' | 'care' | 'prevention' | 'related';

export interface ServiceTypeEntry extends CodeListEntry {
  readonly group: ServiceTypeGroup;
  /** Paragraph of Act No. 108/2006 Sb.; absent for related services. */
  readonly paragraph?: string;
  readonly rpss?: { readonly id: number; readonly verified: boolean };
}

export const SERVICE_TYPE_GROUPS: readonly CodeListEntry<ServiceTypeGroup>[] = [
  { code: 'counselling', cs: 'Sociální poradenství', en: 'Social counselling' },
  { code: 'care', cs: 'Služby sociální péče', en: 'Social care services' },
  { code: 'prevention', cs: 'Služby sociální prevence', en: 'Social prevention services' },
  { code: 'related', cs: 'Související služby', en: 'Related services' },
];

// prettier-ignore
export const SERVICE_TYPES = [
  { code: 'odborne-socialni-poradenstvi', group: 'counselling', paragraph: '§37', rpss: { id: 1, verified: true }, cs: 'Odborné sociální poradenství', en: 'Professional social counselling' },
  { code: 'osobni-asistence', group: 'care', paragraph: '§39', rpss: { id: 3, verified: true }, cs: 'Osobní asistence', en: 'Personal assistance' },
  { code: 'pecovatelska-sluzba', group: 'care', paragraph: '§40', rpss: { id: 4, verified: true }, cs: 'Pečovatelská služba', en: 'Home care service' },
  { code: 'tisnova-pece', group: 'care', paragraph: '§41', rpss: { id: 5, verified: true }, cs: 'Tísňová péče', en: 'Emergency alarm care' },
  { code: 'pruvodcovske-a-predcitatelske-sluzby', group: 'care', paragraph: '§42', rpss: { id: 6, verified: true }, cs: 'Průvodcovské a předčitatelské služby', en: 'Guide and reading services' },
  { code: 'podpora-samostatneho-bydleni', group: 'care', paragraph: '§43', rpss: { id: 7, verified: false }, cs: 'Podpora samostatného bydlení', en: 'Supported independent living' },
  { code: 'odlehcovaci-sluzby', group: 'care', paragraph: '§44', rpss: { id: 8, verified: true }, cs: 'Odlehčovací služby', en: 'Respite care' },
  { code: 'centra-dennich-sluzeb', group: 'care', paragraph: '§45', rpss: { id: 9, verified: true }, cs: 'Centra denních služeb', en: 'Day service centres' },
  { code: 'denni-stacionare', group: 'care', paragraph: '§46', rpss: { id: 10, verified: true }, cs: 'Denní stacionáře', en: 'Day care centres' },
  { code: 'tydenni-stacionare', group: 'care', paragraph: '§47', rpss: { id: 11, verified: true }, cs: 'Týdenní stacionáře', en: 'Weekly care centres' },
  { code: 'domovy-pro-osoby-se-zdravotnim-postizenim', group: 'care', paragraph: '§48', rpss: { id: 12, verified: true }, cs: 'Domovy pro osoby se zdravotním postižením', en: 'Homes for people with disabilities' },
  { code: 'domovy-pro-seniory', group: 'care', paragraph: '§49', rpss: { id: 13, verified: true }, cs: 'Domovy pro seniory', en: 'Homes for older people' },
  { code: 'domovy-se-zvlastnim-rezimem', group: 'care', paragraph: '§50', rpss: { id: 14, verified: true }, cs: 'Domovy se zvláštním režimem', en: 'Homes with a special regime (e.g. dementia)' },
  { code: 'chranene-bydleni', group: 'care', paragraph: '§51', rpss: { id: 15, verified: true }, cs: 'Chráněné bydlení', en: 'Sheltered housing' },
  { code: 'socialni-sluzby-ve-zdravotnickych-zarizenich', group: 'care', paragraph: '§52', rpss: { id: 16, verified: false }, cs: 'Sociální služby poskytované ve zdravotnických zařízeních lůžkové péče', en: 'Social services in inpatient health facilities' },
  { code: 'rana-pece', group: 'prevention', paragraph: '§54', rpss: { id: 17, verified: false }, cs: 'Raná péče', en: 'Early intervention' },
  { code: 'telefonicka-krizova-pomoc', group: 'prevention', paragraph: '§55', rpss: { id: 18, verified: true }, cs: 'Telefonická krizová pomoc', en: 'Crisis helpline' },
  { code: 'tlumocnicke-sluzby', group: 'prevention', paragraph: '§56', rpss: { id: 19, verified: true }, cs: 'Tlumočnické služby', en: 'Interpreting services' },
  { code: 'azylove-domy', group: 'prevention', paragraph: '§57', rpss: { id: 20, verified: false }, cs: 'Azylové domy', en: 'Shelters' },
  { code: 'domy-na-pul-cesty', group: 'prevention', paragraph: '§58', rpss: { id: 21, verified: false }, cs: 'Domy na půl cesty', en: 'Halfway houses' },
  { code: 'kontaktni-centra', group: 'prevention', paragraph: '§59', rpss: { id: 22, verified: false }, cs: 'Kontaktní centra', en: 'Drop-in centres for drug users' },
  { code: 'krizova-pomoc', group: 'prevention', paragraph: '§60', rpss: { id: 23, verified: true }, cs: 'Krizová pomoc', en: 'Crisis intervention' },
  { code: 'intervencni-centra', group: 'prevention', paragraph: '§60a', cs: 'Intervenční centra', en: 'Intervention centres (domestic violence)' },
  { code: 'nizkoprahova-denni-centra', group: 'prevention', paragraph: '§61', rpss: { id: 24, verified: false }, cs: 'Nízkoprahová denní centra', en: 'Low-threshold day centres' },
  { code: 'nizkoprahova-zarizeni-pro-deti-a-mladez', group: 'prevention', paragraph: '§62', rpss: { id: 25, verified: false }, cs: 'Nízkoprahová zařízení pro děti a mládež', en: 'Low-threshold clubs for children and youth' },
  { code: 'nocleharny', group: 'prevention', paragraph: '§63', rpss: { id: 26, verified: false }, cs: 'Noclehárny', en: 'Night shelters' },
  { code: 'sluzby-nasledne-pece', group: 'prevention', paragraph: '§64', rpss: { id: 27, verified: false }, cs: 'Služby následné péče', en: 'Aftercare services' },
  { code: 'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi', group: 'prevention', paragraph: '§65', rpss: { id: 28, verified: true }, cs: 'Sociálně aktivizační služby pro rodiny s dětmi', en: 'Social activation services for families with children' },
  { code: 'socialne-aktivizacni-sluzby-pro-seniory-a-ozp', group: 'prevention', paragraph: '§66', rpss: { id: 29, verified: true }, cs: 'Sociálně aktivizační služby pro seniory a osoby se zdravotním postižením', en: 'Social activation services for older people and people with disabilities' },
  { code: 'socialne-terapeuticke-dilny', group: 'prevention', paragraph: '§67', rpss: { id: 30, verified: true }, cs: 'Sociálně terapeutické dílny', en: 'Social therapy workshops' },
  { code: 'terapeuticke-komunity', group: 'prevention', paragraph: '§68', rpss: { id: 31, verified: false }, cs: 'Terapeutické komunity', en: 'Therapeutic communities' },
  { code: 'terenni-programy', group: 'prevention', paragraph: '§69', rpss: { id: 32, verified: true }, cs: 'Terénní programy', en: 'Outreach programmes' },
  { code: 'socialni-rehabilitace', group: 'prevention', paragraph: '§70', rpss: { id: 33, verified: true }, cs: 'Sociální rehabilitace', en: 'Social rehabilitation' },
  // The registry lists this type; its paragraph is not verified, so none is shown.
  { code: 'centrum-dusevniho-zdravi', group: 'prevention', cs: 'Centrum duševního zdraví', en: 'Mental health centre' },
  { code: 'dluhove-poradenstvi', group: 'related', cs: 'Dluhové poradenství', en: 'Debt counselling' },
  { code: 'pravni-poradenstvi', group: 'related', cs: 'Právní poradenství', en: 'Legal advice' },
  { code: 'psychologicka-pomoc', group: 'related', cs: 'Psychologická a psychoterapeutická pomoc', en: 'Psychological help and psychotherapy' },
  { code: 'zdravotni-pece', group: 'related', cs: 'Zdravotní péče', en: 'Health care' },
  { code: 'domaci-zdravotni-pece', group: 'related', cs: 'Domácí zdravotní péče', en: 'Home nursing' },
  { code: 'paliativni-a-hospicova-pece', group: 'related', cs: 'Paliativní a hospicová péče', en: 'Palliative and hospice care' },
  { code: 'adiktologicka-pece', group: 'related', cs: 'Adiktologická péče', en: 'Addiction treatment' },
  { code: 'urad-prace', group: 'related', cs: 'Úřad práce – dávky a příspěvky', en: 'Labour Office – benefits and allowances' },
  { code: 'socialni-odbor-obce', group: 'related', cs: 'Sociální pracovník obce', en: 'Municipal social worker' },
  { code: 'ospod', group: 'related', cs: 'Sociálně-právní ochrana dětí (OSPOD)', en: 'Child protection authority (OSPOD)' },
  { code: 'rodinne-centrum', group: 'related', cs: 'Rodinné centrum', en: 'Family centre' },
  { code: 'volnocasove-aktivity', group: 'related', cs: 'Volnočasové a komunitní aktivity', en: 'Leisure and community activities' },
  { code: 'pujcovna-kompenzacnich-pomucek', group: 'related', cs: 'Půjčovna kompenzačních pomůcek', en: 'Mobility and care aids lending' },
  { code: 'bydleni', group: 'related', cs: 'Bydlení (obecní a sociální byty)', en: 'Housing (municipal and social flats)' },
  { code: 'potravinova-a-materialni-pomoc', group: 'related', cs: 'Potravinová a materiální pomoc', en: 'Food and material aid' },
  { code: 'zamestnavani', group: 'related', cs: 'Podpora zaměstnávání', en: 'Employment support' },
  { code: 'skolske-poradenstvi', group: 'related', cs: 'Školské poradenství', en: 'School counselling' },
  { code: 'probace-a-mediace', group: 'related', cs: 'Probace a mediace', en: 'Probation and mediation' },
  { code: 'prevence-kriminality', group: 'related', cs: 'Policie a prevence kriminality', en: 'Police and crime prevention' },
  { code: 'dobrovolnictvi', group: 'related', cs: 'Dobrovolnictví', en: 'Volunteering' },
  { code: 'jine-souvisejici', group: 'related', cs: 'Jiná související služba', en: 'Other related service' },
] as const satisfies readonly ServiceTypeEntry[];

// prettier-ignore
export const FORMS = [
  { code: 'ambulantni', rpss: 'amb', cs: 'Ambulantní', en: 'Outpatient (you come to the service)' },
  { code: 'pobytova', rpss: 'pob', cs: 'Pobytová', en: 'Residential' },
  { code: 'terenni', rpss: 'ter', cs: 'Terénní', en: 'Outreach (the service comes to you)' },
] as const satisfies readonly (CodeListEntry & { rpss: string })[];

export interface TargetGroupEntry extends CodeListEntry {
  readonly rpss?: { readonly id: number; readonly verified: boolean };
}

// Wording follows the registry; only the ids marked verified were read from real data.
// prettier-ignore
export const TARGET_GROUPS = [
  { code: 'seniori', rpss: { id: 24, verified: true }, cs: 'Senioři', en: 'Older people' },
  { code: 'osoby-se-zdravotnim-postizenim', cs: 'Osoby se zdravotním postižením', en: 'People with disabilities' },
  { code: 'telesne-postizeni', cs: 'Osoby s tělesným postižením', en: 'People with physical disabilities' },
  { code: 'mentalni-postizeni', cs: 'Osoby s mentálním postižením', en: 'People with intellectual disabilities' },
  { code: 'kombinovane-postizeni', cs: 'Osoby s kombinovaným postižením', en: 'People with multiple disabilities' },
  { code: 'zrakove-postizeni', cs: 'Osoby se zrakovým postižením', en: 'People with visual impairments' },
  { code: 'sluchove-postizeni', cs: 'Osoby se sluchovým postižením', en: 'People with hearing impairments' },
  { code: 'jine-zdravotni-postizeni', cs: 'Osoby s jiným zdravotním postižením', en: 'People with other disabilities' },
  { code: 'chronicke-onemocneni', cs: 'Osoby s chronickým onemocněním', en: 'People with chronic illness' },
  { code: 'dusevni-onemocneni', cs: 'Osoby s chronickým duševním onemocněním', en: 'People with chronic mental illness' },
  { code: 'demence', rpss: { id: 30, verified: true }, cs: 'Osoby žijící s demencí', en: 'People living with dementia' },
  { code: 'paliativni-pece', rpss: { id: 27, verified: true }, cs: 'Osoby s potřebou paliativní péče', en: 'People in need of palliative care' },
  { code: 'pecujici-osoby', rpss: { id: 26, verified: true }, cs: 'Pečující osoby', en: 'Carers' },
  { code: 'rodiny-s-detmi', cs: 'Rodiny s dítětem/dětmi', en: 'Families with children' },
  { code: 'deti-a-mladez-ohrozene', cs: 'Děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy', en: 'Children and young people aged 6–26 at risk' },
  { code: 'mladi-opoustejici-ustavni-peci', cs: 'Osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče', en: 'Young people under 26 leaving institutional care' },
  { code: 'osoby-v-krizi', cs: 'Osoby v krizi', en: 'People in crisis' },
  { code: 'obeti-domaciho-nasili', cs: 'Oběti domácího násilí', en: 'Victims of domestic violence' },
  { code: 'obeti-trestne-cinnosti', cs: 'Oběti trestné činnosti', en: 'Victims of crime' },
  { code: 'obeti-obchodu-s-lidmi', cs: 'Oběti obchodu s lidmi', en: 'Victims of human trafficking' },
  { code: 'osoby-komercne-zneuzivane', cs: 'Osoby komerčně zneužívané', en: 'People commercially exploited' },
  { code: 'osoby-bez-pristresi', cs: 'Osoby bez přístřeší', en: 'People without shelter' },
  { code: 'socialne-vyloucene-komunity', cs: 'Osoby žijící v sociálně vyloučených komunitách', en: 'People living in socially excluded communities' },
  { code: 'rizikovy-zpusob-zivota', cs: 'Osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy', en: 'People leading or at risk of a risky lifestyle' },
  { code: 'zavislosti', cs: 'Osoby ohrožené závislostí nebo závislé na návykových látkách', en: 'People with or at risk of addiction' },
  { code: 'etnicke-mensiny', cs: 'Etnické menšiny', en: 'Ethnic minorities' },
  { code: 'imigranti-a-azylanti', cs: 'Imigranti a azylanti', en: 'Immigrants and asylum seekers' },
  { code: 'pachatele-trestne-cinnosti', cs: 'Pachatelé trestné činnosti', en: 'Offenders' },
] as const satisfies readonly TargetGroupEntry[];

export interface AgeGroupEntry extends CodeListEntry {
  readonly minAge: number;
  readonly maxAge?: number;
}

// The children's bands follow the registry's portal wording and are not yet verified.
// prettier-ignore
export const AGE_GROUPS = [
  { code: 'deti-do-1', minAge: 0, maxAge: 0, cs: 'Děti do 1 roku', en: 'Children under 1' },
  { code: 'deti-1-6', minAge: 1, maxAge: 6, cs: 'Děti předškolního věku (1–6 let)', en: 'Pre-school children (1–6)' },
  { code: 'deti-7-10', minAge: 7, maxAge: 10, cs: 'Mladší děti (7–10 let)', en: 'Younger children (7–10)' },
  { code: 'deti-11-15', minAge: 11, maxAge: 15, cs: 'Starší děti (11–15 let)', en: 'Older children (11–15)' },
  { code: 'dorost', minAge: 16, maxAge: 18, cs: 'Dorost (16–18 let)', en: 'Adolescents (16–18)' },
  { code: 'mladi-dospeli', minAge: 19, maxAge: 26, cs: 'Mladí dospělí (19–26 let)', en: 'Young adults (19–26)' },
  { code: 'dospeli', minAge: 27, maxAge: 64, cs: 'Dospělí (27–64 let)', en: 'Adults (27–64)' },
  { code: 'mladsi-seniori', minAge: 65, maxAge: 80, cs: 'Mladší senioři (65–80 let)', en: 'Younger seniors (65–80)' },
  { code: 'starsi-seniori', minAge: 81, cs: 'Starší senioři (nad 80 let)', en: 'Older seniors (over 80)' },
] as const satisfies readonly AgeGroupEntry[];

// prettier-ignore
export const CAPACITY_UNITS = [
  { code: 'klient', cs: 'klientů', en: 'clients' },
  { code: 'luzka', cs: 'lůžek', en: 'beds' },
  { code: 'kontakt', cs: 'kontaktů (10 min.)', en: 'contacts (10 min)' },
  { code: 'interv', cs: 'intervencí (30 min.)', en: 'interventions (30 min)' },
  { code: 'hovor', cs: 'hovorů', en: 'calls' },
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

/** The label of a code-list entry in `lang`, English for any language without its own label. */
export function codeLabel(entry: CodeListEntry | undefined, lang: string): string {
  if (!entry) return '';
  return lang === 'cs' || lang === 'sk' ? entry.cs : entry.en;
}

/** "Pečovatelská služba (§40)" — the label with its paragraph, where the type has one. */
export function serviceTypeLabel(code: string, lang: string): string {
  const entry = serviceType(code);
  if (!entry) return code;
  return entry.paragraph ? `${codeLabel(entry, lang)} (${entry.paragraph})` : codeLabel(entry, lang);
}
