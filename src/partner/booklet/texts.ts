/**
 * The printed booklet's own words in Czech, English and Ukrainian. Code-list labels come from the
 * catalogue layer (codeLabel); catalogue texts from the catalogue, in the booklet's language where
 * it gives them.
 */
export type BookletLang = 'cs' | 'en' | 'uk';

export const BOOKLET_LANGS: readonly BookletLang[] = ['cs', 'en', 'uk'];

export interface BookletTexts {
  dataAsOf: (date: string) => string;
  publishedBy: string;
  sample: string;
  howToUse: string;
  howToUseText: (parts: { crisis: boolean; guides: boolean; qr: boolean }) => string[];
  crisisLines: string;
  crisisLinesIntro: string;
  nonstop: string;
  free: string;
  contents: string;
  services: string;
  guides: string;
  guidesIntro: string;
  whatToDo: (title: string) => string;
  steps: string;
  documents: string;
  seeServices: string;
  callNow: string;
  indexProviders: string;
  indexTowns: string;
  page: string;
  provider: string;
  forWhom: string;
  ages: string;
  form: string;
  where: string;
  hiddenAddress: (town: string) => string;
  areaServed: string;
  outreachNoArea: string;
  hours: string;
  alwaysOpen: string;
  byAppointment: string;
  holidaysOpen: string;
  holidaysClosed: string;
  capacity: string;
  registered: string;
  payment: string;
  freeOfCharge: string;
  contacts: string;
  languages: string;
  checked: (date: string) => string;
  registryId: string;
  temporarilyClosed: string;
  wheelchair: Record<'yes' | 'partial' | 'no', string>;
  transport: string;
  online: string;
  qrLabel: (name: string) => string;
  notInLanguage: string;
  weekdays: readonly string[];
  related: string;
}

// prettier-ignore
export const TEXTS: Record<BookletLang, BookletTexts> = {
  cs: {
    dataAsOf: (date) => `Údaje k ${date}`,
    publishedBy: 'Vydává',
    sample: 'UKÁZKOVÁ DATA – nejsou určena ke skutečnému použití.',
    howToUse: 'Jak katalog používat',
    howToUseText: ({ crisis, guides, qr }) => [
      'Katalog představuje sociální služby podle zákona č. 108/2006 Sb., o sociálních službách, a další služby, které s nimi souvisejí. Služby jsou seřazeny podle druhu: sociální poradenství, služby sociální péče, služby sociální prevence a nakonec související služby (dluhové poradenství, zdravotní péče, úřady, rodinná centra a další).',
      'U každé služby najdete, komu je určena, jakou formou se poskytuje (ambulantně – přijdete vy; terénně – pracovník přijde za vámi; pobytově – s ubytováním), kde ji najdete, kdy je otevřeno a jak se s poskytovatelem spojit. Terénní služby uvádějí obce, ve kterých působí. Adresy azylových a podobných zařízení jsou z bezpečnostních důvodů utajeny – ozvěte se telefonicky.',
      ...(crisis ? ['V akutní nouzi zavolejte některou z krizových linek na následující stránce.'] : []),
      ...(guides ? ['Nevíte-li, kde začít, podívejte se do části „Co dělat, když…“: krok za krokem provede nejčastějšími životními situacemi.'] : []),
      'Na konci katalogu je rejstřík poskytovatelů a rejstřík obcí s čísly stran.',
      ...(qr ? ['Kód QR u služby otevře v mobilu její aktuální údaje v online katalogu.'] : []),
    ],
    crisisLines: 'Krizové linky', crisisLinesIntro: 'Když jde o život, zdraví nebo bezpečí, volejte hned.',
    nonstop: 'nonstop', free: 'zdarma',
    contents: 'Obsah', services: 'Služby', guides: 'Co dělat, když…',
    guidesIntro: 'Stručné návody pro nejčastější životní situace: co udělat, co si připravit a kde hledat pomoc.',
    whatToDo: (title) => title,
    steps: 'Postup', documents: 'Co si připravit', seeServices: 'Kde hledat pomoc', callNow: 'Volejte',
    indexProviders: 'Rejstřík poskytovatelů', indexTowns: 'Rejstřík obcí', page: 's.',
    provider: 'Poskytovatel', forWhom: 'Pro koho', ages: 'Věk', form: 'Forma', where: 'Kde',
    hiddenAddress: (town) => `${town ? `${town} – a` : 'A'}dresa je z bezpečnostních důvodů utajena, ozvěte se telefonicky.`,
    areaServed: 'Působí v obcích', outreachNoArea: 'terénní služba – přijde za vámi',
    hours: 'Provozní doba', alwaysOpen: 'nonstop', byAppointment: 'po domluvě',
    holidaysOpen: 'i o svátcích', holidaysClosed: 'o svátcích zavřeno',
    capacity: 'Kapacita', registered: 'registrovaná', payment: 'Úhrada', freeOfCharge: 'zdarma',
    contacts: 'Kontakt', languages: 'Jazyky', checked: (date) => `Údaje ověřeny ${date}`, registryId: 'Registr MPSV',
    temporarilyClosed: 'Dočasně uzavřeno',
    wheelchair: { yes: 'bezbariérový přístup', partial: 'částečně bezbariérový přístup', no: 'bez bezbariérového přístupu' },
    transport: 'Doprava', online: 'Online', qrLabel: (name) => `Kód QR: ${name} v online katalogu`,
    notInLanguage: '', weekdays: ['Po', 'Út', 'St', 'Čt', 'Pá', 'So', 'Ne'], related: 'Související služby',
  },
  en: {
    dataAsOf: (date) => `Data as of ${date}`,
    publishedBy: 'Published by',
    sample: 'SAMPLE DATA – not for real use.',
    howToUse: 'How to use this booklet',
    howToUseText: ({ crisis, guides, qr }) => [
      'This booklet lists the social services registered under the Czech Social Services Act (No. 108/2006 Coll.) and other services related to them. They are ordered by type: social counselling, social care services, social prevention services and finally related services (debt advice, health care, offices, family centres and more).',
      'For each service you find whom it is for, how it is provided (at a centre – you go there; outreach – a worker comes to you; residential – with accommodation), where it is, when it is open and how to contact it. Outreach services list the towns they serve. The addresses of shelters and similar places are kept secret for safety: please phone.',
      ...(crisis ? ['In an emergency call one of the crisis lines on the next page.'] : []),
      ...(guides ? ['If you do not know where to start, see "What to do when…": step by step through the most common life situations.'] : []),
      'At the end there are indexes of providers and of towns with page numbers.',
      ...(qr ? ["A service's QR code opens its current details in the online catalogue on your phone."] : []),
    ],
    crisisLines: 'Crisis lines', crisisLinesIntro: 'When life, health or safety is at risk, call now.',
    nonstop: '24/7', free: 'free',
    contents: 'Contents', services: 'Services', guides: 'What to do when…',
    guidesIntro: 'Short guides to the most common life situations: what to do, what to prepare and where to find help.',
    whatToDo: (title) => title,
    steps: 'What to do', documents: 'What to bring', seeServices: 'Where to find help', callNow: 'Call',
    indexProviders: 'Index of providers', indexTowns: 'Index of towns', page: 'p.',
    provider: 'Provider', forWhom: 'For whom', ages: 'Age', form: 'Form', where: 'Where',
    hiddenAddress: (town) => `${town ? `${town} – the a` : 'The a'}ddress is kept secret for safety; please phone.`,
    areaServed: 'Serves', outreachNoArea: 'outreach – comes to you',
    hours: 'Opening hours', alwaysOpen: '24/7', byAppointment: 'by appointment',
    holidaysOpen: 'also on public holidays', holidaysClosed: 'closed on public holidays',
    capacity: 'Capacity', registered: 'registered', payment: 'Payment', freeOfCharge: 'free of charge',
    contacts: 'Contact', languages: 'Languages', checked: (date) => `Checked on ${date}`, registryId: 'MPSV registry',
    temporarilyClosed: 'Temporarily closed',
    wheelchair: { yes: 'wheelchair accessible', partial: 'partly wheelchair accessible', no: 'not wheelchair accessible' },
    transport: 'Getting there', online: 'Online', qrLabel: (name) => `QR code: ${name} in the online catalogue`,
    notInLanguage: '(in Czech)', weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], related: 'Related services',
  },
  uk: {
    dataAsOf: (date) => `Дані станом на ${date}`,
    publishedBy: 'Видавець',
    sample: 'ЗРАЗКОВІ ДАНІ – не для реального використання.',
    howToUse: 'Як користуватися каталогом',
    howToUseText: ({ crisis, guides, qr }) => [
      'Каталог містить соціальні послуги за чеським Законом № 108/2006 Зб. про соціальні послуги та інші пов’язані з ними послуги. Вони впорядковані за видом: соціальне консультування, послуги соціального догляду, профілактичні послуги й наприкінці суміжні послуги (боргове консультування, медична допомога, установи, сімейні центри тощо).',
      'Для кожної послуги зазначено, для кого вона, як надається (амбулаторно – ви приходите; на виїзді – працівник приходить до вас; стаціонарно – з проживанням), де вона, коли відчинено і як зв’язатися. Послуги на виїзді наводять населені пункти, де працюють. Адреси притулків і подібних закладів приховані з міркувань безпеки – телефонуйте.',
      ...(crisis ? ['У гострій ситуації телефонуйте на одну з кризових ліній на наступній сторінці.'] : []),
      ...(guides ? ['Якщо не знаєте, з чого почати, перегляньте розділ «Що робити, коли…»: крок за кроком у найчастіших життєвих ситуаціях.'] : []),
      'Наприкінці є покажчик надавачів і покажчик населених пунктів із номерами сторінок.',
      ...(qr ? ['QR-код біля послуги відкриє її актуальні дані в онлайн-каталозі у вашому телефоні.'] : []),
    ],
    crisisLines: 'Кризові лінії', crisisLinesIntro: 'Коли під загрозою життя, здоров’я чи безпека, телефонуйте негайно.',
    nonstop: 'цілодобово', free: 'безкоштовно',
    contents: 'Зміст', services: 'Послуги', guides: 'Що робити, коли…',
    guidesIntro: 'Короткі поради для найчастіших життєвих ситуацій: що зробити, що підготувати і де шукати допомогу.',
    whatToDo: (title) => title,
    steps: 'Що робити', documents: 'Що підготувати', seeServices: 'Де шукати допомогу', callNow: 'Телефонуйте',
    indexProviders: 'Покажчик надавачів', indexTowns: 'Покажчик населених пунктів', page: 'с.',
    provider: 'Надавач', forWhom: 'Для кого', ages: 'Вік', form: 'Форма', where: 'Де',
    hiddenAddress: (town) => `${town ? `${town} – а` : 'А'}дресу приховано з міркувань безпеки, телефонуйте.`,
    areaServed: 'Працює в', outreachNoArea: 'на виїзді – працівник прийде до вас',
    hours: 'Години роботи', alwaysOpen: 'цілодобово', byAppointment: 'за домовленістю',
    holidaysOpen: 'і у святкові дні', holidaysClosed: 'у святкові дні зачинено',
    capacity: 'Місткість', registered: 'зареєстрована', payment: 'Оплата', freeOfCharge: 'безкоштовно',
    contacts: 'Контакти', languages: 'Мови', checked: (date) => `Дані перевірено ${date}`, registryId: 'Реєстр MPSV',
    temporarilyClosed: 'Тимчасово зачинено',
    wheelchair: { yes: 'безбар’єрний доступ', partial: 'частково безбар’єрний доступ', no: 'без безбар’єрного доступу' },
    transport: 'Як дістатися', online: 'Онлайн', qrLabel: (name) => `QR-код: ${name} в онлайн-каталозі`,
    notInLanguage: '(чеською)', weekdays: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Нд'], related: 'Суміжні послуги',
  },
};
