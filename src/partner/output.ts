/**
 * Putting imported records together into a catalogue file, checked by the same validator as
 * `pomoc validate` before anything is written; records it rejects are reported and left out.
 */
import { validateCatalogue, type CatalogueIssue } from '../catalogue/validate.js';
import {
  SCHEMA_VERSION,
  type CatalogueFile,
  type CatalogueMeta,
  type CatalogueSynonym,
  type CrisisLine,
  type Location,
  type Organization,
  type Service,
  type Situation,
} from '../catalogue/schema.js';

export interface CatalogueParts {
  organizations: Organization[];
  locations: Location[];
  services: Service[];
  situations?: Situation[];
  crisisLines?: CrisisLine[];
  synonyms?: CatalogueSynonym[];
}

export interface BuiltCatalogue {
  file: CatalogueFile;
  /** What the validator found; records with errors are not in `file`. */
  issues: CatalogueIssue[];
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

/**
 * `prune` leaves out providers and places no service refers to (an import); a merge keeps
 * everything the town had.
 */
export function buildCatalogue(meta: CatalogueMeta, parts: CatalogueParts, prune = true): BuiltCatalogue {
  const raw = {
    schemaVersion: SCHEMA_VERSION,
    catalogue: meta,
    organizations: dedupe(parts.organizations),
    locations: dedupe(parts.locations),
    services: dedupe(parts.services),
    ...(parts.situations?.length ? { situations: parts.situations } : {}),
    ...(parts.crisisLines?.length ? { crisisLines: parts.crisisLines } : {}),
    ...(parts.synonyms?.length ? { synonyms: parts.synonyms } : {}),
  };
  // An ended service stays in the file (its publisher may extend it); the widgets do not show it.
  const checked = validateCatalogue(structuredClone(raw), { keepEnded: true });
  const services = checked.services;
  const usedOrganizations = new Set(services.map((service) => service.organizationId));
  const usedLocations = new Set(services.flatMap((service) => service.locationIds ?? []));
  const file: CatalogueFile = {
    schemaVersion: SCHEMA_VERSION,
    catalogue: meta,
    organizations: checked.organizations.filter((organization) => !prune || usedOrganizations.has(organization.id)),
    locations: checked.locations.filter((location) => !prune || usedLocations.has(location.id)),
    services,
  };
  if (checked.situations.length) file.situations = checked.situations;
  if (checked.ownCrisisLines.length) file.crisisLines = checked.ownCrisisLines;
  if (checked.synonyms?.length) file.synonyms = checked.synonyms;
  return { file, issues: checked.issues };
}
