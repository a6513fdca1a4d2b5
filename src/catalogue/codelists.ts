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
  /** Ukrainian. */
  readonly uk?: string;
}

export type ServiceTypeGroup = 'counselling' | 'care' | 'prevention' | 'related';

export interface ServiceTypeEntry extends CodeListEntry {
  readonly group: ServiceTypeGroup;
  /** Paragraph of Act No. 108/2006 Sb.; absent for related services. */
  readonly paragraph?: string;
  readonly rpss?: { readonly id: number; readonly verified: boolean };
}

export const SERVICE_TYPE_GROUPS: readonly CodeListEntry<ServiceTypeGroup>[] = [
  { code: 'counselling', cs: 'Sociální poradenství', en: 'Social counselling', uk: 'Соціальне консультування' },
  { code: 'care', cs: 'Služby sociální péče', en: 'Social care services', uk: 'Послуги соціального догляду' },
  { code: 'prevention', cs: 'Služby sociální prevence', en: 'Social prevention services', uk: 'Профілактичні послуги' },
  { code: 'related', cs: 'Související služby', en: 'Related services', uk: 'Суміжні послуги' },
];

// prettier-ignore
export const SERVICE_TYPES = [
  { code: 'odborne-socialni-poradenstvi', group: 'counselling', paragraph: '§37', rpss: { id: 1, verified: true }, cs: 'Odborné sociální poradenství', en: 'Professional social counselling', uk: 'Фахове соціальне консультування' },
  { code: 'osobni-asistence', group: 'care', paragraph: '§39', rpss: { id: 3, verified: true }, cs: 'Osobní asistence', en: 'Personal assistance', uk: 'Особиста асистенція' },
  { code: 'pecovatelska-sluzba', group: 'care', paragraph: '§40', rpss: { id: 4, verified: true }, cs: 'Pečovatelská služba', en: 'Home care service', uk: 'Служба догляду вдома' },
  { code: 'tisnova-pece', group: 'care', paragraph: '§41', rpss: { id: 5, verified: true }, cs: 'Tísňová péče', en: 'Emergency alarm care', uk: 'Тривожна кнопка – цілодобова дистанційна допомога' },
  { code: 'pruvodcovske-a-predcitatelske-sluzby', group: 'care', paragraph: '§42', rpss: { id: 6, verified: true }, cs: 'Průvodcovské a předčitatelské služby', en: 'Guide and reading services', uk: 'Супровід і читання вголос' },
  { code: 'podpora-samostatneho-bydleni', group: 'care', paragraph: '§43', rpss: { id: 7, verified: false }, cs: 'Podpora samostatného bydlení', en: 'Supported independent living', uk: 'Підтримка самостійного проживання' },
  { code: 'odlehcovaci-sluzby', group: 'care', paragraph: '§44', rpss: { id: 8, verified: true }, cs: 'Odlehčovací služby', en: 'Respite care', uk: 'Тимчасовий догляд, щоб рідні могли відпочити' },
  { code: 'centra-dennich-sluzeb', group: 'care', paragraph: '§45', rpss: { id: 9, verified: true }, cs: 'Centra denních služeb', en: 'Day service centres', uk: 'Центри денних послуг' },
  { code: 'denni-stacionare', group: 'care', paragraph: '§46', rpss: { id: 10, verified: true }, cs: 'Denní stacionáře', en: 'Day care centres', uk: 'Центри денного догляду' },
  { code: 'tydenni-stacionare', group: 'care', paragraph: '§47', rpss: { id: 11, verified: true }, cs: 'Týdenní stacionáře', en: 'Weekly care centres', uk: 'Догляд із проживанням у будні' },
  { code: 'domovy-pro-osoby-se-zdravotnim-postizenim', group: 'care', paragraph: '§48', rpss: { id: 12, verified: true }, cs: 'Domovy pro osoby se zdravotním postižením', en: 'Homes for people with disabilities', uk: 'Будинки для людей з інвалідністю' },
  { code: 'domovy-pro-seniory', group: 'care', paragraph: '§49', rpss: { id: 13, verified: true }, cs: 'Domovy pro seniory', en: 'Homes for older people', uk: 'Будинки для літніх людей' },
  { code: 'domovy-se-zvlastnim-rezimem', group: 'care', paragraph: '§50', rpss: { id: 14, verified: true }, cs: 'Domovy se zvláštním režimem', en: 'Homes with a special regime (e.g. dementia)', uk: 'Будинки зі спеціальним режимом, напр. для людей з деменцією' },
  { code: 'chranene-bydleni', group: 'care', paragraph: '§51', rpss: { id: 15, verified: true }, cs: 'Chráněné bydlení', en: 'Sheltered housing', uk: 'Захищене житло' },
  { code: 'socialni-sluzby-ve-zdravotnickych-zarizenich', group: 'care', paragraph: '§52', rpss: { id: 16, verified: false }, cs: 'Sociální služby poskytované ve zdravotnických zařízeních lůžkové péče', en: 'Social services in inpatient health facilities', uk: 'Соціальні послуги в лікарнях та інших закладах стаціонарної медичної допомоги' },
  { code: 'rana-pece', group: 'prevention', paragraph: '§54', rpss: { id: 17, verified: false }, cs: 'Raná péče', en: 'Early intervention', uk: 'Раннє втручання – підтримка родин дітей з інвалідністю' },
  { code: 'telefonicka-krizova-pomoc', group: 'prevention', paragraph: '§55', rpss: { id: 18, verified: true }, cs: 'Telefonická krizová pomoc', en: 'Crisis helpline', uk: 'Кризова допомога телефоном (телефон довіри)' },
  { code: 'tlumocnicke-sluzby', group: 'prevention', paragraph: '§56', rpss: { id: 19, verified: true }, cs: 'Tlumočnické služby', en: 'Interpreting for people with hearing or sight impairment', uk: 'Перекладачі для людей з порушеннями слуху чи зору' },
  { code: 'azylove-domy', group: 'prevention', paragraph: '§57', rpss: { id: 20, verified: false }, cs: 'Azylové domy', en: 'Shelters', uk: 'Притулки' },
  { code: 'domy-na-pul-cesty', group: 'prevention', paragraph: '§58', rpss: { id: 21, verified: false }, cs: 'Domy na půl cesty', en: 'Halfway houses', uk: 'Будинки «на півдорозі» для молоді після дитячих закладів' },
  { code: 'kontaktni-centra', group: 'prevention', paragraph: '§59', rpss: { id: 22, verified: false }, cs: 'Kontaktní centra', en: 'Drop-in centres for drug users', uk: 'Контактні центри для людей, які вживають наркотики' },
  { code: 'krizova-pomoc', group: 'prevention', paragraph: '§60', rpss: { id: 23, verified: true }, cs: 'Krizová pomoc', en: 'Crisis intervention', uk: 'Кризова допомога' },
  { code: 'intervencni-centra', group: 'prevention', paragraph: '§60a', cs: 'Intervenční centra', en: 'Intervention centres (domestic violence)', uk: 'Інтервенційні центри (допомога постраждалим від домашнього насильства)' },
  { code: 'nizkoprahova-denni-centra', group: 'prevention', paragraph: '§61', rpss: { id: 24, verified: false }, cs: 'Nízkoprahová denní centra', en: 'Low-threshold day centres', uk: 'Денні центри для людей без житла' },
  { code: 'nizkoprahova-zarizeni-pro-deti-a-mladez', group: 'prevention', paragraph: '§62', rpss: { id: 25, verified: false }, cs: 'Nízkoprahová zařízení pro děti a mládež', en: 'Low-threshold clubs for children and youth', uk: 'Відкриті клуби для дітей і молоді' },
  { code: 'nocleharny', group: 'prevention', paragraph: '§63', rpss: { id: 26, verified: false }, cs: 'Noclehárny', en: 'Night shelters', uk: 'Нічні притулки' },
  { code: 'sluzby-nasledne-pece', group: 'prevention', paragraph: '§64', rpss: { id: 27, verified: false }, cs: 'Služby následné péče', en: 'Aftercare services', uk: 'Подальша підтримка після лікування залежності чи психічного захворювання' },
  { code: 'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi', group: 'prevention', paragraph: '§65', rpss: { id: 28, verified: true }, cs: 'Sociálně aktivizační služby pro rodiny s dětmi', en: 'Social activation services for families with children', uk: 'Підтримка сімей з дітьми' },
  { code: 'socialne-aktivizacni-sluzby-pro-seniory-a-ozp', group: 'prevention', paragraph: '§66', rpss: { id: 29, verified: true }, cs: 'Sociálně aktivizační služby pro seniory a osoby se zdravotním postižením', en: 'Social activation services for older people and people with disabilities', uk: 'Активізаційні послуги для літніх людей і людей з інвалідністю' },
  { code: 'socialne-terapeuticke-dilny', group: 'prevention', paragraph: '§67', rpss: { id: 30, verified: true }, cs: 'Sociálně terapeutické dílny', en: 'Social therapy workshops', uk: 'Соціально-терапевтичні майстерні' },
  { code: 'terapeuticke-komunity', group: 'prevention', paragraph: '§68', rpss: { id: 31, verified: false }, cs: 'Terapeutické komunity', en: 'Therapeutic communities', uk: 'Терапевтичні спільноти' },
  { code: 'terenni-programy', group: 'prevention', paragraph: '§69', rpss: { id: 32, verified: true }, cs: 'Terénní programy', en: 'Outreach programmes', uk: 'Вулична та виїзна соціальна робота' },
  { code: 'socialni-rehabilitace', group: 'prevention', paragraph: '§70', rpss: { id: 33, verified: true }, cs: 'Sociální rehabilitace', en: 'Social rehabilitation', uk: 'Соціальна реабілітація' },
  // The registry lists this type; its paragraph is not verified, so none is shown.
  { code: 'centrum-dusevniho-zdravi', group: 'prevention', cs: 'Centrum duševního zdraví', en: 'Mental health centre', uk: 'Центр психічного здоров’я' },
  { code: 'dluhove-poradenstvi', group: 'related', cs: 'Dluhové poradenství', en: 'Debt counselling', uk: 'Допомога з боргами' },
  { code: 'pravni-poradenstvi', group: 'related', cs: 'Právní poradenství', en: 'Legal advice', uk: 'Юридичні консультації' },
  { code: 'psychologicka-pomoc', group: 'related', cs: 'Psychologická a psychoterapeutická pomoc', en: 'Psychological help and psychotherapy', uk: 'Психологічна допомога та психотерапія' },
  { code: 'zdravotni-pece', group: 'related', cs: 'Zdravotní péče', en: 'Health care', uk: 'Медична допомога' },
  { code: 'domaci-zdravotni-pece', group: 'related', cs: 'Domácí zdravotní péče', en: 'Home nursing', uk: 'Медичний догляд удома' },
  { code: 'paliativni-a-hospicova-pece', group: 'related', cs: 'Paliativní a hospicová péče', en: 'Palliative and hospice care', uk: 'Паліативна та хоспісна допомога' },
  { code: 'adiktologicka-pece', group: 'related', cs: 'Adiktologická péče', en: 'Addiction treatment', uk: 'Лікування залежностей' },
  { code: 'urad-prace', group: 'related', cs: 'Úřad práce – dávky a příspěvky', en: 'Labour Office – benefits and allowances', uk: 'Úřad práce (центр зайнятості) – соціальні виплати та допомога' },
  { code: 'socialni-odbor-obce', group: 'related', cs: 'Sociální pracovník obce', en: 'Municipal social worker', uk: 'Соціальний працівник муніципалітету' },
  { code: 'ospod', group: 'related', cs: 'Sociálně-právní ochrana dětí (OSPOD)', en: 'Child protection authority (OSPOD)', uk: 'Служба захисту дітей (OSPOD)' },
  { code: 'rodinne-centrum', group: 'related', cs: 'Rodinné centrum', en: 'Family centre', uk: 'Сімейний центр' },
  { code: 'volnocasove-aktivity', group: 'related', cs: 'Volnočasové a komunitní aktivity', en: 'Leisure and community activities', uk: 'Дозвілля та заходи для громади' },
  { code: 'pujcovna-kompenzacnich-pomucek', group: 'related', cs: 'Půjčovna kompenzačních pomůcek', en: 'Mobility and care aids lending', uk: 'Прокат допоміжних засобів (візки, ходунки тощо)' },
  { code: 'bydleni', group: 'related', cs: 'Bydlení (obecní a sociální byty)', en: 'Housing (municipal and social flats)', uk: 'Житло (муніципальні та соціальні квартири)' },
  { code: 'potravinova-a-materialni-pomoc', group: 'related', cs: 'Potravinová a materiální pomoc', en: 'Food and material aid', uk: 'Продуктова та речова допомога' },
  { code: 'zamestnavani', group: 'related', cs: 'Podpora zaměstnávání', en: 'Employment support', uk: 'Допомога з працевлаштуванням' },
  { code: 'skolske-poradenstvi', group: 'related', cs: 'Školské poradenství', en: 'School counselling', uk: 'Шкільне консультування' },
  { code: 'probace-a-mediace', group: 'related', cs: 'Probace a mediace', en: 'Probation and mediation', uk: 'Пробація та медіація' },
  { code: 'prevence-kriminality', group: 'related', cs: 'Policie a prevence kriminality', en: 'Police and crime prevention', uk: 'Поліція та профілактика злочинності' },
  { code: 'dobrovolnictvi', group: 'related', cs: 'Dobrovolnictví', en: 'Volunteering', uk: 'Волонтерство' },
  { code: 'jine-souvisejici', group: 'related', cs: 'Jiná související služba', en: 'Other related service', uk: 'Інша суміжна послуга' },
] as const satisfies readonly ServiceTypeEntry[];

// prettier-ignore
export const FORMS = [
  { code: 'ambulantni', rpss: 'amb', cs: 'Ambulantní', en: 'Outpatient (you come to the service)', uk: 'Амбулаторна (ви приходите до служби)' },
  { code: 'pobytova', rpss: 'pob', cs: 'Pobytová', en: 'Residential', uk: 'Стаціонарна (з проживанням)' },
  { code: 'terenni', rpss: 'ter', cs: 'Terénní', en: 'Outreach (the service comes to you)', uk: 'Виїзна (служба приходить до вас)' },
] as const satisfies readonly (CodeListEntry & { rpss: string })[];

export interface TargetGroupEntry extends CodeListEntry {
  readonly rpss?: { readonly id: number; readonly verified: boolean };
}

// Wording follows the registry; only the ids marked verified were read from real data.
// prettier-ignore
export const TARGET_GROUPS = [
  { code: 'seniori', rpss: { id: 24, verified: true }, cs: 'Senioři', en: 'Older people', uk: 'Літні люди' },
  { code: 'osoby-se-zdravotnim-postizenim', cs: 'Osoby se zdravotním postižením', en: 'People with disabilities', uk: 'Люди з інвалідністю' },
  { code: 'telesne-postizeni', cs: 'Osoby s tělesným postižením', en: 'People with physical disabilities', uk: 'Люди з фізичною інвалідністю' },
  { code: 'mentalni-postizeni', cs: 'Osoby s mentálním postižením', en: 'People with intellectual disabilities', uk: 'Люди з інтелектуальною інвалідністю' },
  { code: 'kombinovane-postizeni', cs: 'Osoby s kombinovaným postižením', en: 'People with multiple disabilities', uk: 'Люди з множинною інвалідністю' },
  { code: 'zrakove-postizeni', cs: 'Osoby se zrakovým postižením', en: 'People with visual impairments', uk: 'Люди з порушеннями зору' },
  { code: 'sluchove-postizeni', cs: 'Osoby se sluchovým postižením', en: 'People with hearing impairments', uk: 'Люди з порушеннями слуху' },
  { code: 'jine-zdravotni-postizeni', cs: 'Osoby s jiným zdravotním postižením', en: 'People with other disabilities', uk: 'Люди з іншою інвалідністю' },
  { code: 'chronicke-onemocneni', cs: 'Osoby s chronickým onemocněním', en: 'People with chronic illness', uk: 'Люди з хронічними захворюваннями' },
  { code: 'dusevni-onemocneni', cs: 'Osoby s chronickým duševním onemocněním', en: 'People with chronic mental illness', uk: 'Люди з хронічними психічними захворюваннями' },
  { code: 'demence', rpss: { id: 30, verified: true }, cs: 'Osoby žijící s demencí', en: 'People living with dementia', uk: 'Люди з деменцією' },
  { code: 'paliativni-pece', rpss: { id: 27, verified: true }, cs: 'Osoby s potřebou paliativní péče', en: 'People in need of palliative care', uk: 'Люди, які потребують паліативної допомоги' },
  { code: 'pecujici-osoby', rpss: { id: 26, verified: true }, cs: 'Pečující osoby', en: 'Carers', uk: 'Люди, які доглядають за близькими' },
  { code: 'rodiny-s-detmi', cs: 'Rodiny s dítětem/dětmi', en: 'Families with children', uk: 'Сім’ї з дітьми' },
  { code: 'deti-a-mladez-ohrozene', cs: 'Děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy', en: 'Children and young people aged 6–26 at risk', uk: 'Діти та молодь віком 6–26 років у групі ризику' },
  { code: 'mladi-opoustejici-ustavni-peci', cs: 'Osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče', en: 'Young people under 26 leaving institutional care', uk: 'Молодь до 26 років, яка залишає дитячі заклади інтернатного типу' },
  { code: 'osoby-v-krizi', cs: 'Osoby v krizi', en: 'People in crisis', uk: 'Люди в кризовій ситуації' },
  { code: 'obeti-domaciho-nasili', cs: 'Oběti domácího násilí', en: 'Victims of domestic violence', uk: 'Постраждалі від домашнього насильства' },
  { code: 'obeti-trestne-cinnosti', cs: 'Oběti trestné činnosti', en: 'Victims of crime', uk: 'Постраждалі від злочинів' },
  { code: 'obeti-obchodu-s-lidmi', cs: 'Oběti obchodu s lidmi', en: 'Victims of human trafficking', uk: 'Постраждалі від торгівлі людьми' },
  { code: 'osoby-komercne-zneuzivane', cs: 'Osoby komerčně zneužívané', en: 'People commercially exploited', uk: 'Люди, які зазнають комерційної (зокрема сексуальної) експлуатації' },
  { code: 'osoby-bez-pristresi', cs: 'Osoby bez přístřeší', en: 'People without shelter', uk: 'Люди без даху над головою' },
  { code: 'socialne-vyloucene-komunity', cs: 'Osoby žijící v sociálně vyloučených komunitách', en: 'People living in socially excluded communities', uk: 'Люди, які живуть у соціально виключених громадах' },
  { code: 'rizikovy-zpusob-zivota', cs: 'Osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy', en: 'People leading or at risk of a risky lifestyle', uk: 'Люди, які ведуть ризикований спосіб життя або яким це загрожує' },
  { code: 'zavislosti', cs: 'Osoby ohrožené závislostí nebo závislé na návykových látkách', en: 'People with or at risk of addiction', uk: 'Люди із залежністю від психоактивних речовин або під загрозою залежності' },
  { code: 'etnicke-mensiny', cs: 'Etnické menšiny', en: 'Ethnic minorities', uk: 'Етнічні меншини' },
  { code: 'imigranti-a-azylanti', cs: 'Imigranti a azylanti', en: 'Immigrants and people granted asylum', uk: 'Мігранти та біженці' },
  { code: 'pachatele-trestne-cinnosti', cs: 'Pachatelé trestné činnosti', en: 'Offenders', uk: 'Люди, які вчинили злочин' },
] as const satisfies readonly TargetGroupEntry[];

export interface AgeGroupEntry extends CodeListEntry {
  readonly minAge: number;
  readonly maxAge?: number;
}

// The children's bands follow the registry's portal wording and are not yet verified.
// prettier-ignore
export const AGE_GROUPS = [
  { code: 'deti-do-1', minAge: 0, maxAge: 0, cs: 'Děti do 1 roku', en: 'Children under 1', uk: 'Діти до 1 року' },
  { code: 'deti-1-6', minAge: 1, maxAge: 6, cs: 'Děti předškolního věku (1–6 let)', en: 'Pre-school children (1–6)', uk: 'Діти дошкільного віку (1–6 років)' },
  { code: 'deti-7-10', minAge: 7, maxAge: 10, cs: 'Mladší děti (7–10 let)', en: 'Younger children (7–10)', uk: 'Молодші діти (7–10 років)' },
  { code: 'deti-11-15', minAge: 11, maxAge: 15, cs: 'Starší děti (11–15 let)', en: 'Older children (11–15)', uk: 'Старші діти (11–15 років)' },
  { code: 'dorost', minAge: 16, maxAge: 18, cs: 'Dorost (16–18 let)', en: 'Adolescents (16–18)', uk: 'Підлітки (16–18 років)' },
  { code: 'mladi-dospeli', minAge: 19, maxAge: 26, cs: 'Mladí dospělí (19–26 let)', en: 'Young adults (19–26)', uk: 'Молодь (19–26 років)' },
  { code: 'dospeli', minAge: 27, maxAge: 64, cs: 'Dospělí (27–64 let)', en: 'Adults (27–64)', uk: 'Дорослі (27–64 роки)' },
  { code: 'mladsi-seniori', minAge: 65, maxAge: 80, cs: 'Mladší senioři (65–80 let)', en: 'Younger seniors (65–80)', uk: 'Літні люди (65–80 років)' },
  { code: 'starsi-seniori', minAge: 81, cs: 'Starší senioři (nad 80 let)', en: 'Older seniors (over 80)', uk: 'Літні люди (понад 80 років)' },
] as const satisfies readonly AgeGroupEntry[];

// prettier-ignore
export const CAPACITY_UNITS = [
  { code: 'klient', cs: 'počet klientů', en: 'number of clients', uk: 'кількість клієнтів' },
  { code: 'luzka', cs: 'počet lůžek', en: 'number of beds', uk: 'кількість ліжок' },
  { code: 'kontakt', cs: 'počet kontaktů (po 10 min.)', en: 'number of contacts (10 min each)', uk: 'кількість контактів (по 10 хв)' },
  { code: 'interv', cs: 'počet intervencí (po 30 min.)', en: 'number of interventions (30 min each)', uk: 'кількість втручань (по 30 хв)' },
  { code: 'hovor', cs: 'počet hovorů', en: 'number of calls', uk: 'кількість дзвінків' },
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

/** The label of a code-list entry in `lang`: Czech, English or Ukrainian; English for any other language. */
export function codeLabel(entry: CodeListEntry | undefined, lang: string): string {
  if (!entry) return '';
  if (lang === 'cs' || lang === 'sk') return entry.cs;
  if (lang === 'uk') return entry.uk ?? entry.en;
  return entry.en;
}

/** "Pečovatelská služba (§40)" — the label with its paragraph, where the type has one. */
export function serviceTypeLabel(code: string, lang: string): string {
  const entry = serviceType(code);
  if (!entry) return code;
  return entry.paragraph ? `${codeLabel(entry, lang)} (${entry.paragraph})` : codeLabel(entry, lang);
}
