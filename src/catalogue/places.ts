/**
 * Where services can be shown on a map: public places with coordinates, each with the services
 * found there, and the services that have no door to walk to (outreach, a hidden address, no
 * coordinates), which a map shows by the area they serve instead of a misleading pin.
 */
import { townCentres, type Point } from './geo.js';
import { czechSortKey, normalize } from './normalize.js';
import type { AreaGeometry, Location, Service } from './schema.js';
import type { Catalogue } from './validate.js';

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
}

/** A public place with coordinates: never a hidden address. */
export const isMappable = (location: Location | undefined): location is Location & Point =>
  location !== undefined && !location.hidden && location.latitude !== undefined && location.longitude !== undefined;

const sortKeys = new WeakMap<Location, string>();
function placeSortKey(location: Location): string {
  let key = sortKeys.get(location);
  if (key === undefined) {
    const name = typeof location.name === 'string' ? location.name : Object.values(location.name ?? {})[0];
    key = czechSortKey(`${location.address?.city ?? ''}\u0000${name ?? location.address?.street ?? ''}`);
    sortKeys.set(location, key);
  }
  return key;
}

export function placesOf(catalogue: Catalogue, services: Iterable<Service>): PlacesOfServices {
  const byId = new Map<string, Place>();
  const unplaced: Service[] = [];
  for (const service of services) {
    let placed = false;
    for (const id of service.locationIds ?? []) {
      const location = catalogue.locationById.get(id);
      if (!isMappable(location)) continue;
      placed = true;
      let place = byId.get(id);
      if (!place) {
        place = { id, location, latitude: location.latitude, longitude: location.longitude, services: [] };
        byId.set(id, place);
      }
      place.services.push(service);
    }
    if (!placed) unplaced.push(service);
  }
  const places = [...byId.values()];
  const keys = new Map(places.map((place) => [place, placeSortKey(place.location)]));
  places.sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : a.id < b.id ? -1 : 1));
  return { places, unplaced };
}

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
    const key = normalize(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const point = centres.get(key);
    if (point) towns.push({ name, point });
    else unknownTowns.push(name);
  }
  return { geometry: service.areaGeometry, towns, unknownTowns };
}
