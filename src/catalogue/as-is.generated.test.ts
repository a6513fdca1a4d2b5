import { expect } from '@open-wc/testing';
import { smallCatalogue } from '../../test/fixtures/catalogue.js';
import { locationAsIs, organizationAsIs, serviceAsIs } from './as-is.generated.js';
import { locationSchema, organizationSchema, serviceSchema } from './schema.js';

// Values that break, change or keep a field, in kinds zod treats differently.
const VALUES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'text',
  ' text ',
  '00259951',
  '00259952',
  '+420 371 000 123',
  'https://www.example.cz/',
  'mailto:a@example.cz',
  'a@example.cz',
  '2026-02-30',
  '2026-11-01',
  '24:00',
  'social',
  'seniori',
  0,
  -1,
  1.5,
  49.7,
  true,
  [],
  [''],
  ['seniori'],
  [{ number: '+420 371 000 123' }],
  [{ number: '+420 371 000 123', extra: 1 }],
  {},
  { cs: 'text' },
  { cs: ' text' },
  { ' cs': 'text' },
  { cs: '' },
  { hours: [{ days: ['mo'], opens: '08:00', closes: '08:00' }] },
  { hours: [{ days: ['mo'], opens: '08:00', closes: '16:00' }], extra: true },
  { city: 'Rokycany' },
  { city: ' Rokycany' },
];

describe('the generated fast path of validation', () => {
  const cases = [
    { schema: serviceSchema, check: serviceAsIs, records: smallCatalogue().services },
    { schema: organizationSchema, check: organizationAsIs, records: smallCatalogue().organizations },
    { schema: locationSchema, check: locationAsIs, records: smallCatalogue().locations },
  ];

  it('takes a record only when zod would give the same record, for every field and kind of value', () => {
    let taken = 0;
    let left = 0;
    for (const { schema, check, records } of cases) {
      for (const record of records) {
        const keys = [...Object.keys(schema.def.shape), 'unknown'];
        for (const key of keys) {
          for (const value of VALUES) {
            const changed: Record<string, unknown> = { ...record, [key]: value };
            if (value === undefined) delete changed[key];
            const result = check(changed);
            const parsed = schema.safeParse(changed);
            if (result === undefined) {
              left++;
              continue;
            }
            taken++;
            expect(parsed.success, `${key}: ${JSON.stringify(value)}`).to.equal(true);
            expect(result, `${key}: ${JSON.stringify(value)}`).to.deep.equal(parsed.data);
          }
        }
      }
    }
    // Both ways are taken: the check is neither always nor never sure.
    expect(taken).to.be.greaterThan(100);
    expect(left).to.be.greaterThan(100);
  });

  it('gives the record itself, or a copy without unknown fields', () => {
    const [service] = smallCatalogue().services;
    expect(serviceAsIs(service)).to.equal(service);
    const copy = serviceAsIs({ ...service, note: 'internal' });
    expect(copy).to.deep.equal(service);
    expect(copy).to.not.have.property('note');
  });

  it('leaves to zod text to trim and unknown keys inside a record', () => {
    const [service] = smallCatalogue().services;
    expect(serviceAsIs({ ...service, name: ' Pečovatelská služba ' })).to.equal(undefined);
    expect(serviceAsIs({ ...service, phones: [{ number: '+420 371 000 123', type: 'mobile' }] })).to.equal(undefined);
  });
});
