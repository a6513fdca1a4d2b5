/**
 * Synthetic service places for the clustering benchmark: real Czech towns (bench/towns.ts), most
 * places in the big towns, scattered around the centre like the streets of a town, a tenth in the
 * villages around, and a few sharing the exact coordinates of another place (two organisations in
 * one building), as a catalogue has them. The same seed and count always give the same places.
 */
import { Random } from '../random.js';
import { TOWNS, type Town } from '../towns.js';

export interface Place {
  id: number;
  name: string;
  lat: number;
  lon: number;
}

export const PLACES_SEED = 20260601;

/** Towns are listed roughly by size: Praha first, then the regional capitals, then the rest. */
const townWeight = (rank: number) => (rank === 0 ? 40 : rank < 4 ? 12 : rank < 14 ? 5 : rank < 60 ? 2 : 1);
/** Spread of the places around the town centre (standard deviation in degrees of latitude). */
const townSpread = (rank: number) => (rank === 0 ? 0.05 : rank < 4 ? 0.03 : rank < 14 ? 0.018 : 0.008);

/** A standard normal deviate (Box–Muller). */
const gauss = (random: Random) => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());

export function makePlaces(count: number, seed = PLACES_SEED): Place[] {
  const random = new Random(seed);
  const ranked = TOWNS.map((town, rank) => ({ town, rank }));
  const places: Place[] = [];
  for (let id = 0; id < count; id++) {
    const { town, rank } = random.weighted(ranked, (t) => townWeight(t.rank));
    if (places.length > 10 && random.chance(0.03)) {
      // Another organisation at the address of an earlier place of the same town, or anywhere.
      const other = places[random.int(0, places.length - 1)];
      places.push({ id, name: `Místo ${id + 1} (v budově místa ${other.id + 1})`, lat: other.lat, lon: other.lon });
      continue;
    }
    const spread = random.chance(0.1) ? 0.12 : townSpread(rank); // a village around, or the town itself
    const lat = town.lat + gauss(random) * spread;
    // A degree of longitude is ~0.64 of a degree of latitude at 50° N.
    const lon = town.lon + (gauss(random) * spread) / Math.cos((town.lat * Math.PI) / 180);
    places.push({ id, name: `Místo ${id + 1}, ${town.name}`, lat: round6(lat), lon: round6(lon) });
  }
  return places;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Where the zoom sequences centre: the six biggest towns and four small ones. */
export function zoomCentres(): Town[] {
  const names = ['Praha', 'Brno', 'Ostrava', 'Plzeň', 'Liberec', 'Olomouc', 'Tábor', 'Třebíč', 'Cheb', 'Kolín'];
  return names.map((name) => TOWNS.find((town) => town.name === name)!);
}
