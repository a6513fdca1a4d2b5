/**
 * The judged queries of `npm run bench:relevance`: what residents type into a town's finder, with
 * the results a social worker would expect. Written by hand from the sample catalogue
 * (data-schema/examples/sample-catalogue.json, ORP Rokycany) and from how the national catalogue is
 * generated (bench/generate.ts: real towns, every service type).
 *
 * A query's expected set is given either by ids (the sample) or by a predicate: service types
 * and/or target groups, in a town (where the service is, or which it serves). A result is relevant
 * when it is in the expected set. `town` also names the town the resident asked for: a result
 * presented as being there that is not there is a wrong-town result, whatever else it matches.
 * `nothingThere`: the catalogue has nothing of the kind in that town; the expected answer says so
 * and offers the nearest, and no result may be presented as a match in that town.
 */
export type QueryClass =
  | 'diacritics'
  | 'no-diacritics'
  | 'typo'
  | 'colloquial'
  | 'abbreviation'
  | 'type+town'
  | 'town'
  | 'town-nothing'
  | 'name'
  | 'en'
  | 'uk';

export interface JudgedQuery {
  query: string;
  class: QueryClass;
  /** The interface language the resident uses (cs by default). */
  lang?: 'cs' | 'en' | 'uk';
  /** The expected services, by id. */
  ids?: readonly string[];
  /** Or: every service of one of these types… */
  serviceTypes?: readonly string[];
  /** …and/or for one of these target groups… */
  targetGroups?: readonly string[];
  /**
   * …of which the services of these types only when their description or tags speak of the topic
   * (a §37 advice centre is right for "exekuce" when it says it helps with debts).
   */
  speakingOf?: { serviceTypes: readonly string[]; pattern: RegExp };
  /** …in this town (located there or serving it). Also the town asked for. */
  town?: string;
  /** The asked town has nothing of the kind: no result may be shown as being there. */
  nothingThere?: boolean;
  /** Why these are the right results, where it is not obvious. */
  why?: string;
}

// prettier-ignore
const HOME_CARE = ['svc-pecovatelska-rokycany', 'svc-charita-pecovatelska', 'svc-pecovatelska-radnice', 'svc-pecovatelska-zbiroh', 'svc-pecovatelska-hradek'];
const CARE_HOMES = ['svc-domov-na-vrsku', 'svc-domov-u-lesa', 'svc-zlaty-podzim-domov'];
const RESPITE = ['svc-odlehcovaci-rokycany', 'svc-odlehcovaci-u-lesa', 'svc-slunce-odlehcovaci'];
const HOMELESS = { targetGroups: ['osoby-bez-pristresi'] } as const;
const VIOLENCE = { targetGroups: ['obeti-domaciho-nasili'] } as const;
const DEMENTIA = { targetGroups: ['demence'] } as const;

// prettier-ignore
export const SAMPLE_QUERIES: readonly JudgedQuery[] = [
  // Official names, as typed with diacritics.
  { class: 'diacritics', query: 'pečovatelská služba', ids: HOME_CARE },
  { class: 'diacritics', query: 'domov pro seniory', ids: CARE_HOMES },
  { class: 'diacritics', query: 'odlehčovací služby', ids: RESPITE },
  { class: 'diacritics', query: 'azylový dům', ids: ['svc-majak-azylovy-dum'] },
  { class: 'diacritics', query: 'raná péče', ids: ['svc-rana-pece-dlan'] },
  { class: 'diacritics', query: 'osobní asistence', ids: ['svc-osobni-asistence'] },
  { class: 'diacritics', query: 'dluhová poradna', ids: ['svc-rovnovaha-dluhova-poradna'] },
  { class: 'diacritics', query: 'noclehárna', ids: ['svc-charita-nocleharna'] },
  { class: 'diacritics', query: 'chráněné bydlení', ids: ['svc-chranene-bydleni-holoubkov'] },
  { class: 'diacritics', query: 'tísňová péče', ids: ['svc-tisnova-pece'] },
  // The same without diacritics (phones, foreign keyboards).
  { class: 'no-diacritics', query: 'pecovatelska sluzba', ids: HOME_CARE },
  { class: 'no-diacritics', query: 'domov se zvlastnim rezimem', ids: ['svc-dzr-na-vrsku'] },
  { class: 'no-diacritics', query: 'nizkoprahovy klub', ids: ['svc-kotelna-rokycany', 'svc-kotelna-radnice'] },
  { class: 'no-diacritics', query: 'socialni rehabilitace', ids: ['svc-krok-socialni-rehabilitace'] },
  { class: 'no-diacritics', query: 'tlumoceni znakovy jazyk', ids: ['svc-tlumocnicke-znakovka'] },
  { class: 'no-diacritics', query: 'pujcovna pomucek', ids: ['svc-opora-pujcovna'] },
  { class: 'no-diacritics', query: 'odlehcovaci sluzba', ids: RESPITE },
  // Typos.
  { class: 'typo', query: 'pečovatleská služba', ids: HOME_CARE },
  { class: 'typo', query: 'odlehčovcí', ids: RESPITE },
  { class: 'typo', query: 'noclehrna', ids: ['svc-charita-nocleharna'] },
  { class: 'typo', query: 'hosipc', ids: ['svc-hospic-klas'] },
  { class: 'typo', query: 'osobni asistnce', ids: ['svc-osobni-asistence'] },
  { class: 'typo', query: 'azylovy dun', ids: ['svc-majak-azylovy-dum'] },
  // Colloquial and former names.
  { class: 'colloquial', query: 'domov důchodců', ids: CARE_HOMES, why: 'the name of §49 homes before 2007, still the everyday one' },
  { class: 'colloquial', query: 'důchoďák', ids: CARE_HOMES },
  { class: 'colloquial', query: 'pečovatelka', ids: HOME_CARE },
  { class: 'colloquial', query: 'azyl', ids: ['svc-majak-azylovy-dum'] },
  { class: 'colloquial', query: 'rozvoz obědů', ids: HOME_CARE },
  { class: 'colloquial', query: 'tlačítko pro seniory', ids: ['svc-tisnova-pece'] },
  { class: 'colloquial', query: 'pracák', ids: ['svc-up-prispevek-na-peci', 'svc-up-hmotna-nouze'] },
  { class: 'colloquial', query: 'příspěvek na péči', ids: ['svc-up-prispevek-na-peci'] },
  { class: 'colloquial', query: 'exekuce', ids: ['svc-rovnovaha-dluhova-poradna'] },
  { class: 'colloquial', query: 'bezdomovci', ...HOMELESS },
  { class: 'colloquial', query: 'alzheimer', ...DEMENTIA },
  { class: 'colloquial', query: 'respitní péče', ids: RESPITE },
  { class: 'colloquial', query: 'linka důvěry', ids: ['svc-linka-duvery-brdy'] },
  { class: 'colloquial', query: 'káčko', ids: ['svc-cesta-ven-kc'] },
  { class: 'colloquial', query: 'domácí násilí', ...VIOLENCE },
  { class: 'colloquial', query: 'chodítko', ids: ['svc-opora-pujcovna'] },
  // Abbreviations of practice.
  { class: 'abbreviation', query: 'DPS', serviceTypes: ['pecovatelska-sluzba', 'bydleni'], why: 'a municipal house of flats with home care' },
  { class: 'abbreviation', query: 'LDN', ids: ['svc-nemocnice-ldn', 'svc-nemocnice-socialni-luzka'] },
  { class: 'abbreviation', query: 'DZR', ids: ['svc-dzr-na-vrsku'] },
  { class: 'abbreviation', query: 'DOZP', ids: ['svc-dozp-na-berounce'] },
  { class: 'abbreviation', query: 'OSPOD', ids: ['svc-mesto-ospod'] },
  { class: 'abbreviation', query: 'NZDM', ids: ['svc-kotelna-rokycany', 'svc-kotelna-radnice'] },
  { class: 'abbreviation', query: 'PPP', ids: ['svc-ppp'] },
  { class: 'abbreviation', query: 'CDZ', ids: ['svc-cdz-rokycany'] },
  { class: 'abbreviation', query: 'SAS', ids: ['svc-prameny-sas'] },
  { class: 'abbreviation', query: 'STD', ids: ['svc-krok-dilna'] },
  // A type and a town in one query.
  { class: 'type+town', query: 'pečovatelská služba Radnice', ids: ['svc-pecovatelska-radnice'], town: 'Radnice' },
  { class: 'type+town', query: 'pecovatelska sluzba zbiroh', ids: ['svc-pecovatelska-zbiroh'], town: 'Zbiroh' },
  { class: 'type+town', query: 'domov pro seniory Mýto', ids: ['svc-zlaty-podzim-domov'], town: 'Mýto' },
  { class: 'type+town', query: 'domov důchodců Mirošov', ids: ['svc-domov-u-lesa'], town: 'Mirošov' },
  { class: 'type+town', query: 'osobní asistence Radnice', ids: ['svc-osobni-asistence'], town: 'Radnice', why: 'serves the whole ORP' },
  { class: 'type+town', query: 'nízkoprahový klub Radnice', ids: ['svc-kotelna-radnice'], town: 'Radnice' },
  { class: 'type+town', query: 'pečovatelka Hrádek', ids: ['svc-pecovatelska-hradek'], town: 'Hrádek' },
  { class: 'type+town', query: 'domov pro seniory Hrádek', serviceTypes: ['domovy-pro-seniory'], town: 'Hrádek', nothingThere: true },
  { class: 'type+town', query: 'noclehárna Radnice', serviceTypes: ['nocleharny'], town: 'Radnice', nothingThere: true },
  { class: 'type+town', query: 'azylový dům Mýto', serviceTypes: ['azylove-domy'], town: 'Mýto', nothingThere: true },
  // A town alone.
  { class: 'town', query: 'Radnice', town: 'Radnice' },
  { class: 'town', query: 'Mýto', town: 'Mýto' },
  { class: 'town', query: 'Zbiroh', town: 'Zbiroh' },
  { class: 'town', query: 'mirosov', town: 'Mirošov' },
  { class: 'town', query: 'Kamenný Újezd', town: 'Kamenný Újezd' },
  { class: 'town', query: 'Strašice', town: 'Strašice' },
  // A town the catalogue does not cover: say so; never another town's services as matches.
  { class: 'town-nothing', query: 'Plzeň', town: 'Plzeň', nothingThere: true },
  { class: 'town-nothing', query: 'Koryčany', town: 'Koryčany', nothingThere: true },
  { class: 'town-nothing', query: 'Beroun', town: 'Beroun', nothingThere: true },
  { class: 'town-nothing', query: 'pečovatelská služba Plzeň', serviceTypes: ['pecovatelska-sluzba'], town: 'Plzeň', nothingThere: true },
  // Names of places and providers.
  { class: 'name', query: 'Maják', ids: ['svc-majak-azylovy-dum', 'svc-majak-krizova-pomoc'] },
  { class: 'name', query: 'Kotelna', ids: ['svc-kotelna-rokycany', 'svc-kotelna-radnice'] },
  { class: 'name', query: 'Cesta ven', ids: ['svc-cesta-ven-kc', 'svc-cesta-ven-terenni', 'svc-cesta-ven-ambulance', 'svc-cesta-ven-nasledna'] },
  { class: 'name', query: '"Na Vršku"', ids: ['svc-domov-na-vrsku', 'svc-dzr-na-vrsku'] },
  { class: 'name', query: 'Kulíšek', ids: ['svc-kulisek'] },
  // English.
  { class: 'en', lang: 'en', query: 'care home', ids: CARE_HOMES },
  { class: 'en', lang: 'en', query: 'home care', serviceTypes: ['pecovatelska-sluzba', 'domaci-zdravotni-pece'] },
  { class: 'en', lang: 'en', query: 'homeless', ...HOMELESS },
  { class: 'en', lang: 'en', query: 'debt advice', ids: ['svc-rovnovaha-dluhova-poradna'] },
  { class: 'en', lang: 'en', query: 'domestic violence', ...VIOLENCE },
  { class: 'en', lang: 'en', query: 'food bank', ids: ['svc-sdilena-spiz', 'svc-charita-satnik'] },
  { class: 'en', lang: 'en', query: 'respite care', ids: RESPITE },
  { class: 'en', lang: 'en', query: 'night shelter', ids: ['svc-charita-nocleharna'] },
  { class: 'en', lang: 'en', query: 'hospice', ids: ['svc-hospic-klas'] },
  { class: 'en', lang: 'en', query: 'benefits', ids: ['svc-up-prispevek-na-peci', 'svc-up-hmotna-nouze'] },
  { class: 'en', lang: 'en', query: 'care home Mýto', ids: ['svc-zlaty-podzim-domov'], town: 'Mýto' },
  { class: 'en', lang: 'en', query: 'personal assistant', ids: ['svc-osobni-asistence'] },
  // Ukrainian.
  { class: 'uk', lang: 'uk', query: 'будинок для літніх', ids: CARE_HOMES },
  { class: 'uk', lang: 'uk', query: 'догляд вдома', ids: HOME_CARE },
  { class: 'uk', lang: 'uk', query: 'бездомні', ...HOMELESS },
  { class: 'uk', lang: 'uk', query: 'домашнє насильство', ...VIOLENCE },
  { class: 'uk', lang: 'uk', query: 'борги', ids: ['svc-rovnovaha-dluhova-poradna'] },
  { class: 'uk', lang: 'uk', query: 'психолог', serviceTypes: ['psychologicka-pomoc'] },
  { class: 'uk', lang: 'uk', query: 'юрист', ids: ['svc-mesto-pravni-poradna'] },
  { class: 'uk', lang: 'uk', query: 'перекладач', ids: ['svc-tlumocnicke-znakovka'] },
  { class: 'uk', lang: 'uk', query: 'гаряча лінія', ids: ['svc-linka-duvery-brdy'] },
  { class: 'uk', lang: 'uk', query: 'Рокицани', town: 'Rokycany', why: 'a Czech town typed in Cyrillic' },
  { class: 'uk', lang: 'uk', query: 'будинок для літніх Мірошов', ids: ['svc-domov-u-lesa'], town: 'Mirošov' },
];

// Over a generated national catalogue (5,000 services in the 224 towns of czech-towns.ts): the
// expected sets are predicates, since the generator places services at random. A town with
// nothing of the kind there gets "nothing there" from the catalogue itself.
// prettier-ignore
export const NATIONAL_QUERIES: readonly JudgedQuery[] = [
  { class: 'diacritics', query: 'pečovatelská služba', serviceTypes: ['pecovatelska-sluzba'] },
  { class: 'diacritics', query: 'azylové domy', serviceTypes: ['azylove-domy'] },
  { class: 'no-diacritics', query: 'pecovatelska sluzba pisek', serviceTypes: ['pecovatelska-sluzba'], town: 'Písek' },
  { class: 'no-diacritics', query: 'jindrichuv hradec', town: 'Jindřichův Hradec' },
  { class: 'typo', query: 'pečovatleská služba Písek', serviceTypes: ['pecovatelska-sluzba'], town: 'Písek' },
  { class: 'typo', query: 'osobni asistnce Brno', serviceTypes: ['osobni-asistence'], town: 'Brno' },
  { class: 'colloquial', query: 'domov důchodců Brno', serviceTypes: ['domovy-pro-seniory'], town: 'Brno' },
  { class: 'colloquial', query: 'azyl Ostrava', serviceTypes: ['azylove-domy'], town: 'Ostrava' },
  { class: 'colloquial', query: 'noclehárna Olomouc', serviceTypes: ['nocleharny'], town: 'Olomouc' },
  { class: 'colloquial', query: 'exekuce Tábor', serviceTypes: ['dluhove-poradenstvi', 'odborne-socialni-poradenstvi'], speakingOf: { serviceTypes: ['odborne-socialni-poradenstvi'], pattern: /dluh|exeku|oddluž|insolven/i }, town: 'Tábor', why: 'debt counselling, and the advice centres (§37) that help with debts and say so' },
  { class: 'abbreviation', query: 'DZR Olomouc', serviceTypes: ['domovy-se-zvlastnim-rezimem'], town: 'Olomouc' },
  { class: 'abbreviation', query: 'OSPOD Kroměříž', serviceTypes: ['ospod'], town: 'Kroměříž' },
  { class: 'abbreviation', query: 'NZDM Praha', serviceTypes: ['nizkoprahova-zarizeni-pro-deti-a-mladez'], town: 'Praha' },
  { class: 'type+town', query: 'osobní asistence Kroměříž', serviceTypes: ['osobni-asistence'], town: 'Kroměříž' },
  { class: 'type+town', query: 'azylový dům Praha', serviceTypes: ['azylove-domy'], town: 'Praha' },
  { class: 'type+town', query: 'noclehárna Votice', serviceTypes: ['nocleharny'], town: 'Votice' },
  { class: 'type+town', query: 'raná péče Písek', serviceTypes: ['rana-pece'], town: 'Písek' },
  { class: 'town', query: 'Rokycany', town: 'Rokycany' },
  { class: 'town', query: 'Kroměříž', town: 'Kroměříž' },
  { class: 'town-nothing', query: 'Koryčany', town: 'Koryčany', nothingThere: true, why: 'a real town, not in the generated catalogue; must not find Rokycany' },
  { class: 'town-nothing', query: 'pečovatelská služba Koryčany', serviceTypes: ['pecovatelska-sluzba'], town: 'Koryčany', nothingThere: true },
  { class: 'en', lang: 'en', query: 'care home Brno', serviceTypes: ['domovy-pro-seniory'], town: 'Brno' },
  { class: 'en', lang: 'en', query: 'homeless shelter Ostrava', serviceTypes: ['nocleharny'], town: 'Ostrava' },
  { class: 'en', lang: 'en', query: 'debt advice', serviceTypes: ['dluhove-poradenstvi'] },
  { class: 'uk', lang: 'uk', query: 'будинок для літніх Брно', serviceTypes: ['domovy-pro-seniory'], town: 'Brno' },
  { class: 'uk', lang: 'uk', query: 'Рокицани', town: 'Rokycany' },
  { class: 'uk', lang: 'uk', query: 'психолог Прага', serviceTypes: ['psychologicka-pomoc'], town: 'Praha' },
];
