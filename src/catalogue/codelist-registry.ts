/**
 * The ids of our codes in the MPSV registry's code lists (RPSS open data), for the partner tools.
 * `verified: false` marks an id inferred from the paragraph order of Act 108/2006 and not yet
 * checked against the live list; a wrong one is corrected here, not in code.
 */
import type { FormCode, ServiceTypeCode, TargetGroupCode } from './codelists.js';

export interface RegistryId {
  readonly id: number;
  readonly verified: boolean;
}

// prettier-ignore
export const SERVICE_TYPE_REGISTRY_IDS: Partial<Record<ServiceTypeCode, RegistryId>> = {
  'odborne-socialni-poradenstvi': { id: 1, verified: true },
  'osobni-asistence': { id: 3, verified: true },
  'pecovatelska-sluzba': { id: 4, verified: true },
  'tisnova-pece': { id: 5, verified: true },
  'pruvodcovske-a-predcitatelske-sluzby': { id: 6, verified: true },
  'podpora-samostatneho-bydleni': { id: 7, verified: false },
  'odlehcovaci-sluzby': { id: 8, verified: true },
  'centra-dennich-sluzeb': { id: 9, verified: true },
  'denni-stacionare': { id: 10, verified: true },
  'tydenni-stacionare': { id: 11, verified: true },
  'domovy-pro-osoby-se-zdravotnim-postizenim': { id: 12, verified: true },
  'domovy-pro-seniory': { id: 13, verified: true },
  'domovy-se-zvlastnim-rezimem': { id: 14, verified: true },
  'chranene-bydleni': { id: 15, verified: true },
  'socialni-sluzby-ve-zdravotnickych-zarizenich': { id: 16, verified: false },
  'rana-pece': { id: 17, verified: false },
  'telefonicka-krizova-pomoc': { id: 18, verified: true },
  'tlumocnicke-sluzby': { id: 19, verified: true },
  'azylove-domy': { id: 20, verified: false },
  'domy-na-pul-cesty': { id: 21, verified: false },
  'kontaktni-centra': { id: 22, verified: false },
  'krizova-pomoc': { id: 23, verified: true },
  'nizkoprahova-denni-centra': { id: 24, verified: false },
  'nizkoprahova-zarizeni-pro-deti-a-mladez': { id: 25, verified: false },
  'nocleharny': { id: 26, verified: false },
  'sluzby-nasledne-pece': { id: 27, verified: false },
  'socialne-aktivizacni-sluzby-pro-rodiny-s-detmi': { id: 28, verified: true },
  'socialne-aktivizacni-sluzby-pro-seniory-a-ozp': { id: 29, verified: true },
  'socialne-terapeuticke-dilny': { id: 30, verified: true },
  'terapeuticke-komunity': { id: 31, verified: false },
  'terenni-programy': { id: 32, verified: true },
  'socialni-rehabilitace': { id: 33, verified: true },
};

// prettier-ignore
export const TARGET_GROUP_REGISTRY_IDS: Partial<Record<TargetGroupCode, RegistryId>> = {
  'seniori': { id: 24, verified: true },
  'demence': { id: 30, verified: true },
  'paliativni-pece': { id: 27, verified: true },
  'pecujici-osoby': { id: 26, verified: true },
};

// prettier-ignore
export const FORM_REGISTRY_CODES: Partial<Record<FormCode, string>> = {
  'ambulantni': 'amb',
  'pobytova': 'pob',
  'terenni': 'ter',
};
