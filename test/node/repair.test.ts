// The repairs of real registry values (src/catalogue/repair.ts) and how validation reports them:
// what is unambiguous is repaired with a warning that names the record and the value; what is not
// is left out with the true reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue } from '../../src/catalogue/messages.js';
import { repairWebAddress, splitEmailField, splitPhoneField } from '../../src/catalogue/repair.js';
import { validateCatalogue } from '../../src/catalogue/validate.js';
import { smallCatalogue } from '../fixtures/catalogue.js';

describe('repairs of contact values', () => {
  it('adds the scheme a web address lacks, and corrects a mistyped one', () => {
    assert.deepEqual(repairWebAddress('www.charita.cz'), { value: 'https://www.charita.cz', code: 'url-scheme-added' });
    assert.deepEqual(repairWebAddress('pisek.cz/socialni-sluzby'), {
      value: 'https://pisek.cz/socialni-sluzby',
      code: 'url-scheme-added',
    });
    assert.deepEqual(repairWebAddress('http//www.dps-trebon.cz'), {
      value: 'http://www.dps-trebon.cz',
      code: 'url-scheme-fixed',
    });
    assert.deepEqual(repairWebAddress('https:/x.cz'), { value: 'https://x.cz', code: 'url-scheme-fixed' });
    // Nothing to repair, or no single reading.
    assert.equal(repairWebAddress('https://www.charita.cz'), undefined);
    assert.equal(repairWebAddress('javascript:alert(1)'), undefined);
    assert.equal(repairWebAddress('info@charita.cz'), undefined);
    assert.equal(repairWebAddress('viz web obce'), undefined);
  });

  it('splits two phone numbers written in one field, and only Czech numbers without a separator', () => {
    assert.deepEqual(splitPhoneField('725 548 776 725 179 013'), ['725 548 776', '725 179 013']);
    assert.deepEqual(splitPhoneField('+420 725 548 776 +420725179013'), ['+420 725 548 776', '+420 725 179 013']);
    assert.deepEqual(splitPhoneField('381 212 345, 602 111 222'), ['381 212 345', '602 111 222']);
    assert.equal(splitPhoneField('+420 381 212 345'), undefined);
    assert.equal(splitPhoneField('38 12 12 345 60 21'), undefined);
    assert.equal(splitPhoneField('381 212 345 kl. 12'), undefined);
  });

  it('splits two e-mail addresses written in one field', () => {
    assert.deepEqual(splitEmailField('info@charita.cz, reditel@charita.cz'), {
      values: ['info@charita.cz', 'reditel@charita.cz'],
      code: 'emails-split',
    });
    assert.equal(splitEmailField('info@charita.cz'), undefined);
    assert.equal(splitEmailField('info@charita.cz, není'), undefined);
  });
});

describe('validation with repairs', () => {
  it('keeps repaired values, warns naming the record and value, and drops only what it cannot read', () => {
    const data = smallCatalogue();
    const service = data.services[0] as Record<string, unknown>;
    service.url = 'www.charita.cz';
    service.email = 'a@charita.cz; b@charita.cz';
    service.phones = [
      { number: '725 548 776 725 179 013', description: 'recepce' },
      { number: '381 21 23 45 67 89 12' },
    ];
    const catalogue = validateCatalogue(data, { today: '2026-12-01' });
    const kept = catalogue.serviceById.get(String(service.id))!;
    assert.equal(kept.url, 'https://www.charita.cz');
    assert.equal(kept.email, 'a@charita.cz');
    assert.deepEqual(kept.emails, [{ address: 'b@charita.cz' }]);
    assert.deepEqual(kept.phones, [
      { number: '725 548 776', description: 'recepce' },
      { number: '725 179 013', description: 'recepce' },
    ]);
    const lines = catalogue.issues.map((issue) => `${issue.severity} ${formatIssue(issue, 'en')}`);
    assert.ok(
      lines.includes(
        `warning services[0].url (${service.id}): the web address "www.charita.cz" has no http(s):// – added: https://www.charita.cz`,
      ),
      lines.join('\n'),
    );
    assert.ok(
      lines.some(
        (line) => line.startsWith('warning services[0].phones[0].number') && line.includes('725 548 776 | 725 179 013'),
      ),
    );
    // Too long for one number and not two Czech ones: left out, and the message says it is the length.
    assert.ok(
      lines.includes(
        `error services[0].phones[2].number (${service.id}): the phone number is too long or too short for one number (at most 20 characters); if the field holds several numbers, write each on its own (value "381 21 23 45 67 89 12"); the value was left out`,
      ),
      lines.join('\n'),
    );
  });

  it('does not show a service past its end, and says so', () => {
    const data = smallCatalogue();
    (data.services[0] as Record<string, unknown>).validTo = '2026-11-30';
    (data.services[1] as Record<string, unknown>).validTo = '2026-12-01';
    const catalogue = validateCatalogue(data, { today: '2026-12-01' });
    assert.equal(catalogue.serviceById.has(data.services[0].id), false);
    assert.equal(catalogue.serviceById.has(data.services[1].id), true);
    const [ended] = catalogue.issues.filter((issue) => issue.code === 'service-ended');
    assert.equal(ended.severity, 'warning');
    assert.equal(
      formatIssue(ended, 'cs'),
      `services[0].validTo (${data.services[0].id}): služba skončila 2026-11-30 (validTo); widgety ji nezobrazí`,
    );
  });

  it('reads every version-1 file as before, and version 1.1', () => {
    const v1 = smallCatalogue();
    assert.equal(v1.schemaVersion, 1);
    const before = validateCatalogue(structuredClone(v1));
    const after = validateCatalogue({ ...structuredClone(v1), schemaVersion: 1.1 });
    assert.deepEqual(after.services, before.services);
    assert.throws(() => validateCatalogue({ ...v1, schemaVersion: 2 }), /reads versions 1 and 1.1/);
  });
});
