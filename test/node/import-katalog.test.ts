// `pomoc import-katalog` on an extract of the national catalogue of seniors' services with the messy
// values real data have (test/fixtures/katalog/), and `pomoc diff` with its publish guard.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { filesIn, pomoc, root, tempDir } from './partner-helpers.js';

const KATALOG = join(root, 'test/fixtures/katalog/katalog-messy.json');

async function importKatalog(...extra: string[]) {
  const output = join(tempDir(), 'katalog.json');
  const result = await pomoc('import-katalog', KATALOG, '-o', output, '--date', '2026-12-04', '--lang', 'en', ...extra);
  return { ...result, output };
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
// The written catalogue read back as plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('pomoc import-katalog', () => {
  it('keeps both sources, forms with capacities, every contact (repaired and listed) and the places with their codes', async () => {
    const { code, out, output } = await importKatalog();
    assert.equal(code, 0, out);
    const catalogue = read(output);
    assert.equal(catalogue.schemaVersion, 1.1);
    const byId = new Map(catalogue.services.map((service: { id: string }) => [service.id, service]));

    const home = byId.get('mpsv-7001') as Json;
    assert.equal(home.kind, 'social');
    assert.equal(home.serviceType, 'domovy-pro-seniory');
    assert.deepEqual(home.origin, { registry: 'rpss', id: '7001' });
    assert.deepEqual(home.capacity, [{ count: 80, unit: 'luzka', form: 'pobytova' }]);
    assert.equal(home.url, 'https://www.domov-u-rybnika.example.cz');
    assert.equal(home.email, 'info@domov-u-rybnika.example.cz');
    assert.deepEqual(home.emails, [{ address: 'socialni@domov-u-rybnika.example.cz' }]);
    assert.deepEqual(home.phones, [{ number: '725 548 776' }, { number: '725 179 013' }]);
    assert.match(
      out,
      /services\[0\]\.phones\[0\]\.number \(mpsv-7001\): the field holds several phone numbers \("725 548 776 725 179 013"\) – split: 725 548 776 \| 725 179 013/,
    );

    // One registration at four addresses: each place has its branch's name, the service their shared part.
    const care = byId.get('mpsv-7583') as Json;
    assert.equal(care.name, 'Pečovatelská služba Oblastní charity Hradecko');
    assert.equal(care.url, 'http://www.charita-hradecko.example.cz');
    assert.equal(care.validTo, '2027-06-30');
    assert.equal(care.locationIds.length, 4);
    const locations = new Map(catalogue.locations.map((location: { id: string }) => [location.id, location]));
    const dacice = locations.get('misto-90000003') as Json;
    assert.equal(dacice.name, 'Pečovatelská služba Oblastní charity Hradecko – středisko Dačice');
    assert.equal(dacice.ruianCode, 90000003);
    assert.deepEqual(dacice.address.district, { name: 'Jindřichův Hradec', code: 'CZ0313' });
    assert.deepEqual(dacice.address.region, { name: 'Jihočeský kraj', code: 'CZ031' });
    assert.equal(dacice.address.postalCode, '380 01');
    assert.equal((locations.get('misto-90000001') as Json).healthCare, true);

    // ÚZIS: a related service, its care type and fields of care searchable, attributed under CC BY 4.0.
    const ward = byId.get('uzis-200101') as Json;
    assert.equal(ward.kind, 'related');
    assert.deepEqual(ward.origin, { registry: 'nrpzs', id: '200101' });
    assert.deepEqual(ward.tags, ['Léčebna pro dlouhodobě nemocné', 'geriatrie', 'ošetřovatelská péče']);
    assert.ok(
      catalogue.catalogue.sources.some(
        (source: { licence?: string; name: string }) => source.licence === 'CC BY 4.0' && /ÚZIS/.test(source.name),
      ),
    );
    // Prague districts: the city is Praha, the district its part.
    const brevnov = locations.get('misto-90000007') as Json;
    assert.equal(brevnov.address.city, 'Praha');
    assert.equal(brevnov.address.cityDistrict, 'Praha 6');
    assert.equal(brevnov.address.townPart, 'Břevnov');
    // A place without coordinates is kept (found by search, not on the map) and listed.
    const noPoint = locations.get('misto-bezadresy-4674-3f9a') as Json;
    assert.equal(noPoint.latitude, undefined);
    assert.match(out, /Places without coordinates \(1\)/);

    // The service past its end stays in the file; validate says the widgets do not show it, exit 0.
    assert.ok(byId.has('mpsv-9001'));
    const validated = await pomoc('validate', output, '--lang', 'en');
    assert.equal(validated.code, 0, validated.out);
    assert.match(
      validated.out,
      /services\[4\]\.validTo \(mpsv-9001\): the service ended on 2026-01-31 \(validTo\); the widgets do not show it/,
    );
    assert.equal((await pomoc('validate', output, '--strict')).code, 1);
  });

  it('writes what test/fixtures/katalog/katalog-imported.json holds (read by the finder test)', async () => {
    const { output } = await importKatalog();
    assert.equal(
      readFileSync(output, 'utf8'),
      readFileSync(join(root, 'test/fixtures/katalog/katalog-imported.json'), 'utf8'),
      'run: node bin/pomoc.js import-katalog test/fixtures/katalog/katalog-messy.json -o test/fixtures/katalog/katalog-imported.json --date 2026-12-04',
    );
  });

  it('filters by region, district and town, Praha with its districts', async () => {
    const praha = read((await importKatalog('--obec', 'Praha')).output);
    assert.deepEqual(praha.services.map((service: { id: string }) => service.id).sort(), [
      'mpsv-8101',
      'mpsv-8102',
      'uzis-200101',
    ]);
    const pisek = read((await importKatalog('--okres', 'CZ0314')).output);
    assert.deepEqual(pisek.services.map((service: { id: string }) => service.id).sort(), ['mpsv-4674', 'mpsv-9001']);
    const jihocesky = read((await importKatalog('--kraj', 'Jihočeský')).output);
    assert.equal(jihocesky.services.length, 6);
  });

  it('refuses to overwrite a catalogue when more than --max-removed would vanish, and diff lists the changes', async () => {
    const { output } = await importKatalog();
    const before = readFileSync(output, 'utf8');
    const smaller = join(tempDir(), 'katalog-small.json');
    const data = JSON.parse(readFileSync(KATALOG, 'utf8'));
    data.mista = data.mista.slice(0, 6);
    writeFileSync(smaller, JSON.stringify(data));
    const guarded = await pomoc(
      'import-katalog',
      smaller,
      '-o',
      output,
      '--max-removed',
      '5%',
      '--date',
      '2026-12-04',
      '--lang',
      'en',
    );
    assert.equal(guarded.code, 1);
    assert.match(
      guarded.err,
      /Guard: against .*katalog\.json, 33,3 % of the services or places would vanish \(allowed 5 %\); nothing was written/,
    );
    assert.match(guarded.err, /− service mpsv-8102 \(Denní stacionář Černý Most \(ukázka\)\)/);
    assert.equal(readFileSync(output, 'utf8'), before);
    assert.deepEqual(filesIn(join(output, '..')), ['katalog.json']);

    const other = join(tempDir(), 'new.json');
    assert.equal((await pomoc('import-katalog', smaller, '-o', other, '--date', '2026-12-04')).code, 0);
    const diff = await pomoc('diff', output, other, '--lang', 'en');
    assert.equal(diff.code, 0, diff.err);
    assert.match(diff.out, /Removed \(\d+\):/);
    assert.match(diff.out, /− service uzis-200101 \(Léčebna dlouhodobě nemocných Břevnov \(ukázka\)\)/);
    assert.equal((await pomoc('diff', output, other, '--max-removed', '5%')).code, 1);
    const json = JSON.parse((await pomoc('diff', output, other, '--json')).out);
    assert.equal(json.removed.filter((entry: { entity: string }) => entry.entity === 'service').length, 3);
  });
});
