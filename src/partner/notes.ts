/**
 * What the partner tools tell the user about records: skipped, values left out, codes not
 * mapped. Kept as codes with parameters, turned into Czech or English sentences here.
 */
import type { MessageLang } from '../catalogue/messages.js';

// prettier-ignore
const NOTES = {
  'outside-area': { cs: 'mimo zvolenou oblast', en: 'outside the chosen area' },
  ended: { cs: 'registrace skončila {date}', en: 'the registration ended on {date}' },
  'not-yet': { cs: 'služba začne {date}; označena jako neaktivní', en: 'the service starts on {date}; marked inactive' },
  'unknown-service-type': { cs: 'neznámý druh služby {id} – doplňte ho do src/catalogue/codelists.ts nebo zadejte --ciselniky', en: 'unknown service type {id} – add it to src/catalogue/codelists.ts or give --ciselniky' },
  'inferred-service-type': { cs: 'druh služby {id} převeden na „{code}“ podle odhadnutého kódu (ověřte)', en: 'service type {id} mapped to "{code}" by an inferred id (please check)' },
  'unknown-target-group': { cs: 'neznámá cílová skupina {id} – vynechána', en: 'unknown target group {id} – left out' },
  'unknown-age-group': { cs: 'neznámá věková skupina {id} – vynechána', en: 'unknown age group {id} – left out' },
  'unknown-form': { cs: 'neznámá forma {id} – vynechána', en: 'unknown form {id} – left out' },
  'unknown-capacity-unit': { cs: 'neznámý typ kapacity {id} – vynechán', en: 'unknown capacity type {id} – left out' },
  'bad-phone': { cs: 'telefon „{value}“ nelze přečíst – vynechán', en: 'cannot read the phone number "{value}" – left out' },
  'bad-email': { cs: 'e-mail „{value}“ nelze přečíst – vynechán', en: 'cannot read the e-mail "{value}" – left out' },
  'bad-url': { cs: 'web „{value}“ nelze přečíst – vynechán', en: 'cannot read the web address "{value}" – left out' },
  'bad-ico': { cs: 'IČO „{value}“ má chybnou kontrolní číslici – vynecháno', en: 'the IČO "{value}" has a wrong check digit – left out' },
  'personal-name': { cs: 'hodnota obsahuje jméno osoby ze statutárního orgánu – vynechána', en: 'a value contains the name of a person from a statutory body – left out' },
  'provider-is-person': { cs: 'poskytovatelem je fyzická osoba; její jméno se nepřebírá', en: 'the provider is a natural person; their name is not copied' },
  'no-provider': { cs: 'chybí název poskytovatele', en: 'the provider has no name' },
  'no-address': { cs: 'zařízení „{name}“ nemá adresu – vynecháno', en: 'the facility "{name}" has no address – left out' },
  'town-unknown': { cs: 'název obce {code} neznám – adresa bez obce (zadejte --ruian, --uzemi nebo --ciselniky)', en: 'the name of town {code} is unknown – address without a town (give --ruian, --uzemi or --ciselniky)' },
  'no-coordinates': { cs: '{place}: {reason}', en: '{place}: {reason}' },
  invalid: { cs: '{message}', en: '{message}' },
} satisfies Record<string, { cs: string; en: string }>;

export type NoteCode = keyof typeof NOTES;

export interface Note {
  code: NoteCode;
  /** The record concerned: an RPSS identifikátor, a row number, a service id. */
  where?: string;
  params?: Record<string, string | number>;
}

export function noteText(note: Note, lang: MessageLang): string {
  const text = NOTES[note.code][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(note.params?.[key] ?? ''));
  return note.where ? `${note.where}: ${text}` : text;
}
