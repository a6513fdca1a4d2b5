/**
 * `import-rpss` without the command line: the registry file read as a stream (one record in
 * memory at a time), the records of the chosen area kept, then geocoded and mapped.
 */
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import type { Note } from './notes.js';
import type { RegistryCodes } from './registry-codes.js';
import { endDate, mapRecord, recordAddressCodes, recordPlaces, registryId, type MappedRecord } from './rpss.js';
import type { AddressPoint, RuianReadResult } from './ruian.js';
import { inArea, type AreaChoice, type Gazetteer } from './territory.js';

export interface RpssImportOptions {
  areas: readonly AreaChoice[];
  gazetteer: Gazetteer;
  codes: RegistryCodes;
  today: string;
  /** Reads the RÚIAN CSV keeping the wanted address points (given by --ruian). */
  readRuian?: (wanted: (code: number) => boolean) => Promise<RuianReadResult>;
  /** Called for every thousandth record. */
  onProgress?: (records: number) => void;
}

export interface Ungeocoded {
  locationId: string;
  label: string;
  reason: 'no-code' | 'not-in-csv' | 'no-coordinates-in-csv';
}

export interface RpssImportResult {
  /** Records in the file. */
  records: number;
  outside: number;
  ended: number;
  mapped: MappedRecord[];
  /** Records in the area that could not be imported. */
  skipped: number;
  notes: Note[];
  /** Visible places left without coordinates (only when RÚIAN was given). */
  ungeocoded: Ungeocoded[];
}

export class NotRegistryFileError extends Error {}

export async function importRpss(source: Readable, options: RpssImportOptions): Promise<RpssImportResult> {
  const { areas, gazetteer, today } = options;
  const notes: Note[] = [];
  const kept: unknown[] = [];
  let records = 0;
  let outside = 0;
  let ended = 0;
  await pipeline(
    source,
    // Packed values only: the streamed chunks would only be thrown away.
    parser.asStream({ streamValues: false }),
    pick.asStream({ filter: 'polozky' }),
    streamArray.asStream(),
    async function (items: AsyncIterable<{ value: unknown }>) {
      for await (const { value } of items) {
        records++;
        if (records % 1000 === 0) options.onProgress?.(records);
        if (!recordPlaces(value).some((place) => inArea(place, areas, gazetteer))) {
          outside++;
          continue;
        }
        const end = endDate(value, today);
        if (end) {
          ended++;
          notes.push({ code: 'ended', where: `RPSS ${registryId(value)}`, params: { date: end } });
          continue;
        }
        // A fresh copy, without the attachments (links to PDFs) that are never imported: the
        // parser's strings are slices that would keep whole input chunks alive.
        kept.push(JSON.parse(JSON.stringify(value, (key, item) => (key === 'doplnkoveUdaje' ? undefined : item))));
      }
    },
  );
  if (records === 0) throw new NotRegistryFileError('no records under "polozky"');

  let points = new Map<number, AddressPoint>();
  if (options.readRuian) {
    const wanted = new Set(kept.flatMap(recordAddressCodes));
    const ruian = await options.readRuian((code) => wanted.has(code));
    points = ruian.points;
    for (const [code, name] of ruian.towns) gazetteer.addTown({ code, name });
  }

  const mapped: MappedRecord[] = [];
  for (const record of kept) {
    const result = mapRecord(record, { codes: options.codes, gazetteer, points, today }, notes);
    if (result) mapped.push(result);
  }

  const ungeocoded: Ungeocoded[] = [];
  if (options.readRuian) {
    const seen = new Set<string>();
    for (const { locations } of mapped) {
      for (const location of locations) {
        if (location.hidden || location.latitude !== undefined || seen.has(location.id)) continue;
        seen.add(location.id);
        const label = [location.name, location.address?.street, location.address?.city].filter(Boolean).join(', ');
        const reason =
          location.ruianCode === undefined
            ? 'no-code'
            : points.has(location.ruianCode)
              ? 'no-coordinates-in-csv'
              : 'not-in-csv';
        ungeocoded.push({ locationId: location.id, label, reason });
      }
    }
  }
  return { records, outside, ended, mapped, skipped: kept.length - mapped.length, notes, ungeocoded };
}
