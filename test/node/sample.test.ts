// The bundled sample catalogue is what a new user sees first: it must be valid, plainly sample
// data, and rich enough to show every feature (the counts are those the project asked for).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { serviceType } from '../../src/catalogue/codelists.js';
import { validateCatalogue } from '../../src/catalogue/validate.js';

const raw = JSON.parse(
  readFileSync(new URL('../../data-schema/examples/sample-catalogue.json', import.meta.url), 'utf8'),
);
const catalogue = validateCatalogue(raw);

describe('the sample catalogue', () => {
  it('is valid and says it is sample data', () => {
    assert.deepEqual(
      catalogue.issues.filter((issue) => issue.severity === 'error'),
      [],
    );
    assert.equal(catalogue.meta.sample, true);
    assert.equal(raw.$schema, '../catalogue.schema.json');
  });

  it('has enough providers, services and places to show every feature', () => {
    const { organizations, services, locations, situations } = catalogue;
    assert.ok(organizations.length >= 30, `${organizations.length} organisations`);
    assert.ok(services.length >= 60, `${services.length} services`);
    const socialTypes = new Set(services.filter((s) => s.kind === 'social').map((s) => s.serviceType));
    assert.ok(socialTypes.size >= 20, `${socialTypes.size} social service types`);
    assert.ok(
      services.some((s) => s.kind === 'related'),
      'related services',
    );
    const located = locations.filter((l) => l.latitude !== undefined);
    assert.ok(located.length >= 40, `${located.length} located places`);
    const outreach = services.filter((s) => s.forms?.includes('terenni') && s.areaServed?.length);
    assert.ok(outreach.length >= 3, `${outreach.length} outreach services with an area served`);
    assert.ok(situations.length >= 8, `${situations.length} life situations`);
    for (const service of services) assert.equal(serviceType(service.serviceType) !== undefined, true);
  });

  it('keeps a hidden address to its town', () => {
    const hidden = catalogue.locations.filter((l) => l.hidden);
    assert.ok(hidden.length >= 1);
    const rawHidden = raw.locations.filter((l: { hidden?: boolean }) => l.hidden);
    for (const location of rawHidden) {
      assert.deepEqual(Object.keys(location.address ?? {}), ['city'], `${location.id} publishes only its town`);
      assert.equal(location.latitude, undefined);
    }
    const sheltered = catalogue.services.filter((s) =>
      s.locationIds?.some((id) => catalogue.locationById.get(id)?.hidden),
    );
    assert.ok(sheltered.length >= 1, 'a service at a hidden address');
  });

  it('walks life situations at least three questions deep, violence behind a safety question', () => {
    const depth = (situation: (typeof catalogue.situations)[number]) => {
      const byId = new Map(situation.questions.map((q) => [q.id, q]));
      const walk = (id: string): number =>
        1 + Math.max(0, ...byId.get(id)!.answers.map((a) => (a.questionId ? walk(a.questionId) : 0)));
      return walk(situation.startQuestionId);
    };
    assert.ok(Math.max(...catalogue.situations.map(depth)) >= 3);
    const violence = catalogue.situations.filter((s) => s.sensitive);
    assert.ok(violence.length >= 1, 'a sensitive situation');
    for (const situation of violence) {
      const first = situation.questions.find((q) => q.id === situation.startQuestionId)!;
      assert.equal(first.safety, true, `${situation.id} asks about safety first`);
    }
  });

  it('lists the national crisis lines', () => {
    const phones = catalogue.crisisLines.map((line) => line.phone.replace(/\s/g, ''));
    for (const number of ['112', '155', '158', '116123', '116111', '116006', '800200007']) {
      assert.ok(phones.includes(number), `crisis line ${number}`);
    }
  });

  it('invents its providers: their contacts are on example domains', () => {
    // Crisis lines are real national services, with their real addresses.
    const text = JSON.stringify({ ...raw, crisisLines: [] });
    const domains = [...text.matchAll(/(?:https?:\/\/|@)([a-z0-9.-]+\.[a-z]{2,})/gi)].map((m) => m[1].toLowerCase());
    for (const domain of domains) assert.match(domain, /(^|\.)example\.(cz|org|com|net)$/, domain);
  });
});
