/**
 * Plain-language messages for validation problems, in Czech and English. The report keeps codes
 * and parameters; these turn them into sentences for the CLI and for widgets.
 */
import type { CatalogueIssue } from './validate.js';

export type MessageLang = 'cs' | 'en';

type Messages = Record<string, { cs: string; en: string }>;

// prettier-ignore
const MESSAGES = {
  required: { cs: 'chybí povinná položka', en: 'a required field is missing' },
  type: { cs: 'má špatný typ (očekáváno: {expected})', en: 'has the wrong type (expected: {expected})' },
  text: { cs: 'musí být text, nebo objekt překladů podle jazyka, např. {"cs": "…", "en": "…"}', en: 'must be text, or an object of translations by language, e.g. {"cs": "…", "en": "…"}' },
  'text-empty': { cs: 'text je prázdný', en: 'the text is empty' },
  'array-empty': { cs: 'seznam nesmí být prázdný', en: 'the list must not be empty' },
  'not-array': { cs: 'musí být seznam (pole)', en: 'must be a list (array)' },
  'not-object': { cs: 'musí být objekt', en: 'must be an object' },
  enum: { cs: 'neznámá hodnota „{value}“{suggestion}', en: 'unknown value "{value}"{suggestion}' },
  suggestion: { cs: ' – myslíte „{value}“?', en: ' – did you mean "{value}"?' },
  id: { cs: 'identifikátor smí obsahovat jen písmena bez diakritiky, číslice a znaky . _ : -', en: 'an id may contain only ASCII letters, digits and . _ : -' },
  lang: { cs: 'neplatný kód jazyka (např. cs, en, uk)', en: 'not a valid language code (e.g. cs, en, uk)' },
  url: { cs: 'odkaz musí být webová adresa začínající http:// nebo https://', en: 'a link must be a web address starting with http:// or https://' },
  email: { cs: 'neplatná e-mailová adresa', en: 'not a valid e-mail address' },
  phone: { cs: 'telefon smí obsahovat jen číslice, mezery a úvodní +', en: 'a phone number may contain only digits, spaces and a leading +' },
  'phone-length': { cs: 'telefon je příliš dlouhý nebo krátký na jedno číslo (nejvýše 20 znaků); je-li v poli víc čísel, zapište každé zvlášť', en: 'the phone number is too long or too short for one number (at most 20 characters); if the field holds several numbers, write each on its own' },
  'territory-code': { cs: 'kód okresu má tvar CZ0324 (LAU 1) nebo kód RÚIAN, kód kraje CZ032 (NUTS 3) nebo kód RÚIAN', en: 'a district code looks like CZ0324 (LAU 1) or a RÚIAN code, a region code like CZ032 (NUTS 3) or a RÚIAN code' },
  date: { cs: 'datum musí být ve tvaru RRRR-MM-DD', en: 'a date must be written YYYY-MM-DD' },
  time: { cs: 'čas musí být ve tvaru HH:MM (00:00–24:00)', en: 'a time must be written HH:MM (00:00–24:00)' },
  'postal-code': { cs: 'PSČ musí mít pět číslic', en: 'a postal code has five digits' },
  ico: { cs: 'IČO musí mít osm číslic', en: 'an IČO has eight digits' },
  'ico-checksum': { cs: 'IČO má chybnou kontrolní číslici', en: 'the IČO has a wrong check digit' },
  'registry-id': { cs: 'identifikátor registru (RPSS) má sedm číslic', en: 'a registry (RPSS) id has seven digits' },
  ring: { cs: 'obrys území musí mít aspoň čtyři body a končit v bodě, kde začal', en: 'an area outline needs at least four points and must end where it starts' },
  number: { cs: 'číslo je mimo povolený rozsah', en: 'the number is out of range' },
  'hours-empty': { cs: 'otevírací a zavírací čas jsou stejné', en: 'opening and closing times are the same' },
  'synonym-target': { cs: 'synonymum musí vést na druh služby (serviceTypes) nebo cílovou skupinu (targetGroups)', en: 'a synonym must lead to a kind of service (serviceTypes) or a target group (targetGroups)' },
  'answer-target': { cs: 'odpověď musí vést buď na další otázku (questionId), nebo na výsledek (outcomeId)', en: 'an answer must lead either to a question (questionId) or to an outcome (outcomeId)' },
  'duplicate-id': { cs: 'identifikátor „{id}“ už má jiný záznam ({first})', en: 'the id "{id}" is already used by another record ({first})' },
  'dangling-ref': { cs: '„{id}“ neodkazuje na žádný existující záznam ({target})', en: '"{id}" does not refer to any existing record ({target})' },
  'kind-mismatch': { cs: 'druh „{serviceType}“ patří k druhu služeb „{expected}“, ne „{kind}“', en: 'the type "{serviceType}" belongs to kind "{expected}", not "{kind}"' },
  'hidden-leak': { cs: 'utajená adresa nesmí obsahovat ulici, PSČ, kód RÚIAN ani souřadnice – byly vynechány, ale soubor je zveřejňuje', en: 'a hidden address must not contain a street, postal code, RÚIAN code or coordinates – they were dropped, but the file still publishes them' },
  'coordinates-incomplete': { cs: 'souřadnice musí mít zeměpisnou šířku i délku', en: 'coordinates need both latitude and longitude' },
  'coordinates-outside': { cs: 'souřadnice {latitude}, {longitude} leží mimo Česko – nejsou prohozené?', en: 'the coordinates {latitude}, {longitude} lie outside Czechia – are they swapped?' },
  'cycle': { cs: 'otázky tvoří kruh: {cycle}', en: 'the questions form a loop: {cycle}' },
  'unreachable': { cs: '„{id}“ není dosažitelné z první otázky', en: '"{id}" cannot be reached from the first question' },
  'no-match': { cs: 'výsledku neodpovídá žádná služba v katalogu', en: 'no service in the catalogue matches this outcome' },
  'schema-version': { cs: 'nepodporovaná verze formátu {version} (podporovaná: {supported})', en: 'unsupported format version {version} (supported: {supported})' },
  invalid: { cs: 'neplatná hodnota ({detail})', en: 'invalid value ({detail})' },
  'url-scheme-added': { cs: 'webová adresa „{value}“ nemá http(s):// – doplněno: {result}', en: 'the web address "{value}" has no http(s):// – added: {result}' },
  'url-scheme-fixed': { cs: 'webová adresa „{value}“ má chybně zapsané http(s):// – opraveno: {result}', en: 'the web address "{value}" has a mistyped http(s):// – corrected: {result}' },
  'phones-split': { cs: 'v poli je víc telefonních čísel („{value}“) – rozděleno: {result}', en: 'the field holds several phone numbers ("{value}") – split: {result}' },
  'emails-split': { cs: 'v poli je víc e-mailových adres („{value}“) – rozděleno: {result}', en: 'the field holds several e-mail addresses ("{value}") – split: {result}' },
  'email-mailto': { cs: 'e-mail „{value}“ je zapsán jako odkaz – ponecháno: {result}', en: 'the e-mail "{value}" is written as a link – kept: {result}' },
  'service-ended': { cs: 'služba skončila {date} (validTo)', en: 'the service ended on {date} (validTo)' },
} satisfies Messages;

export type MessageCode = keyof typeof MESSAGES;

export const isMessageCode = (code: string): code is MessageCode => Object.hasOwn(MESSAGES, code);

// prettier-ignore
const EFFECTS = {
  'record-dropped': { cs: 'záznam byl vynechán', en: 'the record was skipped' },
  'value-removed': { cs: 'hodnota byla vynechána', en: 'the value was left out' },
  'value-repaired': { cs: '', en: '' },
  'not-shown': { cs: 'widgety ji nezobrazí', en: 'the widgets do not show it' },
  none: { cs: '', en: '' },
} satisfies Messages;

export type IssueEffect = keyof typeof EFFECTS;

export function message(code: MessageCode, lang: MessageLang, params: Record<string, unknown> = {}): string {
  let template: string = MESSAGES[code][lang];
  // Every message names the value it is about, where there is one.
  if (params.value !== undefined && !template.includes('{value}')) {
    template += lang === 'cs' ? ' (hodnota „{value}“)' : ' (value "{value}")';
  }
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === 'suggestion') {
      return typeof params.suggestion === 'string' ? message('suggestion', lang, { value: params.suggestion }) : '';
    }
    return params[key] === undefined ? '' : String(params[key]);
  });
}

/** One issue as a sentence: "services[3] (svc-x) › name: a required field is missing; the record was skipped". */
export function formatIssue(issue: CatalogueIssue, lang: MessageLang): string {
  const where = issue.recordId ? `${issue.path} (${issue.recordId})` : issue.path;
  const effect = EFFECTS[issue.effect][lang];
  return `${where}: ${message(issue.code, lang, issue.params)}${effect ? `; ${effect}` : ''}`;
}
