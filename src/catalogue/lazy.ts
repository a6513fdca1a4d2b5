/**
 * A catalogue the worker read, as the page keeps it: its records as the JSON the worker wrote, in
 * UTF-8 (buffers of about a megabyte, one per thousand records, outside the JavaScript heap), each
 * record read the first time something asks for it, then kept. The lists and maps by id behave as the arrays and maps
 * of a catalogue read on the page (indexes, length, iteration, the array methods), for the widgets
 * and for host pages alike.
 *
 * Why: at 20,000 services, the records as objects were ≈ 150 MB of the page's heap that the
 * worker's messages brought in, and the page read them for ≈ 850 ms, with garbage collections of
 * 50–110 ms among them (CPU profiles of the README page), before the first results. A page shows
 * twenty cards and a map's points: the search index and the layout (layout.ts) answer the rest
 * without the records.
 */
import { LAYOUT_KEY, type Layout, type LayoutParts } from './layout.js';
import type { Catalogue } from './validate-core.js';
import type { Steps } from './yield.js';

interface LazyState<T> {
  length: number;
  at: (index: number) => T;
  made: (T | undefined)[];
}

// Each lazy array's own state, on its proxy's target: one handler for all of them (a map of
// 20,000 services makes one for each of ≈ 15,000 places).
const STATE = Symbol('lazy');
type Target<T> = T[] & { [STATE]: LazyState<T> };

function indexIn(state: LazyState<unknown>, key: string | symbol): number {
  if (typeof key !== 'string') return -1;
  const index = Number(key);
  return Number.isInteger(index) && index >= 0 && index < state.length && String(index) === key ? index : -1;
}

function itemOf<T>(state: LazyState<T>, index: number): T {
  return (state.made[index] ??= state.at(index));
}

const handler: ProxyHandler<Target<unknown>> = {
  get(target, key, receiver) {
    const state = target[STATE];
    const index = indexIn(state, key);
    if (index >= 0) return itemOf(state, index);
    return key === STATE ? undefined : (Reflect.get(target, key, receiver) as unknown);
  },
  has(target, key) {
    return indexIn(target[STATE], key) >= 0 || (key !== STATE && Reflect.has(target, key));
  },
  getOwnPropertyDescriptor(target, key) {
    const state = target[STATE];
    const index = indexIn(state, key);
    if (index >= 0) return { value: itemOf(state, index), writable: false, enumerable: true, configurable: true };
    return key === STATE ? undefined : Reflect.getOwnPropertyDescriptor(target, key);
  },
  ownKeys(target) {
    const keys = Array.from({ length: target[STATE].length }, (_, index): string | symbol => String(index));
    return [...keys, ...Reflect.ownKeys(target).filter((key) => key !== STATE)];
  },
  // Read-only, and not to be frozen either: its records are made as they are read.
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
  preventExtensions: () => false,
};

/**
 * An array of `length` items, each made by `at` the first time it is read, then kept. Read-only:
 * writing to it throws in strict code.
 */
export function lazyArray<T>(length: number, at: (index: number) => T): T[] {
  const target = new Array<T>(length) as Target<T>;
  Object.defineProperty(target, STATE, { value: { length, at, made: [] } satisfies LazyState<T>, configurable: true });
  return new Proxy(target as Target<unknown>, handler) as unknown as T[];
}

/**
 * A map by id over a lazy list: the records are read only as they are asked for. A Map (read-only:
 * `set`, `delete` and `clear` throw), as a catalogue read on the page has.
 */
class LazyById<T extends { id: string }> extends Map<string, T> {
  constructor(
    private readonly list: readonly T[],
    private readonly numbers: ReadonlyMap<string, number>,
  ) {
    super();
  }
  override get size() {
    return this.numbers.size;
  }
  override get(id: string): T | undefined {
    const number = this.numbers.get(id);
    return number === undefined ? undefined : this.list[number];
  }
  override has(id: string): boolean {
    return this.numbers.has(id);
  }
  override *entries(): MapIterator<[string, T]> {
    for (const [id, number] of this.numbers) yield [id, this.list[number]];
  }
  override keys(): MapIterator<string> {
    return this.numbers.keys();
  }
  override *values(): MapIterator<T> {
    for (const number of this.numbers.values()) yield this.list[number];
  }
  override forEach(callback: (value: T, key: string, map: Map<string, T>) => void, thisArg?: unknown): void {
    for (const [id, number] of this.numbers) callback.call(thisArg, this.list[number], id, this);
  }
  override [Symbol.iterator]() {
    return this.entries();
  }
  override set(): this {
    // Map's constructor adds nothing: anything later is a write to a read-only catalogue.
    throw new TypeError('pomoc: a catalogue is read-only');
  }
  override delete(): boolean {
    throw new TypeError('pomoc: a catalogue is read-only');
  }
  override clear(): void {
    throw new TypeError('pomoc: a catalogue is read-only');
  }
}

/** Where each element of an array of the file is: its first byte, and the byte after its last. */
export interface Spans {
  starts: Uint32Array;
  ends: Uint32Array;
}

/**
 * One list's records as the page has them: their ids (and numbers by id); for each, the number of
 * the element of the file it is as it is (-1: validation changed it, and its JSON is in `own`); the
 * file's bytes and where its elements are (the page's scan, `fileSpans`).
 */
export interface RecordTexts {
  ids: string[];
  numbers: Map<string, number>;
  raw: Int32Array;
  /** The records validation changed (a repaired address, …), their JSON in UTF-8 one after another. */
  own: { bytes: Uint8Array; ends: Uint32Array };
  file?: { bytes: Uint8Array; spans: Spans };
}

const decoder = new TextDecoder();

/** A list of records read as they are asked for, and its map by id. */
export function lazyRecords<T extends { id: string }>(texts: RecordTexts): { list: T[]; byId: ReadonlyMap<string, T> } {
  const { raw, own, file } = texts;
  // For a record validation changed: its number among those.
  const ownNumber = new Int32Array(raw.length);
  for (let i = 0, count = 0; i < raw.length; i++) if (raw[i] < 0) ownNumber[i] = count++;
  const list = lazyArray<T>(texts.ids.length, (index) => {
    const element = raw[index];
    let bytes: Uint8Array;
    if (element >= 0) bytes = file!.bytes.subarray(file!.spans.starts[element], file!.spans.ends[element]);
    else {
      const i = ownNumber[index];
      bytes = own.bytes.subarray(i === 0 ? 0 : own.ends[i - 1], own.ends[i]);
    }
    return JSON.parse(decoder.decode(bytes)) as T;
  });
  return { list, byId: new LazyById(list, texts.numbers) };
}

// The scan's bytes between two yields: ≈ 5–10 ms.
const SCAN_STEP = 1 << 20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * Where the elements of the file's lists are (its top-level `organizations`, `locations`,
 * `services`), found by a scan of the bytes for strings and brackets, in steps: the page does it
 * while the worker parses and validates the same file. Undefined for a file whose top level is
 * not an object. The worker says how many elements each list has; a scan that finds another
 * number is not used.
 */
export function* fileSpans(bytes: Uint8Array): Steps<Partial<Record<ListKey, Spans>> | undefined> {
  const found: Partial<Record<ListKey, { starts: number[]; ends: number[] }>> = {};
  const length = bytes.length;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < length && isSpace(bytes[i])) i++;
  if (bytes[i] !== 0x7b) return undefined;
  let depth = 1;
  let expectKey = true;
  let key = '';
  let spans: { starts: number[]; ends: number[] } | undefined;
  let elementStart = -1;
  let lastByte = i;
  let next = SCAN_STEP;
  for (i++; i < length; i++) {
    if (i >= next) {
      next = i + SCAN_STEP;
      yield;
    }
    const byte = bytes[i];
    if (isSpace(byte)) continue;
    if (depth === 2 && spans && elementStart < 0 && byte !== 0x2c && byte !== 0x5d) elementStart = i;
    if (byte === QUOTE) {
      const start = i;
      for (i++; i < length && bytes[i] !== QUOTE; i++) if (bytes[i] === BACKSLASH) i++;
      if (depth === 1 && expectKey) {
        try {
          key = JSON.parse(decoder.decode(bytes.subarray(start, i + 1))) as string;
        } catch {
          return undefined;
        }
        expectKey = false;
      }
    } else if (byte === 0x7b || byte === 0x5b) {
      depth++;
      if (depth === 2) {
        spans = undefined;
        if (byte === 0x5b && (key === 'organizations' || key === 'locations' || key === 'services')) {
          // A key given twice: JSON.parse keeps the last.
          spans = found[key] = { starts: [], ends: [] };
        }
      }
    } else if (byte === 0x7d || byte === 0x5d) {
      if (depth === 2 && byte === 0x5d && spans && elementStart >= 0) {
        spans.starts.push(elementStart);
        spans.ends.push(lastByte + 1);
        elementStart = -1;
      }
      depth--;
    } else if (byte === 0x2c) {
      if (depth === 1) expectKey = true;
      else if (depth === 2 && spans && elementStart >= 0) {
        spans.starts.push(elementStart);
        spans.ends.push(lastByte + 1);
        elementStart = -1;
      }
    }
    lastByte = i;
  }
  const result: Partial<Record<ListKey, Spans>> = {};
  for (const [list, { starts, ends }] of Object.entries(found) as [ListKey, { starts: number[]; ends: number[] }][]) {
    result[list] = { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
  }
  return result;
}

type ListKey = 'organizations' | 'locations' | 'services';

/** The parts of a catalogue that are not its lists of records (the worker sends them at once). */
export type CatalogueHead = Omit<Catalogue, ListKey | 'organizationById' | 'locationById' | 'serviceById'>;

/** A catalogue the worker read, from its head, its records' texts and its layout: records read only when asked for. */
export function lazyCatalogue(
  head: CatalogueHead,
  texts: Record<ListKey, RecordTexts>,
  layout: LayoutParts,
): Catalogue {
  const organizations = lazyRecords<Catalogue['organizations'][number]>(texts.organizations);
  const locations = lazyRecords<Catalogue['locations'][number]>(texts.locations);
  const services = lazyRecords<Catalogue['services'][number]>(texts.services);
  const catalogue = {
    ...head,
    organizations: organizations.list,
    locations: locations.list,
    services: services.list,
    organizationById: organizations.byId,
    locationById: locations.byId,
    serviceById: services.byId,
  } as Catalogue;
  const placed: Layout = {
    ...layout,
    locationIds: texts.locations.ids,
    serviceNumber: texts.services.numbers,
    townCentres: new Map(layout.centres.map(([town, latitude, longitude]) => [town, { latitude, longitude }])),
    servicesAt: (numbers) => lazyArray(numbers.length, (i) => services.list[numbers[i]]),
    locationAt: (number) => locations.list[number],
  };
  // A symbol, copied with the catalogue (the loader spreads it), seen by no JSON nor list of keys.
  (catalogue as unknown as Record<symbol, Layout>)[Symbol.for(LAYOUT_KEY)] = placed;
  return catalogue;
}

const encoder = new TextEncoder();

/**
 * The worker's side: records as their JSON in UTF-8, one after another, and where each ends. The
 * bytes are transferred to the page, not copied (text copied was ≈ 250 ms of the worker's at
 * 20,000 services, and filled the page's heap).
 */
export function encodeRecords(list: readonly unknown[]): { bytes: Uint8Array; ends: Uint32Array } {
  let bytes = new Uint8Array(1 << 20);
  const ends = new Uint32Array(list.length);
  let length = 0;
  list.forEach((record, i) => {
    const json = JSON.stringify(record);
    // At most three bytes for each UTF-16 unit.
    if (length + json.length * 3 > bytes.length) {
      const larger = new Uint8Array(Math.max(bytes.length * 2, length + json.length * 3));
      larger.set(bytes.subarray(0, length));
      bytes = larger;
    }
    length += encoder.encodeInto(json, bytes.subarray(length)).written;
    ends[i] = length;
  });
  return { bytes: bytes.slice(0, length), ends };
}
