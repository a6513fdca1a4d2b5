/**
 * The benchmark's towns: the real Czech towns of src/catalogue/czech-towns.ts, with their regions'
 * names for generated texts.
 */
import { CZECH_TOWNS, type CzechRegionCode } from '../src/catalogue/czech-towns.js';
export type RegionCode = CzechRegionCode;

export interface Region {
  code: RegionCode;
  /** "Plzeňský kraj" */
  name: string;
  /** "Plzeňského kraje", as in "Intervenční centrum Plzeňského kraje". */
  genitive: string;
}

export const REGIONS: Record<RegionCode, Region> = {
  PHA: { code: 'PHA', name: 'Hlavní město Praha', genitive: 'hlavního města Prahy' },
  STC: { code: 'STC', name: 'Středočeský kraj', genitive: 'Středočeského kraje' },
  JHC: { code: 'JHC', name: 'Jihočeský kraj', genitive: 'Jihočeského kraje' },
  PLK: { code: 'PLK', name: 'Plzeňský kraj', genitive: 'Plzeňského kraje' },
  KVK: { code: 'KVK', name: 'Karlovarský kraj', genitive: 'Karlovarského kraje' },
  ULK: { code: 'ULK', name: 'Ústecký kraj', genitive: 'Ústeckého kraje' },
  LBK: { code: 'LBK', name: 'Liberecký kraj', genitive: 'Libereckého kraje' },
  HKK: { code: 'HKK', name: 'Královéhradecký kraj', genitive: 'Královéhradeckého kraje' },
  PAK: { code: 'PAK', name: 'Pardubický kraj', genitive: 'Pardubického kraje' },
  VYS: { code: 'VYS', name: 'Kraj Vysočina', genitive: 'Kraje Vysočina' },
  JHM: { code: 'JHM', name: 'Jihomoravský kraj', genitive: 'Jihomoravského kraje' },
  OLK: { code: 'OLK', name: 'Olomoucký kraj', genitive: 'Olomouckého kraje' },
  ZLK: { code: 'ZLK', name: 'Zlínský kraj', genitive: 'Zlínského kraje' },
  MSK: { code: 'MSK', name: 'Moravskoslezský kraj', genitive: 'Moravskoslezského kraje' },
};

export interface Town {
  name: string;
  lat: number;
  lon: number;
  postalCode: string;
  region: RegionCode;
}

export const TOWNS: readonly Town[] = CZECH_TOWNS.map(([name, lat, lon, postalCode, region]) => ({
  name,
  lat,
  lon,
  postalCode,
  region,
}));

/** Rough distance in km (equirectangular; fine at the scale of a country). */
export function distanceKm(a: Town, b: Town): number {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  const y = b.lat - a.lat;
  return Math.sqrt(x * x + y * y) * 111.2;
}
