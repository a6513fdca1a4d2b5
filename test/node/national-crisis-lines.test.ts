// The national crisis lines that ship with the library: valid, complete in Czech, English and
// Ukrainian, merged into every catalogue, replaced by a catalogue's own entry, and never written
// into a catalogue file by the partner tools.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// The Node tools load the lines' translations (national-crisis-lines.translations.ts).
import '../../src/catalogue/national-crisis-lines.translations.js';
import { NATIONAL_CRISIS_LINES, dialledDigits } from '../../src/catalogue/national-crisis-lines.js';
import { crisisLineSchema } from '../../src/catalogue/schema.js';
import { textIn } from '../../src/catalogue/text.js';
import { validateCatalogue } from '../../src/catalogue/validate.js';
import { buildCatalogue } from '../../src/partner/output.js';
import { smallCatalogue } from '../fixtures/catalogue.js';

const SAMPLE = JSON.parse(
  readFileSync(new URL('../../data-schema/examples/sample-catalogue.json', import.meta.url), 'utf8'),
);

const phones = (lines: readonly { phone: string }[]) => lines.map((line) => dialledDigits(line.phone));

describe('national crisis lines', () => {
  it('are valid lines, each with a name, audience and hours (where known) in cs, en and uk', () => {
    assert.deepEqual(phones(NATIONAL_CRISIS_LINES), [
      '112',
      '155',
      '158',
      '150',
      '116123',
      '116111',
      '116006',
      '251511313',
      '800200007',
      '116000',
    ]);
    for (const line of NATIONAL_CRISIS_LINES) {
      assert.equal(crisisLineSchema.safeParse(line).success, true, line.id);
      for (const field of ['name', 'hours', 'audience', 'description'] as const) {
        const value = line[field];
        if (value === undefined) continue;
        assert.equal(typeof value, 'object', `${line.id}.${field} is translated`);
        assert.deepEqual(Object.keys(value).sort(), ['cs', 'en', 'uk'], `${line.id}.${field}`);
      }
      assert.ok(line.audience, `${line.id} says whom it is for`);
    }
    assert.equal(new Set(NATIONAL_CRISIS_LINES.map((line) => line.id)).size, NATIONAL_CRISIS_LINES.length);
  });

  it('reach a catalogue that lists none, and an outcome may refer to them by id', () => {
    const data = smallCatalogue() as Partial<ReturnType<typeof smallCatalogue>>;
    delete data.crisisLines;
    data.situations![0].outcomes[0].crisisLineIds = ['linka-116123'];
    data.situations![0].outcomes[1].crisisLineIds = ['linka-senioru'];
    const catalogue = validateCatalogue(data);
    assert.deepEqual(catalogue.issues, []);
    assert.deepEqual(phones(catalogue.crisisLines), phones(NATIONAL_CRISIS_LINES));
    assert.deepEqual(catalogue.ownCrisisLines, []);
    assert.equal(textIn(catalogue.crisisLines[4].name, 'uk', 'cs'), 'Лінія першої психологічної допомоги');
    assert.deepEqual(catalogue.situations[0].outcomes[0].crisisLineIds, ['linka-116123']);
  });

  it("give way to the catalogue's own entry with the same id or number; its local lines follow", () => {
    const data = smallCatalogue();
    data.crisisLines = [
      { id: 'krizove-centrum', name: 'Krizové centrum Rokycany', phone: '371 000 000' },
      { id: 'bkb', name: 'Bílý kruh bezpečí Plzeň', phone: '+420 116 006' },
      { id: 'linka-112', name: 'Tísňové volání', phone: '112' },
      { id: 'line-seniori', name: 'Linka seniorů', phone: '800 200 007', free: true },
    ] as never;
    data.situations[0].outcomes[0].crisisLineIds = ['linka-116006', 'bkb'];
    const catalogue = validateCatalogue(data);
    assert.deepEqual(catalogue.issues, []);
    const lines = catalogue.crisisLines;
    assert.equal(lines.length, NATIONAL_CRISIS_LINES.length + 1);
    assert.equal(lines[0].name, 'Tísňové volání');
    assert.equal(lines.find((line) => dialledDigits(line.phone) === '116006')!.id, 'bkb');
    assert.equal(lines.at(-1)!.id, 'krizove-centrum');
    // A reference to the library's id leads to the catalogue's entry that replaced it, once.
    assert.deepEqual(catalogue.situations[0].outcomes[0].crisisLineIds, ['bkb']);
    assert.equal(catalogue.ownCrisisLines.length, 4);
  });

  it("keep their translations where the catalogue's entry says the same in Czech, and only there", () => {
    const data = smallCatalogue();
    data.crisisLines = [
      // The sample's wording of Linka seniorů, in Czech only (a plain string is in the catalogue's language).
      { id: 'line-seniori', name: 'Linka seniorů', phone: '800 200 007', hours: 'denně 8:00–16:00' },
    ] as never;
    const line = validateCatalogue(data).crisisLines.find((l) => l.id === 'line-seniori')!;
    assert.equal(textIn(line.name, 'uk', 'cs'), 'Гаряча лінія для літніх людей');
    assert.equal(textIn(line.name, 'en', 'cs'), 'Helpline for older people');
    // Other hours than the library's: the library's translation ("8 am – 8 pm") would be wrong.
    assert.equal(textIn(line.hours, 'uk', 'cs'), 'denně 8:00–16:00');
    assert.equal(line.description, undefined);
  });

  it('make the sample catalogue’s lines speak Ukrainian where it kept the national wording', () => {
    const catalogue = validateCatalogue(structuredClone(SAMPLE));
    const ukrainian = catalogue.crisisLines.filter((line) => /[а-яіїє]/i.test(textIn(line.name, 'uk', 'cs')));
    assert.ok(ukrainian.length >= 9, `${ukrainian.length} lines named in Ukrainian`);
  });

  it('are not written into a catalogue file by the partner tools', () => {
    const data = smallCatalogue();
    const built = buildCatalogue(data.catalogue as never, data as never);
    assert.deepEqual(
      built.file.crisisLines!.map((line) => line.id),
      data.crisisLines.map((line) => line.id),
    );
  });
});
