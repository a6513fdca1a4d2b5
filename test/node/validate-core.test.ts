// The browser validates a catalogue with the fast path alone (validate-core.ts) and fetches zod
// and the schema only when the fast path gives up. Both ways must give the very same catalogue and
// messages, and the fast path alone must give up rather than guess, leaving the file untouched.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateCatalogue } from '../../bench/generate.js';
import { validateAsIs } from '../../src/catalogue/validate-core.js';
import { validateCatalogue } from '../../src/catalogue/validate.js';

const sample = JSON.parse(
  readFileSync(new URL('../../data-schema/examples/sample-catalogue.json', import.meta.url), 'utf8'),
);
const options = { today: '2026-06-01' };

/** validateAsIs(file), checked against validateCatalogue(file) and for leaving the file as it was. */
function asIs(file: unknown) {
  const before = JSON.stringify(file);
  const fast = validateAsIs(file, options);
  assert.equal(JSON.stringify(file), before, 'the fast path changed the file');
  const full = validateCatalogue(structuredClone(file), options);
  if (fast) assert.deepEqual(fast, full);
  return { fast, full };
}

describe('validation by the fast path alone (what a town page runs first)', () => {
  it('takes the sample catalogue whole, with the same result as validateCatalogue', () => {
    const { fast, full } = asIs(sample);
    assert.ok(fast, 'the sample needs zod');
    assert.equal(fast.services.length, full.services.length);
  });

  it('takes generated catalogues whole (as the benchmark makes them)', () => {
    for (const seed of [1, 2, 3]) assert.ok(asIs(generateCatalogue({ services: 400, seed })).fast, `seed ${seed}`);
  });

  it('gives the same warnings for what is checked across records and for repairs', () => {
    const file = structuredClone(sample);
    file.services[0].url = 'www.example.cz';
    file.services[1].organizationId = 'no-such-organization';
    file.services[2].validTo = '2026-01-31';
    file.services.push(structuredClone(file.services[3]));
    file.synonyms = [{ id: 'syn-obedy', terms: ['obědy'], serviceTypes: ['pecovatelska-sluzba'] }];
    const { fast } = asIs(file);
    assert.ok(fast, 'a repair or a reference needs no zod');
    assert.deepEqual([...new Set(fast.issues.map((issue) => issue.code))].sort(), [
      'dangling-ref',
      'duplicate-id',
      'service-ended',
      'url-scheme-added',
    ]);
  });

  it("sets a situation's crisis lines anew in its own copy, the file left as it was", () => {
    const file = structuredClone(sample);
    const outcome = file.situations[0].outcomes[1];
    outcome.crisisLineIds = [...outcome.crisisLineIds, 'no-such-line', outcome.crisisLineIds[0]];
    const { fast, full } = asIs(file);
    assert.ok(fast);
    assert.deepEqual(fast.situations[0].outcomes[1].crisisLineIds, ['linka-senioru']);
    assert.deepEqual(full.situations[0].outcomes[1].crisisLineIds, ['linka-senioru']);
    assert.deepEqual(outcome.crisisLineIds, ['linka-senioru', 'no-such-line', 'linka-senioru']);
    assert.ok(fast.issues.some((issue) => issue.code === 'dangling-ref' && issue.params?.id === 'no-such-line'));
  });

  it('gives up, leaving the file as it was, at a record or metadata zod has to judge', () => {
    const broken: ((file: typeof sample) => void)[] = [
      (file) => delete file.services[5].name,
      (file) => (file.services[5].phones = [{ number: '12' }]),
      (file) => (file.organizations[0].ico = '12345678'),
      (file) => (file.locations[0].address.city = ''),
      (file) => (file.crisisLines[0].phone = 'call us'),
      (file) => Object.assign(file.situations[0].questions[0].answers[0], { questionId: 'q', outcomeId: 'o' }),
      (file) => (file.catalogue.updated = '2026-13-01'),
      (file) => delete file.catalogue.title,
      (file) => (file.synonyms = [{ id: 'syn-nikam', terms: ['nikam'] }]),
    ];
    for (const breakIt of broken) {
      const file = structuredClone(sample);
      breakIt(file);
      const { fast, full } = asIs(file);
      assert.equal(fast, undefined, String(breakIt));
      assert.ok(
        full.issues.some((issue) => issue.severity === 'error'),
        String(breakIt),
      );
    }
    // Valid, but zod gives a changed copy (trimmed text): that is zod's to make.
    const file = structuredClone(sample);
    file.services[5].name = ' Trimmed ';
    const { fast, full } = asIs(file);
    assert.equal(fast, undefined);
    assert.equal(full.services.find((service) => service.id === file.services[5].id)?.name, 'Trimmed');
  });

  it('throws for a file that is no catalogue, as validateCatalogue does', () => {
    assert.throws(() => validateAsIs([]), { code: 'not-catalogue' });
    assert.throws(() => validateAsIs({ ...sample, schemaVersion: 3 }), { code: 'schema-version' });
  });
});
