/**
 * Where a catalogue's services are, as numbers: what a map needs of every service (its public
 * places' coordinates and order, the towns' centres) without reading the records. The catalogue
 * worker works it out from the records it has read and sends it as typed arrays (transferred, not
 * copied); the page's catalogue then keeps its records as text until one is shown (lazy.ts), and
 * the map's places (places.ts) and the towns' centres (geo.ts) are read from here instead.
 *
 * A catalogue read on the page has none: those read the records themselves.
 */
import type { Point } from './geo.js';
import type { Location, Service } from './schema.js';

/** What crosses from the worker. */
export interface LayoutParts {
  /** For each location (in the order of `catalogue.locations`): its rank among the public places with coordinates (town, then name or street), or -1. */
  placeRank: Int32Array;
  /** How many locations have a rank. */
  placeCount: number;
  latitude: Float64Array;
  longitude: Float64Array;
  /** For each service (in the order of `catalogue.services`): its locations' numbers, -1 for an id that names none. */
  serviceLocations: { offsets: Int32Array; values: Int32Array };
  /** The towns' centres (geo.ts): folded name, latitude, longitude. */
  centres: [string, number, number][];
  /** For each service: the towns it serves (`areaServed`, folded as geo.ts does), as numbers in `towns`. */
  serviceTowns: { offsets: Int32Array; values: Int32Array };
  towns: string[];
}

/** The layout as the page uses it: with the ids the records' text is found by. */
export interface Layout extends LayoutParts {
  /** Each location's id, in the order of `catalogue.locations`. */
  locationIds: readonly string[];
  /** The number of a service (its place in `catalogue.services`) by id. */
  serviceNumber: ReadonlyMap<string, number>;
  townCentres: Map<string, Point>;
  /** The services of these numbers, each read only when asked for. */
  servicesAt(numbers: readonly number[]): Service[];
  /** The location of this number, read now. */
  locationAt(number: number): Location;
}

/**
 * The key of a catalogue's layout (set by lazy.ts), shared by two copies of the script. This module
 * has no other value at run time: the finder's, the map's and the worker's files would otherwise share
 * one more small file (≈ 0.4 kB of a finder page's 45).
 */
export const LAYOUT_KEY = 'pomoc.layout.v1';
