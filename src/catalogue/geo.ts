/** Distances for "nearest first": town centres from the catalogue's own places, and great-circle km. */
import type { Layout } from './layout.js';
import { normalize, normalizeName } from './normalize.js';
import type { Service } from './schema.js';
import type { Catalogue } from './validate.js';

/** The layout of a catalogue the worker read (layout.ts: LAYOUT_KEY, set by lazy.ts). */
export const layoutOf = (catalogue: Catalogue) =>
  (catalogue as unknown as Record<symbol, Layout | undefined>)[Symbol.for('pomoc.layout.v1')];

export interface Point {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

export function distanceKm(a: Point, b: Point): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

const centres = new WeakMap<Catalogue, Map<string, Point>>();

/** The centre of each town that has located, public places in the catalogue (keyed by normalised name). */
export function townCentres(catalogue: Catalogue): Map<string, Point> {
  let result = centres.get(catalogue) ?? layoutOf(catalogue)?.townCentres;
  if (result) return result;
  const sums = new Map<string, { latitude: number; longitude: number; count: number }>();
  for (const location of catalogue.locations) {
    const city = location.address?.city;
    if (location.hidden || !city || location.latitude === undefined || location.longitude === undefined) continue;
    const key = normalizeName(city);
    const sum = sums.get(key) ?? { latitude: 0, longitude: 0, count: 0 };
    sum.latitude += location.latitude;
    sum.longitude += location.longitude;
    sum.count++;
    sums.set(key, sum);
  }
  result = new Map(
    [...sums].map(([key, sum]) => [key, { latitude: sum.latitude / sum.count, longitude: sum.longitude / sum.count }]),
  );
  centres.set(catalogue, result);
  return result;
}

/**
 * `serviceDistance` for the service of an id: for a catalogue the worker read, from its layout
 * (layout.ts), without reading the record (sorting 20,000 services by distance read them all).
 */
export function serviceDistanceById(catalogue: Catalogue, id: string, from: Point, fromTown?: string): number {
  const layout = layoutOf(catalogue);
  if (!layout) {
    const service = catalogue.serviceById.get(id);
    return service ? serviceDistance(catalogue, service, from, fromTown) : Infinity;
  }
  const number = layout.serviceNumber.get(id);
  if (number === undefined) return Infinity;
  if (fromTown) {
    if (folded[0] !== fromTown) folded = [fromTown, normalize(fromTown)];
    const { offsets, values } = layout.serviceTowns;
    for (let i = offsets[number]; i < offsets[number + 1]; i++) if (layout.towns[values[i]] === folded[1]) return 0;
  }
  let best = Infinity;
  const { offsets, values } = layout.serviceLocations;
  for (let i = offsets[number]; i < offsets[number + 1]; i++) {
    const location = values[i];
    const latitude = location < 0 ? NaN : layout.latitude[location];
    if (!Number.isNaN(latitude)) {
      best = Math.min(best, distanceKm(from, { latitude, longitude: layout.longitude[location] }));
    }
  }
  return best;
}

// Each service's folded areas served and public, located places, worked out once per catalogue:
// the finder asks for thousands of distances a keystroke.
const placesOf = new WeakMap<Catalogue, Map<Service, [towns: Set<string>, points: Point[]]>>();
let folded = ['', ''];

/**
 * How far a service is from a point: its nearest public place, or 0 when it comes to the given
 * town (area served). Infinity when it has neither.
 */
export function serviceDistance(catalogue: Catalogue, service: Service, from: Point, fromTown?: string): number {
  let byService = placesOf.get(catalogue);
  if (!byService) placesOf.set(catalogue, (byService = new Map()));
  let places = byService.get(service);
  if (!places) {
    const points: Point[] = [];
    for (const id of service.locationIds ?? []) {
      const location = catalogue.locationById.get(id);
      if (location && !location.hidden && location.latitude !== undefined && location.longitude !== undefined) {
        points.push({ latitude: location.latitude, longitude: location.longitude });
      }
    }
    byService.set(service, (places = [new Set(service.areaServed?.map(normalizeName)), points]));
  }
  if (fromTown) {
    if (folded[0] !== fromTown) folded = [fromTown, normalize(fromTown)];
    if (places[0].has(folded[1])) return 0;
  }
  let best = Infinity;
  for (const point of places[1]) best = Math.min(best, distanceKm(from, point));
  return best;
}
