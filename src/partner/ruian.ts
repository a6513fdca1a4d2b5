/**
 * The RÚIAN address-point CSV (ČÚZK): one row per address point with its code (kód ADM), town,
 * street, numbers, postal code and S-JTSK coordinates. Read as a stream, because the national
 * export is large; only the rows asked for are kept.
 */
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import proj4 from 'proj4';
import { foldText } from './normalize.js';

// S-JTSK / Krovak East North (EPSG:5514) with the datum shift published for it by EPSG.
proj4.defs(
  'EPSG:5514',
  '+proj=krovak +lat_0=49.5 +lon_0=24.83333333333333 +alpha=30.28813972222222 +k=0.9999 +x_0=0 +y_0=0 +ellps=bessel +towgs84=589,76,480,0,0,0,0 +units=m +no_defs',
);
const toWgs84 = proj4('EPSG:5514', 'WGS84');

/**
 * RÚIAN writes S-JTSK as positive Y (westing) and X (southing); EPSG:5514 is the same grid with
 * both negated as easting and northing.
 */
export function sjtskToWgs84(y: number, x: number): { latitude: number; longitude: number } {
  const [longitude, latitude] = toWgs84.forward([-Math.abs(y), -Math.abs(x)]);
  // Seven decimals are about a centimetre: more would only suggest false precision.
  return { latitude: round(latitude, 7), longitude: round(longitude, 7) };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface AddressPoint {
  code: number;
  townCode: string;
  town: string;
  /** "Lipová 123/4", or "Hůrka 12" where the address has no street. */
  street?: string;
  postalCode?: string;
  latitude?: number;
  longitude?: number;
}

export class RuianCsvError extends Error {
  constructor(readonly missing: string[]) {
    super(`missing columns: ${missing.join(', ')}`);
  }
}

// Header names of the official export, folded (lower case, no diacritics).
const COLUMNS = {
  code: 'kod adm',
  townCode: 'kod obce',
  town: 'nazev obce',
  part: 'nazev casti obce',
  street: 'nazev ulice',
  buildingType: 'typ so',
  houseNumber: 'cislo domovni',
  orientation: 'cislo orientacni',
  orientationLetter: 'znak cisla orientacniho',
  postalCode: 'psc',
  y: 'souradnice y',
  x: 'souradnice x',
} as const;
const REQUIRED = ['code', 'townCode', 'town', 'y', 'x'] as const;

export interface RuianReadResult {
  points: Map<number, AddressPoint>;
  towns: Map<string, string>;
  rows: number;
}

/**
 * Reads the CSV (windows-1250 as published, or UTF-8), keeping the address points `wanted`
 * accepts and every town's name.
 */
export async function readRuianCsv(
  input: Readable,
  wanted: (code: number) => boolean = () => true,
): Promise<RuianReadResult> {
  const points = new Map<number, AddressPoint>();
  const towns = new Map<string, string>();
  let rows = 0;
  let index: Record<keyof typeof COLUMNS, number> | undefined;
  await pipeline(
    input,
    decodeText(),
    parse({ delimiter: ';', relax_quotes: true, relax_column_count: true, skip_empty_lines: true, bom: true }),
    async function (records: AsyncIterable<string[]>) {
      for await (const record of records) {
        if (!index) {
          index = headerIndex(record);
          continue;
        }
        rows++;
        const cell = (key: keyof typeof COLUMNS) => (index![key] >= 0 ? (record[index![key]] ?? '').trim() : '');
        const townCode = cell('townCode');
        if (townCode && !towns.has(townCode)) towns.set(townCode, cell('town'));
        const code = Number(cell('code'));
        if (!Number.isInteger(code) || !wanted(code)) continue;
        points.set(code, toPoint(code, cell));
      }
    },
  );
  if (!index) throw new RuianCsvError(REQUIRED.map((key) => COLUMNS[key]));
  return { points, towns, rows };
}

function headerIndex(header: string[]) {
  const folded = header.map((name) => foldText(name.replace(/^\ufeff/, '')));
  const index = Object.fromEntries(Object.entries(COLUMNS).map(([key, name]) => [key, folded.indexOf(name)])) as Record<
    keyof typeof COLUMNS,
    number
  >;
  const missing = REQUIRED.filter((key) => index[key] < 0).map((key) => COLUMNS[key]);
  if (missing.length) throw new RuianCsvError(missing);
  return index;
}

function toPoint(code: number, cell: (key: keyof typeof COLUMNS) => string): AddressPoint {
  const point: AddressPoint = { code, townCode: cell('townCode'), town: cell('town') };
  const number = cell('houseNumber');
  const orientation = cell('orientation') ? `/${cell('orientation')}${cell('orientationLetter')}` : '';
  const evidence = foldText(cell('buildingType')).startsWith('c.ev') ? 'č. ev. ' : '';
  const place = cell('street') || (cell('part') && cell('part') !== point.town ? cell('part') : '');
  if (number) point.street = place ? `${place} ${evidence}${number}${orientation}` : `${evidence || 'č. p. '}${number}`;
  const postal = cell('postalCode').replace(/\s/g, '');
  if (/^\d{5}$/.test(postal)) point.postalCode = `${postal.slice(0, 3)} ${postal.slice(3)}`;
  const y = Number(cell('y').replace(',', '.'));
  const x = Number(cell('x').replace(',', '.'));
  if (cell('y') && cell('x') && Number.isFinite(y) && Number.isFinite(x) && y !== 0 && x !== 0) {
    Object.assign(point, sjtskToWgs84(y, x));
  }
  return point;
}

/**
 * Bytes to text: UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else
 * windows-1250, the encoding of the official export.
 */
function decodeText() {
  let decoder: TextDecoder | undefined;
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      if (!decoder) {
        let utf8 = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
        } catch {
          utf8 = false;
        }
        decoder = new TextDecoder(utf8 ? 'utf-8' : 'windows-1250');
      }
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder?.decode() ?? '');
    },
  });
}
