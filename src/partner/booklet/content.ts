/**
 * What goes into a booklet and in which order: the services a partner asked for (by type or group,
 * target group, town), grouped as printed catalogues group them — by the groups and types of Act
 * 108/2006 in the order of its paragraphs, then the related services — and what was left out, and
 * why. Selection reuses the catalogue's search filters, so a booklet and the finder agree on what
 * "in Mirošov" or "for seniors" means.
 */
import {
  SERVICE_TYPE_GROUPS,
  SERVICE_TYPES,
  TARGET_GROUP_CODES,
  codeLabel,
  serviceType,
  type ServiceTypeGroup,
} from '../../catalogue/codelists.js';
import { matchesOutcome } from '../../catalogue/match.js';
import type { Service, Situation } from '../../catalogue/schema.js';
import { searchIndex } from '../../catalogue/search.js';
import { textIn } from '../../catalogue/text.js';
import type { Catalogue, CatalogueIssue } from '../../catalogue/validate.js';

export interface BookletFilter {
  /** Service type codes or group codes (counselling, care, prevention, related). */
  types: string[];
  targetGroups: string[];
  towns: string[];
}

export const noFilter = (): BookletFilter => ({ types: [], targetGroups: [], towns: [] });

const GROUP_CODES = SERVICE_TYPE_GROUPS.map((group) => group.code as string);

/** The codes of a filter that no code list knows, for a usage error. */
export function unknownFilterCodes(filter: BookletFilter): { types: string[]; targetGroups: string[] } {
  return {
    types: filter.types.filter((code) => !GROUP_CODES.includes(code) && !serviceType(code)),
    targetGroups: filter.targetGroups.filter((code) => !(TARGET_GROUP_CODES as readonly string[]).includes(code)),
  };
}

export interface Selection {
  services: Service[];
  /** Inactive services the filter would otherwise have taken. */
  inactive: Service[];
  /** Services of the catalogue outside the filter. */
  filteredOut: number;
  /** Records the validator dropped: they cannot be printed. */
  dropped: CatalogueIssue[];
  situations: Situation[];
}

export function selectServices(catalogue: Catalogue, filter: BookletFilter): Selection {
  const serviceTypes = filter.types.flatMap((code) =>
    GROUP_CODES.includes(code)
      ? SERVICE_TYPES.filter((type) => type.group === code).map((type) => type.code as string)
      : [code],
  );
  const filters = {
    serviceTypes: serviceTypes.length ? serviceTypes : undefined,
    targetGroups: filter.targetGroups.length ? filter.targetGroups : undefined,
    towns: filter.towns.length ? filter.towns : undefined,
  };
  const index = searchIndex(catalogue);
  const wanted = new Set(index.search({ filters: { ...filters, includeInactive: true } }).map((hit) => hit.service));
  const active = new Set(index.search({ filters }).map((hit) => hit.service));
  const services = catalogue.services.filter((service) => active.has(service));
  const inactive = catalogue.services.filter((service) => wanted.has(service) && !active.has(service));
  const filtered = filters.serviceTypes || filters.targetGroups || filters.towns;
  // With a filter, only the guides that lead to a service in the booklet.
  const situations = filtered
    ? catalogue.situations.filter((situation) =>
        situation.outcomes.some(
          (outcome) =>
            outcome.match &&
            services.some((service) => matchesOutcome(service, outcome.match!, catalogue.meta.language)),
        ),
      )
    : catalogue.situations;
  return {
    services,
    inactive,
    filteredOut: catalogue.services.length - wanted.size,
    dropped: catalogue.issues.filter((issue) => issue.severity === 'error' && issue.effect === 'record-dropped'),
    situations,
  };
}

export interface TypeSection {
  code: string;
  label: string;
  paragraph?: string;
  services: Service[];
}

export interface GroupSection {
  code: ServiceTypeGroup;
  label: string;
  types: TypeSection[];
}

/** The services by group and type in the order of the Act; within a type, by name. */
export function sectionsOf(catalogue: Catalogue, services: readonly Service[], lang: string): GroupSection[] {
  const collator = new Intl.Collator(lang);
  const byType = new Map<string, Service[]>();
  for (const service of services) {
    const list = byType.get(service.serviceType);
    if (list) list.push(service);
    else byType.set(service.serviceType, [service]);
  }
  const name = (service: Service) => textIn(service.name, lang, catalogue.meta.language);
  return SERVICE_TYPE_GROUPS.map((group) => ({
    code: group.code,
    label: codeLabel(group, lang),
    types: SERVICE_TYPES.filter((type) => type.group === group.code && byType.has(type.code)).map((type) => ({
      code: type.code,
      label: codeLabel(type, lang),
      paragraph: 'paragraph' in type ? type.paragraph : undefined,
      services: byType.get(type.code)!.sort((a, b) => collator.compare(name(a), name(b)) || (a.id < b.id ? -1 : 1)),
    })),
  })).filter((group) => group.types.length > 0);
}
