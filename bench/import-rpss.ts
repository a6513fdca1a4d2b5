/**
 * Benchmark of `pomoc import-rpss` on a synthetic registry file of about 50 MB (`npm run
 * bench:import`). The file follows the record structure of the RPSS open data (several facilities
 * per service, forms with capacities, statutory bodies, attachments) with invented content; a RÚIAN
 * CSV for its address points is generated beside it. The import runs in a child process (the built
 * CLI), which reports its own peak memory (`process.resourceUsage().maxRSS`); for contrast, another
 * child reads the whole file with JSON.parse.
 *
 * The target is the 50 MB file; the 100 MB file (the real registry's size) shows that peak memory
 * does not grow with the file. Options: BENCH_MB=50,200 for other sizes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { Random } from './random.js';

const root = new URL('../', import.meta.url).pathname;
const directory = join(root, '.tmp/bench-import');
const sizes = (process.env.BENCH_MB ?? '50,100').split(',').map(Number);
const ruianFile = join(directory, 'ruian-adresni-mista.csv');
const output = join(directory, 'katalog.json');

// RÚIAN region codes (as the registry writes Kraj/<code>); the import takes Plzeňský kraj (43).
const KRAJE = [19, 27, 35, 43, 51, 60, 78, 86, 94, 108, 116, 124, 132, 141];
const DRUHY = [1, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20, 23, 25, 28, 29, 30, 32, 33];
const FORMY = ['amb', 'pob', 'ter'] as const;
const KAPACITY = { amb: 'klient', pob: 'luzka', ter: 'klient' } as const;
const STREETS = ['Lipová', 'Nádražní', 'Školní', 'Husova', 'Masarykova', 'Palackého', 'Zahradní', 'Polní', 'Sokolská'];
const WORDS = ['domov', 'služba', 'centrum', 'pomoc', 'péče', 'rodina', 'senior', 'podpora', 'cesta', 'naděje'];

function address(random: Random, kraj: number, code: number) {
  return {
    cisloDomovni: random.int(1, 2500),
    cisloOrientacni: random.chance(0.5) ? String(random.int(1, 60)) : null,
    dodatekAdresy: null,
    kodAdresnihoMista: code,
    psc: String(random.int(10000, 79999)),
    typCislaDomovniho: { id: 'TypStavebnihoObjektu/1' },
    kraj: { id: `Kraj/${kraj}` },
    okres: { id: `Okres/${3000 + kraj}` },
    obec: { id: `Obec/${500000 + kraj * 100 + random.int(0, 60)}` },
    castObce: { id: `CastObce/${400000 + random.int(0, 9999)}` },
    mestskyObvodMestskaCast: null,
    mestskyObvodVPraze: null,
    ulice: { nazev: random.pick(STREETS) },
  };
}

const words = (random: Random, count: number) => Array.from({ length: count }, () => random.pick(WORDS)).join(' ');

function record(random: Random, index: number, addressCodes: number[]) {
  const kraj = random.pick(KRAJE);
  const id = 2000000 + index;
  const facilities = Array.from({ length: random.int(1, 6) }, (_, n) => {
    const code = 10_000_000 + index * 10 + n;
    addressCodes.push(code);
    return {
      nazev: `Zařízení ${words(random, 2)} ${n + 1}`,
      poskytujeOd: '2015-01-01',
      poskytujeDo: null,
      utajenaAdresa: random.chance(0.02),
      id: null,
      portalId: null,
      identifikator: null,
      adresa: address(random, kraj, code),
    };
  });
  const forms = random.sample(FORMY, random.int(1, 2));
  return {
    portalId: 50000 + index,
    id: 50000 + index,
    identifikator: String(id),
    datumPoskytovaniOd: '2010-01-01',
    datumPoskytovaniDo: random.chance(0.1) ? '2019-12-31' : null,
    kontaktniAdresy: [{ adresa: address(random, kraj, 0) }],
    druhSocialniSluzby: { id: `DruhSocialniSluzby/${random.pick(DRUHY)}` },
    zarizeni: facilities,
    poskytovatel: {
      nazev: `Poskytovatel ${words(random, 2)} ${index}, z. ú.`,
      ico: String(random.int(10000000, 99999999)),
      dic: null,
      adresa: address(random, kraj, 0),
      emaily: [{ email: `info${index}@example.invalid`, poznamka: null }],
      telefony: [{ telefon: String(random.int(200000000, 799999999)), poznamka: null }],
      weby: [{ web: `www.poskytovatel${index}.example.invalid`, poznamka: null }],
      statutarniOrgany: [{ titulPred: 'Mgr.', jmeno: 'Jméno', prijmeni: `Příjmení${index}`, funkce: 'ředitel' }],
    },
    emaily: [{ email: `sluzba${index}@example.invalid`, poznamka: null }],
    telefony: [{ telefon: String(random.int(200000000, 799999999)), poznamka: 'recepce' }],
    faxy: [],
    weby: [{ web: `www.sluzba${index}.example.invalid`, poznamka: null }],
    ciloveSkupiny: [24, 26, 27, 30]
      .filter(() => random.chance(0.5))
      .map((n) => ({ cilovaSkupina: { id: `CilovaSkupinaOsoby/${n}` } })),
    vekoveSkupiny: [],
    doplnujiciInformaceVekoveSkupiny: null,
    formy: forms.map((form) => ({
      forma: { id: `FormaSocialniSluzby/${form}` },
      nepretrzitePoskytovani: form === 'pob',
      casoveRozsahy: null,
      kapacity: [
        {
          pocet: random.int(5, 200),
          popis: `Maximální kapacita platná od 1. 1. 2024: ${words(random, 12)}.`,
          typ: { id: `TypKapacitySocialniSluzby/${KAPACITY[form]}` },
        },
      ],
    })),
    rozsirenePusobnostiVKraji: random.chance(0.25) ? [{ kraj: { id: `Kraj/${kraj}` } }] : [],
    doplnkoveUdaje: {
      realizacePoskytovani: Array.from({ length: random.int(1, 4) }, (_, n) => ({
        priloha: { url: `https://example.invalid/agportal-server/rest/documents/${id}-${n}`, nazev: words(random, 6) },
      })),
      planyFinancnihoZajisteni: [
        { priloha: { url: `https://example.invalid/documents/${id}-plan`, nazev: words(random, 5) } },
      ],
      personalniZajisteni: [
        { priloha: { url: `https://example.invalid/documents/${id}-personal`, nazev: words(random, 5) } },
      ],
      popis: words(random, random.int(40, 160)),
    },
  };
}

async function generate(registryFile: string, targetMb: number) {
  mkdirSync(directory, { recursive: true });
  const random = new Random(20261101);
  const registry = createWriteStream(registryFile);
  const codes: number[] = [];
  let bytes = 0;
  let count = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!registry.write(text)) await once(registry, 'drain');
  };
  await write('{"polozky":[\n');
  while (bytes < targetMb * 1e6) {
    await write(`${count ? ',\n' : ''}${JSON.stringify(record(random, count, codes))}`);
    count++;
  }
  await write('\n]}\n');
  registry.end();
  await once(registry, 'finish');

  const ruian = createWriteStream(ruianFile);
  ruian.write(
    'Kód ADM;Kód obce;Název obce;Název části obce;Název ulice;Typ SO;Číslo domovní;Číslo orientační;PSČ;Souřadnice Y;Souřadnice X\n',
  );
  for (const code of codes) {
    // Nine in ten address points are in the CSV, so that missing ones are listed too.
    if (random.chance(0.1)) continue;
    const y = random.int(440000, 900000);
    const x = random.int(935000, 1230000);
    if (
      !ruian.write(
        `${code};${500000 + (code % 3000)};Obec ${code % 3000};;${random.pick(STREETS)};č.p.;${random.int(1, 2000)};;${random.int(10000, 79999)};${y}.00;${x}.00\n`,
      )
    ) {
      await once(ruian, 'drain');
    }
  }
  ruian.end();
  await once(ruian, 'finish');
  return count;
}

interface ChildResult {
  ms: number;
  maxRssMb: number;
  out: string;
}

/** Runs a script in a fresh Node process that reports its own peak memory on its last line. */
function child(script: string, args: string[]): ChildResult {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const lines = result.stderr.trim().split('\n');
  const report = JSON.parse(lines.at(-1) ?? '{}') as { maxRss?: number };
  if (result.status !== 0 || report.maxRss === undefined) {
    throw new Error(`child failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return { ms, maxRssMb: report.maxRss / 1024, out: result.stdout };
}

const reportRss = 'process.stderr.write("\\n" + JSON.stringify({ maxRss: process.resourceUsage().maxRSS }) + "\\n");';

const importScript = `
const { main } = await import(${JSON.stringify(join(root, 'dist/node/cli/main.js'))});
const code = await main(process.argv.slice(1));
${reportRss}
process.exitCode = code;`;

const parseScript = `
const { readFileSync } = await import('node:fs');
const data = JSON.parse(readFileSync(process.argv[1], 'utf8'));
if (!Array.isArray(data.polozky)) throw new Error('no polozky');
${reportRss}`;

if (!existsSync(join(root, 'dist/node/cli/main.js')))
  execFileSync('npm', ['run', '--silent', 'build:node'], { cwd: root, stdio: 'inherit' });

const table = [
  ['run', 'file MB', 'services in file', 'services written', 'time s', 'peak RSS MB', 'peak RSS / file size'],
];
const ratios: number[] = [];
for (const targetMb of sizes) {
  const registryFile = join(directory, `rpss-${targetMb}mb.json`);
  console.log(`Generating a synthetic registry of ~${targetMb} MB in ${directory} …`);
  const services = await generate(registryFile, targetMb);
  const fileMb = statSync(registryFile).size / 1e6;
  const imported = child(importScript, [
    ...['import-rpss', registryFile, '--kraj', 'Plzeňský', '--ruian', ruianFile],
    ...['-o', output, '--date', '2026-11-01', '--lang', 'en'],
  ]);
  const written = /Written: ([\d,]+) services/.exec(imported.out)?.[1].replace(/,/g, '') ?? '?';
  const parsed = child(parseScript, [registryFile]);
  const row = (name: string, result: ChildResult, servicesWritten: string) => [
    name,
    fileMb.toFixed(1),
    String(services),
    servicesWritten,
    (result.ms / 1000).toFixed(2),
    result.maxRssMb.toFixed(0),
    (result.maxRssMb / fileMb).toFixed(2),
  ];
  table.push(row('pomoc import-rpss --kraj Plzeňský --ruian …', imported, written));
  table.push(row('for contrast: JSON.parse of the whole file', parsed, '—'));
  ratios.push(imported.maxRssMb / fileMb);
}

const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
console.log('');
for (const [index, line] of table.entries()) {
  console.log(`| ${line.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`);
  if (index === 0) console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
}
const worst = Math.max(...ratios);
console.log(
  `\nTarget: peak RSS of the import well under 3 × the file size: ${worst < 3 ? `met (at most ${worst.toFixed(2)} ×)` : 'NOT met'}.`,
);
console.log('Times include Node start-up and the pass over the RÚIAN CSV; the machine has 2 cores.');
