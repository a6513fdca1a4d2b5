/**
 * Territorial units for choosing the area of an import and naming towns.
 *
 * The registry refers to places by code only (`Kraj/51`, `Okres/3402`, `Obec/554499`); town names
 * come from the RÚIAN address-point CSV, the MPSV code lists or a territorial-structure CSV, and
 * membership of an ORP only from the last (no ORP is recorded in a registry address).
 */
import { foldText } from './normalize.js';

export type AreaLevel = 'kraj' | 'okres' | 'orp' | 'obec';

export interface Town {
  code: string;
  name?: string;
  orp?: string;
  okres?: string;
  kraj?: string;
}

// RÚIAN codes of the 14 regions (VÚSC), the same numbers the registry writes as `Kraj/<code>`.
// Praha (19) and Karlovarský (51) are confirmed from registry data; the others follow RÚIAN.
// prettier-ignore
export const KRAJE: readonly { code: string; name: string }[] = [
  { code: '19', name: 'Hlavní město Praha' }, { code: '27', name: 'Středočeský kraj' },
  { code: '35', name: 'Jihočeský kraj' }, { code: '43', name: 'Plzeňský kraj' },
  { code: '51', name: 'Karlovarský kraj' }, { code: '60', name: 'Ústecký kraj' },
  { code: '78', name: 'Liberecký kraj' }, { code: '86', name: 'Královéhradecký kraj' },
  { code: '94', name: 'Pardubický kraj' }, { code: '108', name: 'Kraj Vysočina' },
  { code: '116', name: 'Jihomoravský kraj' }, { code: '124', name: 'Olomoucký kraj' },
  { code: '132', name: 'Moravskoslezský kraj' }, { code: '141', name: 'Zlínský kraj' },
];

/** Towns, districts and ORPs by code and name, filled from whichever sources the user gives. */
export class Gazetteer {
  readonly towns = new Map<string, Town>();
  readonly okresy = new Map<string, string>();
  readonly orps = new Map<string, string>();
  readonly kraje = new Map<string, string>(KRAJE.map((kraj) => [kraj.code, kraj.name]));

  addTown(town: Town) {
    const known = this.towns.get(town.code);
    if (!known) {
      this.towns.set(town.code, { ...town });
      return;
    }
    for (const key of ['name', 'orp', 'okres', 'kraj'] as const) known[key] ??= town[key];
  }

  townName = (code: string | undefined) => (code === undefined ? undefined : this.towns.get(code)?.name);

  /** Codes of the units at `level` whose code or name is `value`; several when a name is ambiguous. */
  find(level: AreaLevel, value: string): string[] {
    const wanted = value.trim();
    const names = this.namesAt(level);
    if (/^\d+$/.test(wanted)) return names.has(wanted) || level !== 'kraj' ? [wanted] : [];
    const folded = foldText(wanted);
    const matches: string[] = [];
    for (const [code, name] of names) {
      const candidate = foldText(name);
      // "Karlovarský" finds "Karlovarský kraj"; "Praha" finds "Hlavní město Praha".
      if (candidate === folded || (level === 'kraj' && candidate.split(' ').includes(folded))) matches.push(code);
    }
    return matches;
  }

  label(level: AreaLevel, code: string): string {
    const name = this.namesAt(level).get(code);
    if (level === 'kraj') return name ?? `kraj ${code}`;
    return `${level === 'orp' ? 'ORP' : level} ${name ?? code}`;
  }

  private namesAt(level: AreaLevel): Map<string, string> {
    if (level === 'kraj') return this.kraje;
    if (level === 'okres') return this.okresy;
    if (level === 'orp') return this.orps;
    const names = new Map<string, string>();
    for (const town of this.towns.values()) if (town.name) names.set(town.code, town.name);
    return names;
  }
}

/** Where a registry address lies: codes taken from its `kraj`, `okres` and `obec` references. */
export interface Place {
  kraj?: string;
  okres?: string;
  obec?: string;
}

export interface AreaChoice {
  level: AreaLevel;
  codes: Set<string>;
  label: string;
}

/** Whether a place lies in one of the chosen areas. */
export function inArea(place: Place, areas: readonly AreaChoice[], gazetteer: Gazetteer): boolean {
  const town = place.obec ? gazetteer.towns.get(place.obec) : undefined;
  return areas.some(({ level, codes }) => {
    if (level === 'obec') return place.obec !== undefined && codes.has(place.obec);
    if (level === 'kraj') return codes.has(place.kraj ?? town?.kraj ?? '');
    if (level === 'okres') return codes.has(place.okres ?? town?.okres ?? '');
    return town?.orp !== undefined && codes.has(town.orp);
  });
}

const isCell = (header: string[], ...words: string[]) =>
  header.findIndex((name) =>
    words.every((word) =>
      foldText(name)
        .split(/[^a-z0-9]+/)
        .includes(word),
    ),
  );

/**
 * A territorial-structure CSV (each town with its ORP, district and region, as exported from
 * RÚIAN or ČSÚ). Columns are found by their words: "Kód obce", "Název obce", "Kód ORP",
 * "Název ORP", "Kód okresu", "Název okresu", "Kód VÚSC" or "Kód kraje", and their names.
 * Returns the number of towns read; throws when there is no town-code column.
 */
export function addStructureRows(gazetteer: Gazetteer, rows: string[][]): number {
  const [header = [], ...body] = rows;
  const column = {
    code: isCell(header, 'kod', 'obce'),
    name: isCell(header, 'nazev', 'obce'),
    orp: isCell(header, 'kod', 'orp'),
    orpName: isCell(header, 'nazev', 'orp'),
    okres: isCell(header, 'kod', 'okresu'),
    okresName: isCell(header, 'nazev', 'okresu'),
    kraj: Math.max(isCell(header, 'kod', 'vusc'), isCell(header, 'kod', 'kraje')),
    krajName: Math.max(isCell(header, 'nazev', 'vusc'), isCell(header, 'nazev', 'kraje')),
  };
  if (column.code < 0) throw new Error('no "Kód obce" column');
  let count = 0;
  for (const row of body) {
    const cell = (index: number) => (index >= 0 ? (row[index] ?? '').trim() || undefined : undefined);
    const code = cell(column.code);
    if (!code) continue;
    gazetteer.addTown({
      code,
      name: cell(column.name),
      orp: cell(column.orp),
      okres: cell(column.okres),
      kraj: cell(column.kraj),
    });
    const orp = cell(column.orp);
    if (orp && cell(column.orpName)) gazetteer.orps.set(orp, cell(column.orpName)!);
    const okres = cell(column.okres);
    if (okres && cell(column.okresName)) gazetteer.okresy.set(okres, cell(column.okresName)!);
    const kraj = cell(column.kraj);
    if (kraj && cell(column.krajName) && !gazetteer.kraje.has(kraj)) gazetteer.kraje.set(kraj, cell(column.krajName)!);
    count++;
  }
  return count;
}

export interface AreaProblem {
  level: AreaLevel;
  value: string;
  /** not-found: no such unit; ambiguous: several (with their codes); needs-structure: ORP membership unknown. */
  reason: 'not-found' | 'ambiguous' | 'needs-structure';
  candidates?: string[];
}

/** The areas asked for (`--kraj Karlovarský --obec 554499,Aš`), resolved to codes. */
export function resolveAreas(
  requested: Partial<Record<AreaLevel, string[]>>,
  gazetteer: Gazetteer,
): { areas: AreaChoice[]; problems: AreaProblem[] } {
  const areas: AreaChoice[] = [];
  const problems: AreaProblem[] = [];
  for (const level of ['kraj', 'okres', 'orp', 'obec'] as const) {
    for (const value of requested[level] ?? []) {
      const codes = gazetteer.find(level, value);
      if (level === 'orp' && ![...gazetteer.towns.values()].some((town) => town.orp && codes.includes(town.orp))) {
        problems.push({ level, value, reason: 'needs-structure' });
      } else if (codes.length === 0) problems.push({ level, value, reason: 'not-found' });
      else if (codes.length > 1) {
        const candidates = codes.map((code) => `${gazetteer.label(level, code)} (${code})`);
        problems.push({ level, value, reason: 'ambiguous', candidates });
      } else areas.push({ level, codes: new Set(codes), label: gazetteer.label(level, codes[0]) });
    }
  }
  return { areas, problems };
}
