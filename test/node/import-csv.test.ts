import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseHours, TEMPLATE_COLUMNS, templateCsv } from '../../src/partner/csv-template.js';
import { readXlsxRows } from '../../src/partner/xlsx.js';
import { filesIn, pomoc, root, tempDir } from './partner-helpers.js';

const TEMPLATES = join(root, 'data-schema/templates');
const HEADER = TEMPLATE_COLUMNS.map((column) => column.header);

/** A CSV as Excel in Czech saves it: semicolons, windows-1250. */
const excelCsv = (rows: string[][]) => encode1250(rows.map((row) => row.join(';')).join('\r\n'));

// Czech letters in windows-1250 (Node has no encoder for it); enough for the test rows.
const CP1250: Record<string, number> = {
  á: 0xe1,
  č: 0xe8,
  ď: 0xef,
  é: 0xe9,
  ě: 0xec,
  í: 0xed,
  ň: 0xf2,
  ó: 0xf3,
  ř: 0xf8,
  š: 0x9a,
  ť: 0x9d,
  ú: 0xfa,
  ů: 0xf9,
  ý: 0xfd,
  ž: 0x9e,
  Č: 0xc8,
  Ř: 0xd8,
  Š: 0x8a,
  Ž: 0x8e,
  Ú: 0xda,
  '–': 0x96,
  '‚': 0x82,
  '‘': 0x91,
};
function encode1250(text: string): Buffer {
  return Buffer.from([...text].map((char) => CP1250[char] ?? char.charCodeAt(0)));
}

const row = (values: Partial<Record<string, string>>) => HEADER.map((header) => values[header] ?? '');

describe('pomoc import-csv', () => {
  it('imports the CSV template and the XLSX template to the same valid catalogue', async () => {
    const directory = tempDir();
    const fromCsv = await pomoc(
      'import-csv',
      join(TEMPLATES, 'services-template.csv'),
      '-o',
      join(directory, 'c.json'),
      '--area',
      'ORP Rokycany',
      '--lang',
      'en',
    );
    const fromXlsx = await pomoc(
      'import-csv',
      join(TEMPLATES, 'services-template.xlsx'),
      '-o',
      join(directory, 'x.json'),
      '--area',
      'ORP Rokycany',
      '--lang',
      'en',
    );
    assert.equal(fromCsv.code, 0, fromCsv.out);
    assert.equal(fromXlsx.code, 0, fromXlsx.out);
    assert.match(fromCsv.out, /Written: 3 services, 3 providers, 3 places/);
    const csv = JSON.parse(readFileSync(join(directory, 'c.json'), 'utf8'));
    const xlsx = JSON.parse(readFileSync(join(directory, 'x.json'), 'utf8'));
    assert.deepEqual(xlsx.services, csv.services);
    assert.deepEqual(xlsx.locations, csv.locations);

    const [care, shelter, debts] = csv.services;
    assert.equal(care.serviceType, 'pecovatelska-sluzba');
    assert.equal(care.kind, 'social');
    assert.deepEqual(care.forms, ['terenni', 'ambulantni']);
    assert.deepEqual(care.targetGroups, ['seniori', 'osoby-se-zdravotnim-postizenim']);
    assert.deepEqual(care.schedule, {
      hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:00', closes: '15:30' }],
    });
    assert.equal(care.assuredDate, '2026-10-01');
    assert.equal(care.url, 'https://www.example.cz/pecovatelska');
    assert.equal(debts.kind, 'related');
    assert.equal(debts.freeOfCharge, true);
    const hidden = csv.locations.find((location: { id: string }) => location.id === shelter.locationIds[0]);
    assert.deepEqual(hidden, { id: hidden.id, name: 'Adresa je utajena', address: { city: 'Rokycany' }, hidden: true });
    assert.equal(csv.catalogue.area, 'ORP Rokycany');

    const validated = await pomoc('validate', join(directory, 'x.json'), '--lang', 'en');
    assert.equal(validated.code, 0, validated.out);
  });

  it('points to the row and column of each problem, skips rows without required values, keeps the rest', async () => {
    const directory = tempDir();
    const sheet = join(directory, 'sluzby.csv');
    writeFileSync(
      sheet,
      excelCsv([
        HEADER,
        row({
          'Název služby': 'Osobní asistence Mirošov',
          'Druh služby': '§39',
          Poskytovatel: 'Asistence Mirošov, z. s.',
          Telefon: '371 000 111, volejte ráno',
          PSČ: '3384',
          Obec: 'Mirošov',
          'Otevírací doba': 'po–pá 8–16',
          Zdarma: 'možná',
        }),
        row({ 'Druh služby': 'Pečovatelská služba', Poskytovatel: 'Bez názvu, z. s.' }),
        row({ 'Název služby': 'Kroužek', 'Druh služby': 'kroužky', Poskytovatel: 'Spolek' }),
        row({
          'Název služby': 'Raná péče Rokycany',
          'Druh služby': 'raná péče',
          Poskytovatel: 'Raná péče Pokus, z. ú.',
          IČO: '12345678',
          'Cílové skupiny': 'rodiny s dítětem/dětmi, mimozemšťané',
        }),
      ]),
    );
    const output = join(directory, 'katalog.json');
    const cs = await pomoc('import-csv', sheet, '-o', output, '--lang', 'cs');
    assert.equal(cs.code, 1, cs.out);
    assert.match(
      cs.out,
      /! řádek 2, sloupec ‚Telefon‘: telefon smí obsahovat jen číslice, mezery a úvodní \+ – hodnota vynechána/,
    );
    assert.match(cs.out, /! řádek 2, sloupec ‚PSČ‘: PSČ musí mít pět číslic – hodnota vynechána/);
    assert.match(cs.out, /! řádek 2, sloupec ‚Otevírací doba‘: otevírací dobu „po–pá 8–16“ nelze přečíst/);
    assert.match(cs.out, /! řádek 2, sloupec ‚Zdarma‘: napište ano, nebo ne \(ne „možná“\)/);
    assert.match(cs.out, /✗ řádek 3, sloupec ‚Název služby‘: chybí povinná hodnota – řádek vynechán/);
    assert.match(cs.out, /✗ řádek 4, sloupec ‚Druh služby‘: neznámá hodnota „kroužky“/);
    assert.match(cs.out, /! řádek 5, sloupec ‚IČO‘: IČO má chybnou kontrolní číslici – hodnota vynechána/);
    assert.match(cs.out, /! řádek 5, sloupec ‚Cílové skupiny‘: neznámá hodnota „mimozemšťané“/);
    assert.match(cs.out, /Řádků se službami: 4, vynecháno: 2\./);

    const catalogue = JSON.parse(readFileSync(output, 'utf8'));
    assert.deepEqual(
      catalogue.services.map((service: { name: string }) => service.name),
      ['Osobní asistence Mirošov', 'Raná péče Rokycany'],
    );
    assert.deepEqual(catalogue.services[0].phones, [{ number: '+420 371 000 111' }]);
    assert.deepEqual(catalogue.services[1].targetGroups, ['rodiny-s-detmi']);
    assert.equal((await pomoc('validate', output)).code, 0);

    const en = await pomoc('import-csv', sheet, '-o', output, '--lang', 'en');
    assert.match(
      en.out,
      /row 2, column "Telefon": a phone number may contain only digits, spaces and a leading \+ – value left out/,
    );
  });

  it('refuses a sheet without the required columns and writes nothing', async () => {
    const directory = tempDir();
    const sheet = join(directory, 'jiny.csv');
    writeFileSync(sheet, 'Jméno,Adresa\nPoradna,Rokycany\n');
    const result = await pomoc('import-csv', sheet, '-o', join(directory, 'katalog.json'), '--lang', 'en');
    assert.equal(result.code, 1);
    assert.match(result.err, /Required columns missing: "Název služby", "Druh služby", "Poskytovatel"/);
    assert.deepEqual(filesIn(directory), ['jiny.csv']);
    const missing = await pomoc(
      'import-csv',
      join(directory, 'none.xlsx'),
      '-o',
      join(directory, 'k.json'),
      '--lang',
      'en',
    );
    assert.equal(missing.code, 2);
  });

  it('reads opening hours as people write them', () => {
    assert.deepEqual(parseHours('po–pá 7:00–15:30; so 8.00-12.00'), {
      hours: [
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:00', closes: '15:30' },
        { days: ['sa'], opens: '08:00', closes: '12:00' },
      ],
    });
    assert.deepEqual(parseHours('Po, St 9:00–12:00, 13:00–17:00')?.hours?.length, 2);
    assert.deepEqual(parseHours('NONSTOP'), { alwaysOpen: true });
    assert.equal(parseHours('ráno'), undefined);
  });

  it('ships templates that match the columns the importer reads', async () => {
    assert.equal(
      readFileSync(join(TEMPLATES, 'services-template.csv'), 'utf8'),
      templateCsv(),
      'run `npm run templates`',
    );
    const rows = await readXlsxRows(readFileSync(join(TEMPLATES, 'services-template.xlsx')));
    assert.deepEqual(rows[0], HEADER, 'run `npm run templates`');
    assert.deepEqual(
      rows[1],
      TEMPLATE_COLUMNS.map((column) => column.examples[0]),
    );
    const readme = readFileSync(join(TEMPLATES, 'README.md'), 'utf8');
    for (const column of TEMPLATE_COLUMNS) assert.ok(readme.includes(column.help.cs), column.header);
  });

  it('runs from the installed binary', () => {
    const output = join(tempDir(), 'katalog.json');
    const bin = join(root, 'bin/pomoc.js');
    const result = spawnSync(
      process.execPath,
      [bin, 'import-csv', join(TEMPLATES, 'services-template.xlsx'), '-o', output, '--lang', 'en'],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const validated = spawnSync(process.execPath, [bin, 'validate', output, '--lang', 'en'], { encoding: 'utf8' });
    assert.equal(validated.status, 0, validated.stdout);
  });
});
