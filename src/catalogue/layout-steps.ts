/**
 * The catalogue worker's side of layout.ts: the layout worked out from the records it has read.
 * On its own (not with places.ts and geo.ts, which order places and find towns' centres for a
 * catalogue read on the page): the worker sharing them would put them in files of their own on
 * every finder and map page. The lazy catalogue's test (lazy.test.ts) holds both to the same answers.
 */
import type { LayoutParts } from './layout.js';
import { czechSortKey, normalizeName } from './normalize.js';
import type { Catalogue } from './validate-core.js';
import type { Steps } from './yield.js';

/** The layout of a catalogue, in steps (the worker runs them at once). */
export function* layoutSteps(catalogue: Catalogue): Steps<LayoutParts> {
  const { locations, services } = catalogue;
  const count = locations.length;
  const latitude = new Float64Array(count).fill(NaN);
  const longitude = new Float64Array(count).fill(NaN);
  // Public places with coordinates (places.ts: isMappable), ordered by town, then name or street, then id.
  const keys: string[] = [];
  const mappable: number[] = [];
  const sums = new Map<string, [latitude: number, longitude: number, count: number]>();
  locations.forEach((location, number) => {
    if (location.hidden || location.latitude === undefined || location.longitude === undefined) return;
    latitude[number] = location.latitude;
    longitude[number] = location.longitude;
    mappable.push(number);
    const name = typeof location.name === 'string' ? location.name : Object.values(location.name ?? {})[0];
    keys[number] = czechSortKey(`${location.address?.city ?? ''}\u0000${name ?? location.address?.street ?? ''}`);
    // The towns' centres (geo.ts: townCentres): the mean of each town's places.
    const city = location.address?.city;
    if (!city) return;
    const key = normalizeName(city);
    const sum = sums.get(key) ?? [0, 0, 0];
    sum[0] += location.latitude;
    sum[1] += location.longitude;
    sum[2]++;
    sums.set(key, sum);
  });
  yield;
  const ids = locations.map((location) => location.id);
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  mappable.sort((a, b) => compare(keys[a], keys[b]) || compare(ids[a], ids[b]));
  const placeRank = new Int32Array(count).fill(-1);
  mappable.forEach((number, rank) => (placeRank[number] = rank));
  yield;
  const numberOf = new Map<string, number>();
  ids.forEach((id, number) => numberOf.set(id, number));
  const offsets = new Int32Array(services.length + 1);
  const values: number[] = [];
  // The towns each service serves, for "nearest first" (geo.ts: serviceDistance).
  const townOffsets = new Int32Array(services.length + 1);
  const townValues: number[] = [];
  const townNumber = new Map<string, number>();
  services.forEach((service, number) => {
    for (const id of service.locationIds ?? []) values.push(numberOf.get(id) ?? -1);
    offsets[number + 1] = values.length;
    for (const town of service.areaServed ?? []) {
      const folded = normalizeName(town);
      let found = townNumber.get(folded);
      if (found === undefined) townNumber.set(folded, (found = townNumber.size));
      townValues.push(found);
    }
    townOffsets[number + 1] = townValues.length;
  });
  return {
    placeRank,
    placeCount: mappable.length,
    latitude,
    longitude,
    serviceLocations: { offsets, values: Int32Array.from(values) },
    centres: [...sums].map(([town, [lat, lon, n]]): [string, number, number] => [town, lat / n, lon / n]),
    serviceTowns: { offsets: townOffsets, values: Int32Array.from(townValues) },
    towns: [...townNumber.keys()],
  };
}
