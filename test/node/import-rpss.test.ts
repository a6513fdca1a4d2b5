import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { filesIn, pomoc, root, RPSS, tempDir } from './partner-helpers.js';

const REGISTRY = join(RPSS, 'rpss-small.json');
const UZEMI = join(RPSS, 'uzemi.csv');
const RUIAN = join(RPSS, 'ruian-adresni-mista.csv');

// Names from `statutarniOrgany` in the fixture (and the natural person who is a provider).
const PEOPLE = ['Bohumila', 'Statutárová', 'Karel', 'Tajemný', 'Zdeněk', 'Předsedný', 'Jana Soukromá', 'Soukromá'];

async function importRokycansko(...extra: string[]) {
  const output = join(tempDir(), 'katalog.json');
  const args = ['import-rpss', REGISTRY, '--orp', 'Rokycany', '--uzemi', UZEMI, '--ruian', RUIAN];
  const result = await pomoc(...args, '-o', output, '--date', '2026-11-01', '--lang', 'en', ...extra);
  return { ...result, output };
}

describe('pomoc import-rpss', () => {
  it('writes the services of an ORP with their forms, groups, capacities, contacts and area served', async () => {
    const { code, out, output } = await importRokycansko();
    assert.equal(code, 0, out);
    const catalogue = JSON.parse(readFileSync(output, 'utf8'));
    assert.deepEqual(
      catalogue.services.map((service: { id: string }) => service.id),
      ['rpss-1000001', 'rpss-1000002', 'rpss-1000003'],
    );
    assert.equal(catalogue.catalogue.area, 'ORP Rokycany');
    assert.equal(catalogue.catalogue.updated, '2026-11-01');
    assert.equal(catalogue.catalogue.sample, undefined);

    const care = catalogue.services[0];
    assert.equal(care.serviceType, 'pecovatelska-sluzba');
    assert.equal(care.registryId, '1000001');
    assert.deepEqual(care.forms, ['terenni', 'ambulantni']);
    assert.deepEqual(care.targetGroups, ['seniori', 'demence']);
    // Each capacity with the form it belongs to (format 1.1).
    assert.deepEqual(care.capacity[0], {
      count: 120,
      unit: 'klient',
      form: 'terenni',
      note: 'Maximální počet klientů 120 (platnost od 1. 1. 2024).',
    });
    assert.deepEqual(
      care.phones.map((phone: { number: string }) => phone.number),
      ['+420 371 000 101', '+420 602 000 102', '+420 602 000 103'],
    );
    assert.equal(care.url, 'https://www.pokusov.example.cz/pecovatelska');
    assert.deepEqual(care.areaServed, ['Mirošov', 'Rokycany']);
    const home = catalogue.services[2];
    assert.deepEqual(home.schedule, { alwaysOpen: true });
    assert.deepEqual(home.capacity, [
      { count: 40, unit: 'luzka', form: 'pobytova', note: 'Maximální kapacita 40 lůžek.' },
    ]);
    assert.equal(catalogue.schemaVersion, 1.1);
    assert.equal(care.validFrom, '2010-01-01');
    assert.deepEqual(care.origin, { registry: 'rpss', id: '91001' });

    const organization = catalogue.organizations.find((item: { id: string }) => item.id === 'org-00259951');
    assert.equal(organization.ico, '00259951');
    assert.match(out, /Written: 3 services, 3 providers, 3 places/);
    assert.match(out, /Skipped: 1 outside the area, 1 with an ended registration, 2 not mappable, 0 failed the check/);
  });

  it('reads a registry file saved with a byte-order mark', async () => {
    const withBom = join(tempDir(), 'rpss-bom.json');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(REGISTRY)]));
    const output = join(tempDir(), 'katalog.json');
    const result = await pomoc(
      'import-rpss',
      withBom,
      '--orp',
      'Rokycany',
      '--uzemi',
      UZEMI,
      '-o',
      output,
      '--lang',
      'en',
    );
    assert.equal(result.code, 0, result.out + result.err);
    assert.equal(JSON.parse(readFileSync(output, 'utf8')).services.length, 3);
  });

  it('geocodes from the RÚIAN CSV (windows-1250, S-JTSK) and lists the places left without coordinates', async () => {
    const { out, output } = await importRokycansko();
    const catalogue = JSON.parse(readFileSync(output, 'utf8'));
    const place = catalogue.locations.find((location: { id: string }) => location.id === 'loc-11111111');
    assert.equal(place.address.street, 'Jiráskova 100/5');
    assert.equal(place.address.city, 'Rokycany');
    assert.equal(place.address.postalCode, '337 01');
    assert.ok(Math.abs(place.latitude - 49.7427) < 1e-5 && Math.abs(place.longitude - 13.5946) < 1e-5, out);
    assert.match(
      out,
      /Places without coordinates \(1\):\n {2}\? loc-33333333 \(Domov U Lesa, Lesní 300, Mirošov\): the address-point code is not in the RÚIAN CSV/,
    );
  });

  it('marks a hidden address hidden and keeps nothing of it but the town', async () => {
    const { output } = await importRokycansko();
    const text = readFileSync(output, 'utf8');
    const catalogue = JSON.parse(text);
    const shelter = catalogue.services.find((service: { id: string }) => service.id === 'rpss-1000002');
    const location = catalogue.locations.find((item: { id: string }) => item.id === shelter.locationIds[0]);
    assert.deepEqual(location, {
      id: 'loc-rpss-1000002-1-utajena',
      name: 'Adresa je utajena',
      address: { city: 'Rokycany' },
      hidden: true,
    });
    // Neither the street, the address-point code, nor its coordinates are anywhere in the file.
    for (const secret of ['Skrytá', '22222222', '49.744', '13.599']) assert.equal(text.includes(secret), false, secret);
  });

  it("never copies people's names from statutory bodies or contact notes", async () => {
    const { output, out } = await importRokycansko();
    const bytes = readFileSync(output, 'utf8');
    for (const name of PEOPLE) assert.equal(bytes.includes(name), false, `${name} appears in the catalogue`);
    for (const name of PEOPLE) assert.equal(out.includes(name), false, `${name} appears in the report`);
    assert.match(out, /RPSS 1000007: the provider is a natural person; their name is not copied/);
  });

  it('maps registry codes, says which are inferred or unknown, and maps more by label with --ciselniky', async () => {
    const plain = await importRokycansko();
    assert.match(
      plain.out,
      /RPSS 1000002: service type DruhSocialniSluzby\/20 mapped to "azylove-domy" by an inferred id/,
    );
    assert.match(plain.out, /RPSS 1000006: unknown service type DruhSocialniSluzby\/2/);
    assert.match(plain.out, /RPSS 1000001: unknown target group CilovaSkupinaOsoby\/99 – left out/);
    assert.match(plain.out, /RPSS 1000001: unknown age group VekovaSkupinaOsoby\/7 – left out/);
    assert.match(plain.out, /RPSS 1000003: the IČO "12345678" has a wrong check digit – left out/);

    const labelled = await importRokycansko('--ciselniky', join(RPSS, 'ciselniky'));
    const care = JSON.parse(readFileSync(labelled.output, 'utf8')).services[0];
    assert.deepEqual(care.targetGroups, ['seniori', 'demence', 'chronicke-onemocneni']);
    assert.deepEqual(care.ageGroups, ['mladsi-seniori']);
    assert.doesNotMatch(labelled.out, /unknown (target|age) group/);
  });

  it('chooses the area by kraj name and by town name (from the RÚIAN CSV)', async () => {
    const directory = tempDir();
    const kraj = await pomoc('import-rpss', REGISTRY, '--kraj', 'plzeňský', '-o', join(directory, 'k.json'));
    assert.equal(kraj.code, 0, kraj.err);
    assert.equal(JSON.parse(readFileSync(join(directory, 'k.json'), 'utf8')).services.length, 3);
    const town = await pomoc(
      ...['import-rpss', REGISTRY, '--obec', 'Mirošov', '--ruian', RUIAN],
      '-o',
      join(directory, 'o.json'),
    );
    assert.equal(town.code, 0, town.err);
    const services = JSON.parse(readFileSync(join(directory, 'o.json'), 'utf8')).services;
    // The home in Mirošov, and the care service that serves Mirošov from Rokycany.
    assert.deepEqual(
      services.map((service: { id: string }) => service.id),
      ['rpss-1000001', 'rpss-1000003'],
    );
  });

  it('explains area mistakes (exit 2) and writes nothing for an empty area (exit 1)', async () => {
    const directory = tempDir();
    const output = join(directory, 'katalog.json');
    const orp = await pomoc('import-rpss', REGISTRY, '--orp', 'Rokycany', '-o', output, '--lang', 'cs');
    assert.equal(orp.code, 2);
    assert.match(orp.err, /--orp „Rokycany“: příslušnost obcí k ORP zná jen CSV struktury území – zadejte --uzemi/);
    const kraj = await pomoc('import-rpss', REGISTRY, '--kraj', 'Atlantida', '-o', output, '--lang', 'en');
    assert.equal(kraj.code, 2);
    assert.match(kraj.err, /--kraj "Atlantida": not found/);
    const none = await pomoc('import-rpss', REGISTRY, '--kraj', 'Zlínský', '-o', output, '--lang', 'en');
    assert.equal(none.code, 1);
    assert.match(none.err, /No service in the area could be written; nothing was written/);
    const usage = await pomoc('import-rpss', REGISTRY, '-o', output, '--lang', 'en');
    assert.equal(usage.code, 2);
    assert.match(usage.err, /Choose an area/);
    assert.deepEqual(filesIn(directory), []);
  });

  it('leaves nothing behind when the registry file is broken, and keeps an earlier output intact', async () => {
    const directory = tempDir();
    const broken = join(directory, 'rpss.json');
    writeFileSync(broken, readFileSync(REGISTRY, 'utf8').slice(0, 3000));
    const output = join(directory, 'katalog.json');
    writeFileSync(output, 'earlier catalogue');
    const result = await pomoc('import-rpss', broken, '--kraj', '43', '-o', output, '--lang', 'en');
    assert.equal(result.code, 1);
    assert.match(result.err, /not valid registry JSON/);
    assert.equal(readFileSync(output, 'utf8'), 'earlier catalogue');
    assert.deepEqual(filesIn(directory).sort(), ['katalog.json', 'rpss.json']);

    writeFileSync(broken, '{"data": []}');
    const empty = await pomoc('import-rpss', broken, '--kraj', '43', '-o', join(directory, 'x.json'), '--lang', 'en');
    assert.equal(empty.code, 1);
    assert.match(empty.err, /no records under the key "polozky"/);
  });

  it('refuses to overwrite a catalogue when more than --max-removed would vanish', async () => {
    const { code, output } = await importRokycansko();
    assert.equal(code, 0);
    const before = readFileSync(output, 'utf8');
    // Mirošov alone keeps two of the three services of the ORP: one service and its places vanish.
    const town = ['import-rpss', REGISTRY, '--obec', 'Mirošov', '--ruian', RUIAN, '-o', output, '--lang', 'en'];
    const guarded = await pomoc(...town, '--max-removed', '5%');
    assert.equal(guarded.code, 1);
    assert.match(
      guarded.err,
      /Guard: against .*katalog\.json, [\d,]+ % of the services or places would vanish \(allowed 5 %\); nothing was written/,
    );
    assert.match(guarded.err, /− service rpss-1000002 /);
    assert.equal(readFileSync(output, 'utf8'), before);
    assert.deepEqual(filesIn(join(output, '..')), ['katalog.json']);

    const wrong = await pomoc(...town, '--max-removed', 'many');
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /Invalid --max-removed "many" \(e\.g\. 5%\)/);
    assert.equal(readFileSync(output, 'utf8'), before);

    const allowed = await pomoc(...town, '--max-removed', '90%');
    assert.equal(allowed.code, 0, allowed.err);
    assert.equal(JSON.parse(readFileSync(output, 'utf8')).services.length, 2);
  });

  it('merges into an existing catalogue: registry fields updated, the town’s edits kept, changes printed', async () => {
    const first = await importRokycansko();
    const edited = JSON.parse(readFileSync(first.output, 'utf8'));
    // What a town adds by hand: its own name and translations, notes, hours, a related service, a situation.
    edited.catalogue.title = { cs: 'Katalog Rokycanska', en: 'Rokycany area catalogue' };
    const care = edited.services[0];
    care.name = { cs: 'Pečovatelská služba Rokycany', en: 'Home care Rokycany' };
    care.description = { cs: 'Dovoz obědů a pomoc doma.', en: 'Meals delivered and help at home.' };
    care.schedule = { hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:00', closes: '15:30' }] };
    care.tags = ['obědy'];
    care.phones[0].description = 'dispečink';
    edited.locations[0].wheelchair = 'yes';
    edited.organizations.push({ id: 'org-mesto', name: 'Město Rokycany' });
    edited.services.push({
      id: 'svc-dluhova-poradna',
      organizationId: 'org-mesto',
      name: 'Dluhová poradna',
      kind: 'related',
      serviceType: 'dluhove-poradenstvi',
    });
    edited.situations = [
      {
        id: 'sit-pece',
        title: 'Potřebuji péči doma',
        summary: 'Senior potřebuje pomoc.',
        startQuestionId: 'q1',
        questions: [{ id: 'q1', text: 'Kde?', answers: [{ label: 'Doma', outcomeId: 'o1' }] }],
        outcomes: [{ id: 'o1', title: 'Pečovatelská služba', steps: [{ title: 'Zavolejte' }] }],
      },
    ];
    const existing = join(tempDir(), 'existing.json');
    writeFileSync(existing, JSON.stringify(edited, null, 2));

    // The registry changed: a new capacity for the care service, the home left the registry.
    const registry = JSON.parse(readFileSync(REGISTRY, 'utf8'));
    registry.polozky[0].formy[0].kapacity[0].pocet = 150;
    registry.polozky.splice(2, 1);
    const newer = join(tempDir(), 'rpss.json');
    writeFileSync(newer, JSON.stringify(registry));

    const output = join(tempDir(), 'merged.json');
    const result = await pomoc(
      ...['import-rpss', newer, '--orp', 'Rokycany', '--uzemi', UZEMI, '--ruian', RUIAN],
      ...['--merge', existing, '-o', output, '--date', '2026-12-01', '--lang', 'en'],
    );
    assert.equal(result.code, 0, result.out + result.err);
    const merged = JSON.parse(readFileSync(output, 'utf8'));
    const mergedCare = merged.services.find((service: { id: string }) => service.id === 'rpss-1000001');
    assert.equal(mergedCare.capacity[0].count, 150);
    assert.deepEqual(mergedCare.name, care.name);
    assert.deepEqual(mergedCare.description, care.description);
    assert.deepEqual(mergedCare.schedule, care.schedule);
    assert.deepEqual(mergedCare.tags, ['obědy']);
    assert.equal(mergedCare.phones[0].description, 'dispečink');
    assert.equal(merged.locations.find((item: { id: string }) => item.id === 'loc-11111111').wheelchair, 'yes');
    assert.ok(merged.services.some((service: { id: string }) => service.id === 'svc-dluhova-poradna'));
    assert.equal(merged.situations[0].id, 'sit-pece');
    assert.deepEqual(merged.catalogue.title, edited.catalogue.title);
    assert.equal(merged.catalogue.updated, '2026-12-01');
    const home = merged.services.find((service: { id: string }) => service.id === 'rpss-1000003');
    assert.equal(home.status, 'inactive');

    assert.match(result.out, /Changes to the existing catalogue/);
    assert.match(result.out, /~ service rpss-1000001 \(Pečovatelská služba Rokycany\): capacity/);
    assert.match(result.out, /− service rpss-1000003 .*no longer in the registry for the area – marked inactive/);
  });

  it('runs from the installed binary, and its output passes `pomoc validate`', () => {
    const output = join(tempDir(), 'katalog.json');
    const bin = join(root, 'bin/pomoc.js');
    const imported = spawnSync(
      process.execPath,
      [
        bin,
        'import-rpss',
        REGISTRY,
        '--orp',
        'Rokycany',
        '--uzemi',
        UZEMI,
        '--ruian',
        RUIAN,
        '-o',
        output,
        '--lang',
        'cs',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(imported.status, 0, imported.stdout + imported.stderr);
    assert.match(imported.stdout, /Zapsáno: 3 služeb, 3 poskytovatelů, 3 míst/);
    assert.ok(existsSync(output));
    const validated = spawnSync(process.execPath, [bin, 'validate', output, '--lang', 'en'], { encoding: 'utf8' });
    assert.equal(validated.status, 0, validated.stdout);
    assert.match(validated.stdout, /Result: VALID\./);
  });

  it('explains its use', async () => {
    const help = await pomoc('import-rpss', '--help', '--lang', 'en');
    assert.equal(help.code, 0);
    assert.match(help.out, /pomoc import-rpss <file\|url>/);
    assert.match(help.out, /--ruian <csv>/);
    const general = await pomoc('--help', '--lang', 'cs');
    assert.match(general.out, /pomoc import-rpss/);
  });
});
