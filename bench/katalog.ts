/**
 * A synthetic national catalogue of seniors' services in the format the public pipeline publishes
 * (`mista[]` with merged `sluzby[]`; RPSS.md §5), at the size it has (2,918 places, 4,028 services,
 * about 6 MB) or a multiple, with the messy values real data have (half the web addresses without a
 * scheme, `http//`, two numbers or addresses in one field, places without coordinates, Prague
 * districts as towns). For measuring `pomoc import-katalog`:
 *
 *   node --import tsx bench/katalog.ts [scale] > katalog.json
 *   /usr/bin/time -v node bin/pomoc.js import-katalog katalog.json -o out.json
 */
import { Random } from './random.js';
import { REGIONS, TOWNS } from './towns.js';

const scale = Number(process.argv[2] ?? 1);
const random = new Random(14);
const PLACES = Math.round(2918 * scale);
const SERVICES = Math.round(4028 * scale);

const TYPES = [
  ['DruhSocialniSluzby/13', 'domovy pro seniory', 'Domov pro seniory', 'pob', 'luzka'],
  ['DruhSocialniSluzby/14', 'domovy se zvláštním režimem', 'Domov se zvláštním režimem', 'pob', 'luzka'],
  ['DruhSocialniSluzby/4', 'pečovatelská služba', 'Pečovatelská služba', 'ter', 'klient'],
  ['DruhSocialniSluzby/8', 'odlehčovací služby', 'Odlehčovací služba', 'pob', 'luzka'],
  ['DruhSocialniSluzby/10', 'denní stacionáře', 'Denní stacionář', 'amb', 'klient'],
  ['DruhSocialniSluzby/3', 'osobní asistence', 'Osobní asistence', 'ter', 'klient'],
  ['DruhSocialniSluzby/1', 'odborné sociální poradenství', 'Poradna pro seniory', 'amb', 'kontakt'],
] as const;
const CARE = ['Domácí péče', 'Hospic', 'Léčebna pro dlouhodobě nemocné'];
const STREETS = ['Nádražní', 'Husova', 'Palackého', 'Komenského', 'Školní', 'Sokolská', 'Zahradní', 'Lipová'];
const PRAGUE = ['Praha', 'Praha 4', 'Praha 6', 'Praha 10', 'Praha 14', 'Praha-Suchdol'];

function ico(seed: number): string {
  const digits = String(seed % 10_000_000).padStart(7, '0');
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  return `${digits}${(11 - (sum % 11)) % 10}`;
}
const phone = () => `${random.int(200, 799)} ${random.int(100, 999)} ${random.int(100, 999)}`;
const web = (host: string) =>
  random.pick([
    `https://www.${host}.example.cz/`,
    `www.${host}.example.cz`,
    `${host}.example.cz`,
    `http//www.${host}.example.cz`,
  ]);

const places = Array.from({ length: PLACES }, (_, index) => {
  const town = random.pick(TOWNS);
  const prague = town.region === 'PHA';
  const region = REGIONS[town.region];
  const obec = prague ? random.pick(PRAGUE) : town.name;
  const code = 10_000_000 + index;
  const located = random.chance(0.97);
  return {
    id: located ? `misto-${code}` : `misto-bezadresy-${index}`,
    kodAdresnihoMista: located ? code : null,
    adresa: {
      ulice: random.chance(0.95) ? random.pick(STREETS) : null,
      cisloDomovni: random.int(1, 3000),
      cisloOrientacni: random.chance(0.5) ? String(random.int(1, 80)) : null,
      psc: town.postalCode.replace(' ', ''),
      obec,
      kodObce: String(500000 + (index % 6000)),
      castObce: random.chance(0.5) ? `${obec} ${random.pick(['I', 'II', 'III'])}` : null,
      okres: prague ? 'Hlavní město Praha' : `${town.name}`,
      kodOkresu: prague ? 'CZ0100' : `CZ0${String(random.int(10, 80))}${random.int(1, 9)}`,
      kraj: region.name,
      kodKraje: prague ? 'CZ010' : `CZ0${random.int(20, 80)}`,
    },
    souradnice:
      located && random.chance(0.97)
        ? { lat: town.lat + (random.next() - 0.5) / 50, lng: town.lon + (random.next() - 0.5) / 50 }
        : { lat: null, lng: null },
    kategorie: ['domovy'],
    poskytujeZdravotniPeci: random.chance(0.1),
    sluzby: [] as unknown[],
  };
});

// Every place has a service; the rest go to random places, a few registrations at several places.
for (let index = 0; index < SERVICES; index++) {
  const place = index < PLACES ? places[index] : random.pick(places);
  const uzis = random.chance(0.23);
  const provider = { nazev: `Poskytovatel ${index % 1900} (syntetický)`, ico: ico(7_000_000 + (index % 1900)) };
  const host = `sluzba${index}`;
  const contact = {
    weby: [web(host), ...(random.chance(0.05) ? [web(`${host}-en`)] : [])],
    emaily: [random.chance(0.03) ? `info@${host}.example.cz, vedeni@${host}.example.cz` : `info@${host}.example.cz`],
    telefony: [random.chance(0.03) ? `${phone()} ${phone()}` : phone()],
  };
  if (uzis) {
    const type = random.pick(CARE);
    place.sluzby.push({
      id: `uzis-${100000 + index}`,
      zdroj: 'UZIS',
      nazev: `${type} ${place.adresa.obec} (syntetická)`,
      poskytovatel: provider,
      druhSluzby: { kod: String(300 + CARE.indexOf(type)), nazev: type },
      oborPece: 'geriatrie',
      oboryPece: ['geriatrie', 'ošetřovatelská péče'],
      kontakt: contact,
    });
    continue;
  }
  const [kod, nazev, label, forma, typ] = random.pick(TYPES);
  const service = {
    id: `mpsv-${10000 + index}`,
    zdroj: 'MPSV',
    nazev: `${label} ${place.adresa.obec} (syntetická)`,
    poskytovatel: provider,
    druhSluzby: { kod, nazev },
    formy: [{ forma, kapacitaRegistrovana: [{ typ, typNazev: typ, pocet: random.int(1, 120) }] }],
    datumPoskytovaniOd: '2010-01-01',
    datumPoskytovaniDo: random.chance(0.02) ? '2027-12-31' : null,
    kontakt: contact,
  };
  place.sluzby.push(service);
  // A branch of the same registration at another address, with its own name.
  if (random.chance(0.04)) {
    const other = random.pick(places);
    other.sluzby.push({ ...service, nazev: `${label} – středisko ${other.adresa.obec}` });
  }
}

// Indented as the pipeline publishes it.
process.stdout.write(JSON.stringify({ verzeSchematu: '1.0.0', mista: places }, null, 2));
