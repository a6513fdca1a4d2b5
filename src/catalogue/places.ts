/**
 * Where services can be shown on a map: public places with coordinates, each with the services
 * found there, and the services that have no door to walk to (outreach, a hidden address, no
 * coordinates), which a map shows by the area they serve instead of a misleading pin.
 */
import { layoutOf, townCentres, type Point } from './geo.js';
import type { Layout } from './layout.js';
import { czechSortKey, normalizeName } from './normalize.js';
import type { AreaGeometry, Location, Service } from './schema.js';
import type { Catalogue } from './validate.js';
import { atOnce, inSlices, type Steps } from './yield.js';

export interface Place {
  /** The location's id. */
  id: string;
  location: Location;
  latitude: number;
  longitude: number;
  /** The services at this place, in the order they were given. */
  services: Service[];
}

export interface PlacesOfServices {
  /** Public places with coordinates, ordered by town, then name or street. */
  places: Place[];
  /** Services with no public place on the map. */
  unplaced: Service[];
  /** How many services are on the map (a service at two places is one). */
  servicesOnMap: number;
}

/** A public place with coordinates: never a hidden address. */
export const isMappable = (location: Location | undefined): location is Location & Point =>
  location !== undefined && !location.hidden && location.latitude !== undefined && location.longitude !== undefined;

/**
 * The rank of each public place of a catalogue in the order places are listed (town, then name
 * or street): computed once per catalogue, so that ordering a map's results is a pass over them,
 * not a sort of thousands of Czech sort keys at every change (≈ 30 ms at 15,000 places, more on a
 * slow phone; for a large catalogue the map has it done in slices, see `placesOfInSlices`).
 */
const ranksByCatalogue = new WeakMap<Catalogue, Map<string, number>>();

function* placeRankSteps(catalogue: Catalogue): Steps<Map<string, number>> {
  const keyed: { id: string; key: string }[] = [];
  for (const [id, location] of catalogue.locationById) {
    if (!isMappable(location)) continue;
    const name = typeof location.name === 'string' ? location.name : Object.values(location.name ?? {})[0];
    keyed.push({
      id,
      key: czechSortKey(`${location.address?.city ?? ''}\u0000${name ?? location.address?.street ?? ''}`),
    });
    if (keyed.length % 250 === 0) yield;
  }
  const sorted = yield* sortSteps(keyed, (a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return new Map(sorted.map(({ id }, rank) => [id, rank]));
}

// Items sorted in a step: runs of this length, then merged two by two, up to MERGED_IN_A_STEP a step.
const SORTED_RUN = 1024;
const MERGED_IN_A_STEP = 4096;

/** A merge sort in steps: one sort of 15,000 keys is ≈ 40–60 ms in a cold script under load. */
function* sortSteps<T>(items: T[], compare: (a: T, b: T) => number): Steps<T[]> {
  let from = items;
  for (let start = 0; start < from.length; start += SORTED_RUN) {
    yield;
    const run = from.slice(start, start + SORTED_RUN).sort(compare);
    for (let i = 0; i < run.length; i++) from[start + i] = run[i];
  }
  let to = new Array<T>(from.length);
  for (let width = SORTED_RUN; width < from.length; width *= 2) {
    for (let left = 0; left < from.length; left += 2 * width) {
      // Each merge of two runs its own step (the last ones, of all the items, in several).
      yield;
      const middle = Math.min(left + width, from.length);
      const right = Math.min(left + 2 * width, from.length);
      let i = left;
      let j = middle;
      for (let k = left; k < right; k++) {
        if ((k - left) % MERGED_IN_A_STEP === MERGED_IN_A_STEP - 1) yield;
        to[k] = i < middle && (j >= right || compare(from[i], from[j]) <= 0) ? from[i++] : from[j++];
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Whether `placesOf` can order this catalogue's places without work of its own first. */
export const placesRanked = (catalogue: Catalogue): boolean =>
  ranksByCatalogue.has(catalogue) || layoutOf(catalogue) !== undefined;

/** `placesOf` in steps of 500 services (and, the first time, of the catalogue's places). */
export function* placesOfSteps(catalogue: Catalogue, services: Iterable<Service>): Steps<PlacesOfServices> {
  let ranks = ranksByCatalogue.get(catalogue);
  if (!ranks) {
    ranks = yield* placeRankSteps(catalogue);
    ranksByCatalogue.set(catalogue, ranks);
  }
  // Each place in the slot of its rank: ordered without a sort.
  const slots: (Place | undefined)[] = new Array<Place | undefined>(ranks.size);
  let count = 0;
  const unplaced: Service[] = [];
  const onMap = new Set<Service>();
  let step = 0;
  for (const service of services) {
    if (++step % 500 === 0) yield;
    let placed = false;
    for (const id of service.locationIds ?? []) {
      const location = catalogue.locationById.get(id);
      if (!isMappable(location)) continue;
      placed = true;
      const rank = ranks.get(id)!;
      let place = slots[rank];
      if (!place) {
        place = { id, location, latitude: location.latitude, longitude: location.longitude, services: [] };
        slots[rank] = place;
        count++;
      }
      place.services.push(service);
    }
    if (placed) onMap.add(service);
    else unplaced.push(service);
  }
  yield;
  const places: Place[] = [];
  if (count) for (const place of slots) if (place) places.push(place);
  return { places, unplaced, servicesOnMap: onMap.size };
}

export const placesOf = (catalogue: Catalogue, services: Iterable<Service>): PlacesOfServices =>
  atOnce(placesOfSteps(catalogue, services));

/** The services of a list of ids (an unknown id is left out). */
function* servicesOf(catalogue: Catalogue, ids: readonly string[]): Generator<Service> {
  for (const id of ids) {
    const service = catalogue.serviceById.get(id);
    if (service) yield service;
  }
}

/**
 * `placesOfSteps` for the services of a list of ids. For a catalogue the worker read, from its
 * layout (layout.ts): no record is read until a place's location or services are asked for.
 */
export function placesOfIdsSteps(catalogue: Catalogue, ids: readonly string[]): Steps<PlacesOfServices> {
  const layout = layoutOf(catalogue);
  return layout ? placesOfLayoutSteps(catalogue, layout, ids) : placesOfSteps(catalogue, servicesOf(catalogue, ids));
}

function* placesOfLayoutSteps(catalogue: Catalogue, layout: Layout, ids: readonly string[]): Steps<PlacesOfServices> {
  const { placeRank, latitude, longitude, serviceNumber, locationIds } = layout;
  const { offsets, values } = layout.serviceLocations;
  // Each place in the slot of its rank, as placesOfSteps: its location's number and its services'.
  const slots: (number[] | undefined)[] = new Array<number[] | undefined>(layout.placeCount);
  const locationOfSlot = new Int32Array(layout.placeCount);
  const counted = new Uint8Array(catalogue.services.length);
  const unplaced: number[] = [];
  let servicesOnMap = 0;
  let step = 0;
  for (const id of ids) {
    if (++step % 2000 === 0) yield;
    const number = serviceNumber.get(id);
    if (number === undefined) continue;
    let placed = false;
    for (let i = offsets[number]; i < offsets[number + 1]; i++) {
      const location = values[i];
      const rank = location < 0 ? -1 : placeRank[location];
      if (rank < 0) continue;
      placed = true;
      let slot = slots[rank];
      if (!slot) {
        slot = slots[rank] = [];
        locationOfSlot[rank] = location;
      }
      slot.push(number);
    }
    if (placed) {
      if (!counted[number]) servicesOnMap++;
      counted[number] = 1;
    } else unplaced.push(number);
  }
  yield;
  const { servicesAt } = layout;
  const places: Place[] = [];
  for (let rank = 0; rank < slots.length; rank++) {
    const numbers = slots[rank];
    if (!numbers) continue;
    if (places.length % 1000 === 999) yield;
    const location = locationOfSlot[rank];
    places.push(
      new LazyPlace(
        locationIds[location],
        latitude[location],
        longitude[location],
        servicesAt(numbers),
        layout,
        location,
      ),
    );
  }
  return { places, unplaced: servicesAt(unplaced), servicesOnMap };
}

/** A place of a worker's catalogue: its location read when asked for (a class: ≈ 15,000 are made at once). */
class LazyPlace implements Place {
  readonly #layout: Layout;
  readonly #number: number;
  constructor(
    readonly id: string,
    readonly latitude: number,
    readonly longitude: number,
    readonly services: Service[],
    layout: Layout,
    number: number,
  ) {
    this.#layout = layout;
    this.#number = number;
  }
  get location(): Location {
    return this.#layout.locationAt(this.#number);
  }
}

/** `placesOf` for the services of a list of ids, at once. */
export const placesOfIds = (catalogue: Catalogue, ids: readonly string[]): PlacesOfServices =>
  atOnce(placesOfIdsSteps(catalogue, ids));

// Slices of about one step: the first time, each is slower (a cold script).
const SLICE = 10;

/** `placesOfIds` in slices of the main thread, for a large catalogue. */
export const placesOfIdsInSlices = (catalogue: Catalogue, ids: readonly string[]): Promise<PlacesOfServices> =>
  inSlices(placesOfIdsSteps(catalogue, ids), SLICE);

/** The area a service without a place serves: its outline when the catalogue gives one, else its towns. */
export interface ServiceArea {
  geometry?: AreaGeometry;
  /** Towns served with a known centre (from the catalogue's own places). */
  towns: { name: string; point: Point }[];
  /** Towns served whose position the catalogue does not tell. */
  unknownTowns: string[];
}

export function serviceArea(catalogue: Catalogue, service: Service): ServiceArea {
  const centres = townCentres(catalogue);
  const towns: ServiceArea['towns'] = [];
  const unknownTowns: string[] = [];
  // A hidden address keeps its town: the service is shown there, never at the address.
  const hiddenTowns = (service.locationIds ?? [])
    .map((id) => catalogue.locationById.get(id))
    .filter((location) => location?.hidden)
    .map((location) => location!.address?.city)
    .filter((city): city is string => Boolean(city));
  const seen = new Set<string>();
  for (const name of [...(service.areaServed ?? []), ...hiddenTowns]) {
    const key = normalizeName(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const point = centres.get(key);
    if (point) towns.push({ name, point });
    else unknownTowns.push(name);
  }
  return { geometry: service.areaGeometry, towns, unknownTowns };
}
