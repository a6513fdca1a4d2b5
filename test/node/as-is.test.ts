import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import * as z from 'zod/mini';
import { asIsSource } from '../../scripts/as-is-codegen.js';
import { AS_IS_FILE, asIsModuleText } from '../../scripts/as-is-module.js';
import {
  catalogueMetaAsIs,
  crisisLineAsIs,
  locationAsIs,
  organizationAsIs,
  serviceAsIs,
  situationAsIs,
  synonymAsIs,
} from '../../src/catalogue/as-is.generated.js';
import * as checks from '../../src/catalogue/schema-checks.js';
import {
  catalogueMetaSchema,
  crisisLineSchema,
  locationSchema,
  organizationSchema,
  serviceSchema,
  situationSchema,
  synonymSchema,
} from '../../src/catalogue/schema.js';

const root = new URL('../../', import.meta.url).pathname;
const sample = JSON.parse(readFileSync(`${root}data-schema/examples/sample-catalogue.json`, 'utf8'));

// Values of every kind zod treats differently: kept, changed (trimmed, stripped) or refused.
const VALUES: unknown[] = [
  null,
  '',
  ' ',
  'text',
  ' text',
  '12345678',
  '00259951',
  '+420 371 000 123',
  'https://www.example.cz/',
  'javascript:alert(1)',
  'a@example.cz',
  '2026-02-30',
  '2026-11-01',
  '07:30',
  '24:00',
  'social',
  'seniori',
  'Polygon',
  0,
  -1,
  1.5,
  49.7,
  1e300,
  true,
  [],
  [''],
  ['seniori'],
  ['mo', 'xx'],
  [{ number: '+420 371 000 123' }],
  [{ number: '+420 371 000 123', extra: 1 }],
  [{ count: 5, unit: 'luzka' }],
  [{ count: -5, unit: 'luzka' }],
  [[14.1, 49.7]],
  {},
  { cs: 'text' },
  { cs: 'text', en: ' text' },
  { 'c s': 'text' },
  { cs: '' },
  { hours: [{ days: ['mo'], opens: '08:00', closes: '08:00' }] },
  { hours: [{ days: ['mo'], opens: '08:00', closes: '16:00' }], extra: true },
  { city: 'Rokycany' },
  { city: ' Rokycany' },
  {
    type: 'Polygon',
    coordinates: [
      [
        [14, 49],
        [15, 49],
        [15, 50],
        [14, 49],
      ],
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      [
        [14, 49],
        [15, 49],
        [15, 50],
        [14, 50],
      ],
    ],
  },
  // The parts of a situation and of the catalogue's metadata.
  [{ id: 'q1', text: 'Otázka', answers: [{ label: 'Ano', outcomeId: 'o1' }] }],
  [{ id: 'q1', text: 'Otázka', answers: [{ label: 'Ano', outcomeId: 'o1', questionId: 'q2' }] }],
  [{ id: 'q1', text: 'Otázka', answers: [{ label: 'Ano' }] }],
  [{ id: 'q1', text: 'Otázka', answers: [] }],
  [{ id: 'q1', text: ' Otázka', answers: [{ label: 'Ano', questionId: 'q2' }] }],
  [{ id: 'o1', title: 'Výsledek', steps: [{ title: 'Krok' }], match: { serviceTypes: ['azylove-domy'] } }],
  [{ id: 'o1', title: 'Výsledek', steps: [{ title: 'Krok', extra: 1 }] }],
  [{ id: 'o1', title: 'Výsledek', steps: [], match: { serviceTypes: ['neni-takovy'] } }],
  { name: 'Město Rokycany', url: 'https://www.rokycany.cz/' },
  { name: 'Město Rokycany', email: 'posta@rokycany' },
  [{ name: 'ÚZIS', url: 'https://www.uzis.cz/', licence: 'CC BY 4.0', updated: '2026-01-31' }],
  [{ name: 'ÚZIS', updated: '2026-02-31' }],
];

const cases = [
  { name: 'services', schema: serviceSchema, check: serviceAsIs, records: sample.services },
  { name: 'organizations', schema: organizationSchema, check: organizationAsIs, records: sample.organizations },
  { name: 'locations', schema: locationSchema, check: locationAsIs, records: sample.locations },
  { name: 'crisisLines', schema: crisisLineSchema, check: crisisLineAsIs, records: sample.crisisLines },
  { name: 'situations', schema: situationSchema, check: situationAsIs, records: sample.situations },
  { name: 'catalogue', schema: catalogueMetaSchema, check: catalogueMetaAsIs, records: [sample.catalogue] },
  // The sample has no synonyms of its own: two as a town would write them.
  {
    name: 'synonyms',
    schema: synonymSchema,
    check: synonymAsIs,
    records: [
      { id: 'syn-obedy', terms: ['obědy', 'dovoz jídla'], serviceTypes: ['pecovatelska-sluzba'], topic: true },
      { id: 'syn-duchodci', terms: ['důchodci'], lang: 'cs', targetGroups: ['seniori'], note: 'Tak se říká.' },
    ],
  },
];

describe('the generated fast path of validation (src/catalogue/as-is.generated.ts)', () => {
  it('is up to date with the schema', async () => {
    assert.equal(
      readFileSync(AS_IS_FILE, 'utf8'),
      await asIsModuleText(),
      'src/catalogue/as-is.generated.ts is out of date with src/catalogue/schema.ts: run `npm run schema` and commit it.',
    );
  });

  it('takes a record only when zod gives the same record, over every field of every sample record', () => {
    let taken = 0;
    let left = 0;
    for (const { name, schema, check, records } of cases) {
      for (const record of records) {
        const variants: unknown[] = [record];
        for (const key of [...Object.keys(schema.def.shape), 'note']) {
          const without = { ...record };
          delete without[key];
          variants.push(without);
          for (const value of VALUES) variants.push({ ...record, [key]: value });
        }
        for (const variant of variants) {
          const fast = check(variant);
          const parsed = schema.safeParse(variant);
          if (fast === undefined) {
            left++;
            continue;
          }
          taken++;
          const where = `${name} ${record.id ?? ''}: ${JSON.stringify(variant).slice(0, 200)}`;
          assert.equal(parsed.success, true, where);
          assert.deepEqual(fast, parsed.data, where);
        }
      }
    }
    // Both ways are taken: the check is neither always nor never sure.
    assert.ok(taken > 5_000, `taken ${taken}`);
    assert.ok(left > 5_000, `left ${left}`);
  });

  it('takes every record of the sample catalogue, and its metadata, as it is', () => {
    for (const { check, records } of cases) for (const record of records) assert.equal(check(record), record);
  });

  it('loads neither zod nor the schema: a valid catalogue is validated without them', async () => {
    // validate-core.ts is what the browser runs first (ingest.ts); bundled, it must not reach them.
    const { metafile } = await build({
      entryPoints: [`${root}src/catalogue/validate-core.ts`],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    assert.ok(inputs.some((path) => path.endsWith('src/catalogue/as-is.generated.ts')));
    assert.deepEqual(
      inputs.filter((path) => path.includes('node_modules/zod') || path.endsWith('src/catalogue/schema.ts')),
      [],
    );
  });

  it('stops, naming what to do, at a check whose function schema-checks.ts does not export', () => {
    const inline = z.object({ id: z.string().check(z.refine((value) => value.length < 9)) });
    assert.throws(
      () => asIsSource({ inlineAsIs: { schema: inline, name: 'inlineSchema' } }, checks, './schema-checks.js'),
      /inlineSchema\.shape\.id\.checks\[0\].*not exported by \.\/schema-checks\.js/,
    );
    // z.trim() brings zod's own function: the schema uses z.overwrite(trim) instead.
    const trimmed = z.object({ id: z.string().check(z.trim()) });
    assert.throws(
      () => asIsSource({ trimmedAsIs: { schema: trimmed, name: 'trimmedSchema' } }, checks, './schema-checks.js'),
      /z\.overwrite\(trim\)/,
    );
    const named = z.object({ id: z.string().check(z.overwrite(checks.trim), z.refine(checks.isCalendarDate)) });
    const source = asIsSource({ namedAsIs: { schema: named, name: 'namedSchema' } }, checks, './schema-checks.js');
    assert.deepEqual(
      source.split('\n').filter((line) => line.startsWith('import')),
      ["import { isCalendarDate, trim } from './schema-checks.js';"],
    );
  });
});
