/**
 * What changed between two versions of a catalogue, record by record (services, providers, places,
 * matched by id): for `pomoc diff`, and for the publish guard of the importers, which refuses to
 * write when too much has vanished at once (a broken download, a changed format), as the national
 * pipeline does with its 5 % limit.
 */
import type { LocalizedText } from '../catalogue/schema.js';
import type { CatalogueParts } from './output.js';

export type DiffEntity = 'service' | 'organization' | 'location';

export interface DiffEntry {
  entity: DiffEntity;
  id: string;
  name: string;
  /** For a changed record: the fields that differ. */
  fields?: string[];
}

export interface CatalogueDiff {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: DiffEntry[];
  /** Records of each kind before and after. */
  counts: Record<DiffEntity, { before: number; after: number }>;
}

const nameOf = (value: LocalizedText | undefined, fallback: string) =>
  typeof value === 'string' ? value : value ? (Object.values(value)[0] ?? fallback) : fallback;

// Key order does not matter to a reader: compared as canonical JSON.
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );

export function diffCatalogues(before: CatalogueParts, after: CatalogueParts): CatalogueDiff {
  const diff: CatalogueDiff = {
    added: [],
    removed: [],
    changed: [],
    counts: {
      service: { before: before.services.length, after: after.services.length },
      organization: { before: before.organizations.length, after: after.organizations.length },
      location: { before: before.locations.length, after: after.locations.length },
    },
  };
  const compare = <T extends { id: string; name?: LocalizedText }>(
    entity: DiffEntity,
    old: T[],
    now: T[],
    label: (item: T) => string,
  ) => {
    const oldById = new Map(old.map((item) => [item.id, item]));
    const newIds = new Set(now.map((item) => item.id));
    for (const item of now) {
      const previous = oldById.get(item.id);
      if (!previous) {
        diff.added.push({ entity, id: item.id, name: label(item) });
        continue;
      }
      const keys = [...new Set([...Object.keys(previous), ...Object.keys(item)])];
      const fields = keys
        .filter(
          (key) =>
            canonical((previous as Record<string, unknown>)[key]) !== canonical((item as Record<string, unknown>)[key]),
        )
        .sort();
      if (fields.length) diff.changed.push({ entity, id: item.id, name: label(item), fields });
    }
    for (const item of old) if (!newIds.has(item.id)) diff.removed.push({ entity, id: item.id, name: label(item) });
  };
  compare('service', before.services, after.services, (item) => nameOf(item.name, item.id));
  compare('organization', before.organizations, after.organizations, (item) => nameOf(item.name, item.id));
  compare(
    'location',
    before.locations,
    after.locations,
    (item) => [nameOf(item.name, ''), item.address?.street, item.address?.city].filter(Boolean).join(', ') || item.id,
  );
  return diff;
}

/** The share of services, and of places, that vanished; the larger of the two (0 to 1). */
export function removedShare(diff: CatalogueDiff): number {
  const share = (entity: DiffEntity) =>
    diff.counts[entity].before
      ? diff.removed.filter((entry) => entry.entity === entity).length / diff.counts[entity].before
      : 0;
  return Math.max(share('service'), share('location'));
}

/** "5%", "5 %", "0.05" or "5" → 0.05; undefined for anything else. */
export function parseShare(value: string): number | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(value);
  if (!match) return undefined;
  const number = Number(match[1].replace(',', '.'));
  const share = match[2] || number > 1 ? number / 100 : number;
  return share >= 0 && share <= 1 ? share : undefined;
}
