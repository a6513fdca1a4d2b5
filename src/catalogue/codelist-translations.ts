/**
 * English and Ukrainian labels of the code lists. They load with the first catalogue (the validator
 * imports this module), not with the page; the Node tools import it too.
 */
import {
  AGE_GROUPS,
  CAPACITY_UNITS,
  FORMS,
  SERVICE_TYPES,
  SERVICE_TYPE_GROUPS,
  TARGET_GROUPS,
  addCodeListTranslations,
} from './codelists.js';

// prettier-ignore
addCodeListTranslations(SERVICE_TYPE_GROUPS, {
  'counselling': ['Social counselling', 'Соціальне консультування'],
  'care': ['Social care services', 'Послуги соціального догляду'],
  'prevention': ['Social prevention services', 'Послуги соціальної профілактики'],
  'related': ['Other support services', 'Інші послуги підтримки'],
});

// prettier-ignore
addCodeListTranslations(SERVICE_TYPES, {
  'odborne-socialni-poradenstvi': ['Professional social counselling', 'Фахове соціальне консультування'],
  'osobni-asistence': ['Personal assistance', 'Персональна асистенція'],
  'pecovatelska-sluzba': ['Home care service', 'Служба догляду вдома'],
  'tisnova-pece': ['Personal alarm (telecare)', 'Тривожна кнопка – цілодобова дистанційна допомога'],
  'pruvodcovske-a-predcitatelske-sluzby': ['Guide and reading services', 'Супровід і читання вголос'],
  'podpora-samostatneho-bydleni': ['Supported independent living', 'Підтримка самостійного проживання'],
  'odlehcovaci-sluzby': ['Respite care', 'Тимчасовий догляд, щоб рідні могли відпочити'],
  'centra-dennich-sluzeb': ['Day service centres', 'Центри денних послуг'],
  'denni-stacionare': ['Day care centres', 'Центри денного догляду'],
  'tydenni-stacionare': ['Weekly care centres', 'Догляд із проживанням у будні'],
  'domovy-pro-osoby-se-zdravotnim-postizenim': ['Homes for people with disabilities', 'Будинки для людей з інвалідністю'],
  'domovy-pro-seniory': ['Care homes for older people', 'Будинки для літніх людей'],
  'domovy-se-zvlastnim-rezimem': ['Specialist care homes (e.g. dementia)', 'Будинки зі спеціалізованим доглядом (напр. для людей з деменцією)'],
  'chranene-bydleni': ['Supported housing', 'Підтримане проживання'],
  'socialni-sluzby-ve-zdravotnickych-zarizenich': ['Social services in inpatient health facilities', 'Соціальні послуги в лікарнях та інших закладах стаціонарної медичної допомоги'],
  'rana-pece': ['Early intervention', 'Раннє втручання – підтримка родин дітей з інвалідністю'],
  'telefonicka-krizova-pomoc': ['Crisis helpline', 'Кризова допомога телефоном (телефон довіри)'],
  'tlumocnicke-sluzby': ['Interpreting for people with hearing or sight impairment', 'Перекладачі для людей з порушеннями слуху чи зору'],
  'azylove-domy': ['Shelters', 'Притулки'],
  'domy-na-pul-cesty': ['Halfway houses', 'Будинки «на півдорозі» для молоді після дитячих закладів'],
  'kontaktni-centra': ['Drop-in centres for drug users', 'Контактні центри для людей, які вживають наркотики'],
  'krizova-pomoc': ['Crisis intervention', 'Кризова допомога'],
  'intervencni-centra': ['Intervention centres (domestic violence)', 'Інтервенційні центри (допомога постраждалим від домашнього насильства)'],
  'nizkoprahova-denni-centra': ['Drop-in day centres for people who are homeless', 'Денні центри для бездомних людей'],
  'nizkoprahova-zarizeni-pro-deti-a-mladez': ['Drop-in clubs for children and young people', 'Відкриті клуби для дітей і молоді'],
  'nocleharny': ['Night shelters', 'Нічні притулки'],
  'sluzby-nasledne-pece': ['Aftercare services', 'Подальша підтримка після лікування залежності чи психічного захворювання'],
  'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi': ['Support for families with children', 'Підтримка сімей з дітьми'],
  'socialne-aktivizacni-sluzby-pro-seniory-a-ozp': ['Support for an active life for older people and people with disabilities', 'Підтримка активного життя для літніх людей і людей з інвалідністю'],
  'socialne-terapeuticke-dilny': ['Social therapy workshops', 'Соціально-терапевтичні майстерні'],
  'terapeuticke-komunity': ['Therapeutic communities', 'Терапевтичні спільноти'],
  'terenni-programy': ['Outreach programmes', 'Вулична та виїзна соціальна робота'],
  'socialni-rehabilitace': ['Social rehabilitation', 'Соціальна реабілітація'],
  'centrum-dusevniho-zdravi': ['Mental health centre', 'Центр психічного здоров’я'],
  'dluhove-poradenstvi': ['Debt counselling', 'Допомога з боргами'],
  'pravni-poradenstvi': ['Legal advice', 'Юридичні консультації'],
  'psychologicka-pomoc': ['Psychological help and psychotherapy', 'Психологічна допомога та психотерапія'],
  'zdravotni-pece': ['Health care', 'Медична допомога'],
  'domaci-zdravotni-pece': ['Home nursing', 'Медичний догляд удома'],
  'paliativni-a-hospicova-pece': ['Palliative and hospice care', 'Паліативна та хоспісна допомога'],
  'adiktologicka-pece': ['Addiction treatment', 'Лікування залежностей'],
  'urad-prace': ['Labour Office (Úřad práce) – benefits and allowances', 'Úřad práce (бюро праці) – соціальні виплати й допомоги'],
  'socialni-odbor-obce': ['Social worker at the town hall', 'Соціальний працівник міської чи сільської ради'],
  'ospod': ['Child protection authority (OSPOD)', 'Служба у справах дітей (OSPOD)'],
  'rodinne-centrum': ['Family centre', 'Сімейний центр'],
  'volnocasove-aktivity': ['Leisure and community activities', 'Дозвілля та заходи для громади'],
  'pujcovna-kompenzacnich-pomucek': ['Mobility and care aids lending', 'Прокат допоміжних засобів (візки, ходунки тощо)'],
  'bydleni': ['Housing (municipal and social flats)', 'Житло (муніципальні та соціальні квартири)'],
  'potravinova-a-materialni-pomoc': ['Food and material aid', 'Продуктова та речова допомога'],
  'zamestnavani': ['Employment support', 'Допомога з працевлаштуванням'],
  'skolske-poradenstvi': ['Educational and psychological counselling for pupils', 'Психолого-педагогічна консультація'],
  'probace-a-mediace': ['Probation and mediation', 'Пробація та медіація'],
  'prevence-kriminality': ['Police and crime prevention', 'Поліція та профілактика злочинності'],
  'dobrovolnictvi': ['Volunteering', 'Волонтерство'],
  'jine-souvisejici': ['Other support service', 'Інша послуга підтримки'],
});

// prettier-ignore
addCodeListTranslations(FORMS, {
  'ambulantni': ['Non-residential (you come to the service)', 'Ви приходите до служби'],
  'pobytova': ['Residential (you live there)', 'З проживанням'],
  'terenni': ['Outreach (the service comes to you)', 'Служба приходить до вас (виїзна)'],
});

// prettier-ignore
addCodeListTranslations(TARGET_GROUPS, {
  'seniori': ['Older people', 'Літні люди'],
  'osoby-se-zdravotnim-postizenim': ['People with disabilities', 'Люди з інвалідністю'],
  'telesne-postizeni': ['People with physical disabilities', 'Люди з фізичною інвалідністю'],
  'mentalni-postizeni': ['People with intellectual disabilities', 'Люди з інтелектуальною інвалідністю'],
  'kombinovane-postizeni': ['People with multiple disabilities', 'Люди з множинною інвалідністю'],
  'zrakove-postizeni': ['People with visual impairments', 'Люди з порушеннями зору'],
  'sluchove-postizeni': ['People with hearing impairments', 'Люди з порушеннями слуху'],
  'jine-zdravotni-postizeni': ['People with other disabilities', 'Люди з іншою інвалідністю'],
  'chronicke-onemocneni': ['People with chronic illness', 'Люди з хронічними захворюваннями'],
  'dusevni-onemocneni': ['People with chronic mental illness', 'Люди з хронічними психічними захворюваннями'],
  'demence': ['People living with dementia', 'Люди з деменцією'],
  'paliativni-pece': ['People in need of palliative care', 'Люди, які потребують паліативної допомоги'],
  'pecujici-osoby': ['Carers', 'Люди, які доглядають за близькими'],
  'rodiny-s-detmi': ['Families with children', 'Сім’ї з дітьми'],
  'deti-a-mladez-ohrozene': ['Children and young people aged 6–26 at risk', 'Діти та молодь віком 6–26 років у групі ризику'],
  'mladi-opoustejici-ustavni-peci': ['Young people under 26 leaving institutional care', 'Молодь до 26 років, яка залишає дитячі заклади інтернатного типу'],
  'osoby-v-krizi': ['People in crisis', 'Люди в кризовій ситуації'],
  'obeti-domaciho-nasili': ['Victims of domestic violence', 'Постраждалі від домашнього насильства'],
  'obeti-trestne-cinnosti': ['Victims of crime', 'Постраждалі від злочинів'],
  'obeti-obchodu-s-lidmi': ['Victims of human trafficking', 'Постраждалі від торгівлі людьми'],
  'osoby-komercne-zneuzivane': ['People commercially exploited', 'Люди, які зазнають комерційної (зокрема сексуальної) експлуатації'],
  'osoby-bez-pristresi': ['People who are homeless', 'Бездомні люди'],
  'socialne-vyloucene-komunity': ['People living in socially excluded communities', 'Люди, які живуть у соціально виключених громадах'],
  'rizikovy-zpusob-zivota': ['People leading or at risk of a risky lifestyle', 'Люди, які ведуть ризикований спосіб життя або яким це загрожує'],
  'zavislosti': ['People with or at risk of addiction', 'Люди із залежністю від психоактивних речовин або під загрозою залежності'],
  'etnicke-mensiny': ['Ethnic minorities', 'Етнічні меншини'],
  'imigranti-a-azylanti': ['Foreigners, including refugees and people with temporary protection', 'Іноземці, зокрема з тимчасовим захистом'],
  'pachatele-trestne-cinnosti': ['Offenders', 'Люди, які вчинили злочин'],
});

// prettier-ignore
addCodeListTranslations(AGE_GROUPS, {
  'deti-do-1': ['Children under 1', 'Діти до 1 року'],
  'deti-1-6': ['Pre-school children (1–6)', 'Діти дошкільного віку (1–6 років)'],
  'deti-7-10': ['Younger children (7–10)', 'Молодші діти (7–10 років)'],
  'deti-11-15': ['Older children (11–15)', 'Старші діти (11–15 років)'],
  'dorost': ['Adolescents (16–18)', 'Підлітки (16–18 років)'],
  'mladi-dospeli': ['Young adults (19–26)', 'Молодь (19–26 років)'],
  'dospeli': ['Adults (27–64)', 'Дорослі (27–64 роки)'],
  'mladsi-seniori': ['Older people (65–80)', 'Літні люди (65–80 років)'],
  'starsi-seniori': ['Older people (over 80)', 'Літні люди (понад 80 років)'],
});

// prettier-ignore
addCodeListTranslations(CAPACITY_UNITS, {
  'klient': ['number of clients', 'кількість клієнтів'],
  'luzka': ['number of beds', 'кількість ліжок'],
  'kontakt': ['number of contacts (a contact = 10 minutes)', 'кількість контактів (один контакт = 10 хвилин)'],
  'interv': ['number of interventions (an intervention = 30 minutes)', 'кількість втручань (одне втручання = 30 хвилин)'],
  'hovor': ['number of calls', 'кількість дзвінків'],
});
