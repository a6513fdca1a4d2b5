/**
 * From the registry's coded references (`{"id": "DruhSocialniSluzby/13"}`) to our code lists.
 *
 * The ids we know are data in src/catalogue/codelists.ts (`rpss`, with `verified`). When the user
 * gives the MPSV code-list files (`--ciselniky`), an id we do not know is matched by its label,
 * since our labels follow the registry's wording.
 */
import {
  FORM_REGISTRY_CODES,
  SERVICE_TYPE_REGISTRY_IDS,
  TARGET_GROUP_REGISTRY_IDS,
} from '../catalogue/codelist-registry.js';
import {
  AGE_GROUPS,
  CAPACITY_UNITS,
  FORMS,
  SERVICE_TYPES,
  TARGET_GROUPS,
  type AgeGroupCode,
  type CapacityUnitCode,
  type FormCode,
  type ServiceTypeCode,
  type TargetGroupCode,
} from '../catalogue/codelists.js';
import { foldText } from './normalize.js';

/** How a registry id was mapped: by an id we verified, by an inferred id, or by its label. */
export type MappingBasis = 'verified' | 'inferred' | 'label';

export interface Mapped<C extends string> {
  code: C;
  basis: MappingBasis;
}

/** One code list as MPSV publishes it: `{"polozky": [{"id": "Prefix/code", "nazev": {"cs": "…"}, …}]}`. */
export interface RegistryCodeList {
  labels: Map<string, string>;
  items: Record<string, unknown>[];
}

export function readRegistryCodeList(json: unknown): RegistryCodeList {
  const items = (json as { polozky?: unknown })?.polozky;
  if (!Array.isArray(items)) throw new Error('no "polozky" array');
  const labels = new Map<string, string>();
  for (const item of items) {
    const id = (item as { id?: unknown })?.id;
    const nazev = (item as { nazev?: unknown })?.nazev;
    const label = typeof nazev === 'string' ? nazev : (nazev as { cs?: unknown })?.cs;
    if (typeof id === 'string' && typeof label === 'string') labels.set(id, label);
  }
  return { labels, items: items as Record<string, unknown>[] };
}

/** The file names of the MPSV code lists this importer reads, without ".json". */
export const CODE_LIST_FILES = {
  serviceTypes: 'druhy-socialni-sluzby',
  targetGroups: 'cilove-skupiny-osoby',
  ageGroups: 'vekove-skupiny-osoby',
  towns: 'obce',
  districts: 'okresy',
  regions: 'kraje',
} as const;

// Labels compared without case, diacritics, punctuation or the ages in brackets: "Dorost (16 - 18 let)".
const labelKey = (label: string) =>
  foldText(label.replace(/\([^)]*\)/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const byLabel = <C extends string>(list: readonly { code: C; cs: string }[]) =>
  new Map(list.map((entry) => [labelKey(entry.cs), entry.code]));

const SOCIAL_TYPES_BY_LABEL = byLabel(SERVICE_TYPES.filter((type) => type.group !== 'related'));

export class RegistryCodes {
  private readonly serviceTypes = new Map<string, Mapped<ServiceTypeCode>>();
  private readonly targetGroups = new Map<string, Mapped<TargetGroupCode>>();
  private readonly ageGroups = new Map<string, Mapped<AgeGroupCode>>();
  private readonly forms = new Map<string, FormCode>(
    FORMS.map((form) => [`FormaSocialniSluzby/${FORM_REGISTRY_CODES[form.code]}`, form.code]),
  );
  private readonly units = new Map<string, CapacityUnitCode>(
    CAPACITY_UNITS.map((unit) => [`TypKapacitySocialniSluzby/${unit.code}`, unit.code]),
  );

  constructor(
    lists: { serviceTypes?: RegistryCodeList; targetGroups?: RegistryCodeList; ageGroups?: RegistryCodeList } = {},
  ) {
    for (const entry of SERVICE_TYPES) {
      const rpss = SERVICE_TYPE_REGISTRY_IDS[entry.code];
      if (rpss) {
        const basis = rpss.verified ? 'verified' : 'inferred';
        this.serviceTypes.set(`DruhSocialniSluzby/${rpss.id}`, { code: entry.code, basis });
      }
    }
    for (const entry of TARGET_GROUPS) {
      const rpss = TARGET_GROUP_REGISTRY_IDS[entry.code];
      if (rpss) {
        const basis = rpss.verified ? 'verified' : 'inferred';
        this.targetGroups.set(`CilovaSkupinaOsoby/${rpss.id}`, { code: entry.code, basis });
      }
    }
    addByLabel(
      this.serviceTypes,
      lists.serviceTypes,
      byLabel(SERVICE_TYPES.filter((type) => type.group !== 'related')),
    );
    addByLabel(this.targetGroups, lists.targetGroups, byLabel(TARGET_GROUPS));
    addByLabel(this.ageGroups, lists.ageGroups, byLabel(AGE_GROUPS));
  }

  serviceType = (id: string) => this.serviceTypes.get(id);
  /** A social service type by the registry's own label ("domovy pro seniory"), as the national catalogue gives it. */
  serviceTypeByLabel = (label: string) => SOCIAL_TYPES_BY_LABEL.get(labelKey(label));
  targetGroup = (id: string) => this.targetGroups.get(id);
  ageGroup = (id: string) => this.ageGroups.get(id);
  form = (id: string) => this.forms.get(id);
  capacityUnit = (id: string) => this.units.get(id);
}

function addByLabel<C extends string>(
  target: Map<string, Mapped<C>>,
  list: RegistryCodeList | undefined,
  ours: Map<string, C>,
) {
  if (!list) return;
  for (const [id, label] of list.labels) {
    const code = ours.get(labelKey(label));
    const known = target.get(id);
    // A label read from the registry's own list outranks an id we only inferred.
    if (code && (!known || known.basis === 'inferred')) target.set(id, { code, basis: 'label' });
  }
}
