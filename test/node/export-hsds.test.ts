import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { smallCatalogue } from '../fixtures/catalogue.js';
import { filesIn, pomoc, tempDir } from './partner-helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function exportSmall(...extra: string[]) {
  const directory = tempDir();
  const source = join(directory, 'katalog.json');
  writeFileSync(source, JSON.stringify(smallCatalogue()));
  const output = join(directory, 'hsds');
  const result = await pomoc('export-hsds', source, '-o', output, '--lang', 'en', ...extra);
  return {
    ...result,
    page: result.code === 0 ? JSON.parse(readFileSync(join(output, 'services.json'), 'utf8')) : undefined,
    directory,
  };
}

describe('pomoc export-hsds', () => {
  it('writes the services as one HSDS 3.0 Page of services with everything embedded', async () => {
    const { code, out, page } = await exportSmall();
    assert.equal(code, 0, out);
    assert.match(out, /Written: 5 services, 3 organizations, 3 locations → .*services\.json \(HSDS 3\.0\)/);
    assert.equal(page.total_items, 5);
    assert.equal(page.contents.length, 5);
    assert.equal(page.first_page && page.last_page && !page.empty, true);

    const care = page.contents[0];
    assert.match(care.id, UUID);
    assert.equal(care.name, 'Pečovatelská služba Rokycany');
    assert.equal(care.status, 'active');
    assert.equal(care.organization.name, 'Město Rokycany');
    assert.equal(care.organization_id, care.organization.id);
    assert.deepEqual(
      care.organization.organization_identifiers.map((item: { identifier_scheme: string; identifier: string }) => [
        item.identifier_scheme,
        item.identifier,
      ]),
      [['CZ-ICO', '00259951']],
    );
    assert.deepEqual(
      care.phones.map((phone: { number: string }) => phone.number),
      ['+420 371 000 101'],
    );
    assert.deepEqual(care.schedules[0], {
      id: care.schedules[0].id,
      service_id: care.id,
      freq: 'WEEKLY',
      byday: 'MO,TU,WE,TH,FR',
      opens_at: '07:00',
      closes_at: '15:30',
      notes: 'Zavřeno o státních svátcích.',
    });
    assert.deepEqual(
      care.service_areas.map((area: { name: string }) => area.name),
      ['Rokycany', 'Kamenný Újezd'],
    );
    assert.equal(care.minimum_age, 65);

    const location = care.service_at_locations[0].location;
    assert.equal(care.service_at_locations[0].location_id, location.id);
    assert.equal(location.location_type, 'physical');
    assert.equal(location.latitude, 49.7427);
    assert.deepEqual(location.addresses[0], {
      id: location.addresses[0].id,
      location_id: location.id,
      address_1: 'Jiráskova 100',
      city: 'Rokycany',
      state_province: '',
      postal_code: '337 01',
      country: 'CZ',
      address_type: 'physical',
    });

    // The Czech classifications travel as attributes with taxonomy terms.
    const terms = care.attributes.map(
      (attribute: { taxonomy_term: { taxonomy: string; code: string } }) =>
        `${attribute.taxonomy_term.taxonomy}:${attribute.taxonomy_term.code}`,
    );
    for (const term of [
      'pomoc-service-type:pecovatelska-sluzba',
      'pomoc-form:terenni',
      'pomoc-target-group:seniori',
      'pomoc-age-group:starsi-seniori',
      'cz-rpss:rpss',
    ]) {
      assert.ok(terms.includes(term), term);
    }
    const registry = care.attributes.find((attribute: { link_type: string }) => attribute.link_type === 'registry_id');
    assert.equal(registry.value, '1234567');
  });

  it('exports a hidden address with its town only', async () => {
    const { page } = await exportSmall();
    const shelter = page.contents.find((service: { name: string }) => service.name === 'Azylový dům pro matky s dětmi');
    const location = shelter.service_at_locations[0].location;
    assert.equal(location.addresses, undefined);
    assert.equal(location.latitude, undefined);
    assert.equal(location.name, 'Adresa je utajena');
    assert.equal(location.description, 'Utajená adresa v obci Rokycany.');
  });

  it('gives the same ids on every export and texts in the language asked for', async () => {
    const first = await exportSmall();
    const second = await exportSmall('--language', 'en');
    assert.deepEqual(
      first.page.contents.map((service: { id: string }) => service.id),
      second.page.contents.map((service: { id: string }) => service.id),
    );
    const shelter = second.page.contents.find(
      (service: { name: string }) => service.name === 'Azylový dům pro matky s dětmi',
    );
    assert.equal(shelter.service_at_locations[0].location.name, 'The address is confidential');
    const debts = (page: { contents: { name: string; fees_description?: string }[] }) =>
      page.contents.find((service) => service.name === 'Dluhová poradna Krok')!.fees_description;
    assert.equal(debts(first.page), 'Zdarma');
    assert.equal(debts(second.page), 'Free of charge');
  });

  it('refuses a catalogue with errors and writes nothing', async () => {
    const directory = tempDir();
    const data = smallCatalogue();
    (data.services[0] as { organizationId: string }).organizationId = 'org-nobody';
    const source = join(directory, 'katalog.json');
    writeFileSync(source, JSON.stringify(data));
    const result = await pomoc('export-hsds', source, '-o', join(directory, 'hsds'), '--lang', 'en');
    assert.equal(result.code, 1);
    assert.match(result.err, /The catalogue has errors \(1\); nothing was written/);
    assert.deepEqual(filesIn(directory), ['katalog.json']);
    const usage = await pomoc('export-hsds', source, '--lang', 'en');
    assert.equal(usage.code, 2);
    assert.match(usage.err, /Give -o <dir>/);
  });
});
