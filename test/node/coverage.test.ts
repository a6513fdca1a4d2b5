// Language coverage: which resident-facing texts a catalogue lacks in each language, by part, as
// `pomoc validate --lang-coverage` reports it to a partner.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { languageCoverage, coverageLanguages } from '../../src/catalogue/coverage.js';
import { validateCatalogue } from '../../src/catalogue/validate.js';
import { main } from '../../src/cli/main.js';

/** One record of each part; Czech is the catalogue's language. */
function tinyCatalogue() {
  return {
    schemaVersion: 1,
    catalogue: { title: 'Katalog', publisher: { name: 'Obec' }, updated: '2026-11-01', language: 'cs' },
    organizations: [{ id: 'org', name: 'Spolek Krok', description: { cs: 'Pomáháme.', en: 'We help.' } }],
    locations: [{ id: 'loc', name: { cs: 'Klubovna', uk: 'Клуб' }, address: { city: 'Rokycany' } }],
    services: [
      {
        id: 'svc',
        organizationId: 'org',
        locationIds: ['loc'],
        name: { cs: 'Dluhová poradna', en: 'Debt advice', uk: 'Допомога з боргами' },
        description: { cs: 'Poradíme s dluhy.', en: 'Help with debts.' },
        fees: 'Zdarma.',
        kind: 'related',
        serviceType: 'dluhove-poradenstvi',
      },
    ],
    situations: [
      {
        id: 'sit',
        title: { cs: 'Dluhy', en: 'Debts', uk: 'Борги' },
        summary: { cs: 'Nestačí peníze.', en: 'Money is short.', uk: 'Бракує грошей.' },
        startQuestionId: 'q',
        questions: [
          {
            id: 'q',
            text: { cs: 'Máte exekuci?', en: 'Do you face enforcement?' },
            answers: [{ label: 'Ano', outcomeId: 'o' }],
          },
        ],
        outcomes: [
          {
            id: 'o',
            title: { cs: 'Poradna', en: 'Advice', uk: 'Консультація' },
            steps: [],
            crisisLineIds: ['linka-116123'],
          },
        ],
      },
    ],
    crisisLines: [
      // A local line, in Czech only: the partner's to translate.
      { id: 'krize', name: 'Krizové centrum', phone: '371 000 000', hours: 'po–pá 8–16' },
      // The national 116 123 in the library's Czech wording: the library's translations fill it in.
      { id: 'linka-116123', name: 'Linka první psychické pomoci', phone: '116 123' },
    ],
  };
}

const parts = (lang: string, data: unknown = tinyCatalogue()) => {
  const report = languageCoverage(validateCatalogue(data)).find((language) => language.lang === lang)!;
  return Object.fromEntries(Object.entries(report.parts).map(([part, c]) => [part, `${c.missing}/${c.total}`]));
};

describe('language coverage', () => {
  it('counts the texts each language lacks, by part; national lines are not the catalogue’s to translate', () => {
    const catalogue = validateCatalogue(tinyCatalogue());
    assert.deepEqual(coverageLanguages(catalogue), ['cs', 'en', 'uk']);
    assert.deepEqual(parts('cs'), {
      situations: '0/5',
      crisisLines: '0/3',
      services: '0/3',
      organizations: '0/2',
      locations: '0/1',
    });
    // Missing in English: the answer "Ano"; the local line's name and hours; the fees (a plain
    // string is Czech); the organisation's name; the location's name.
    assert.deepEqual(parts('en'), {
      situations: '1/5',
      crisisLines: '2/3',
      services: '1/3',
      organizations: '1/2',
      locations: '1/1',
    });
    assert.deepEqual(parts('uk'), {
      situations: '2/5',
      crisisLines: '2/3',
      services: '2/3',
      organizations: '2/2',
      locations: '0/1',
    });
    const en = languageCoverage(catalogue).find((language) => language.lang === 'en')!;
    assert.deepEqual(en.parts.situations.examples, [{ where: 'sit › questions[q] › answers[0] › label', text: 'Ano' }]);
    assert.deepEqual(
      en.parts.crisisLines.examples.map((example) => example.where),
      ['krize › name', 'krize › hours'],
    );
    assert.equal(en.missing, 6);
    assert.equal(en.total, 14);
  });

  it('counts a text without the catalogue’s own language as missing in it, and reports every language used', () => {
    const data = tinyCatalogue();
    data.services[0].description = { en: 'Help with debts.' } as never;
    (data.locations[0].name as Record<string, string>).vi = 'Câu lạc bộ';
    const catalogue = validateCatalogue(data);
    assert.deepEqual(coverageLanguages(catalogue), ['cs', 'en', 'uk', 'vi']);
    assert.equal(parts('cs', data).services, '1/3');
  });

  it('is printed by `pomoc validate --lang-coverage`, with examples, and given in --json', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pomoc-')), 'katalog.json');
    writeFileSync(file, JSON.stringify(tinyCatalogue()));
    const out: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => out.push(line) };
    assert.equal(await main(['validate', file, '--lang', 'en', '--lang-coverage'], io), 0);
    const text = out.join('\n');
    assert.match(text, /language\s+situations\s+crisis lines\s+services\s+organizations\s+locations\s+total/);
    assert.match(text, /cs \(default\)\s+0\/5\s+0\/3\s+0\/3\s+0\/2\s+0\/1\s+0\/14/);
    assert.match(text, /en\s+1\/5\s+2\/3\s+1\/3\s+1\/2\s+1\/1\s+6\/14/);
    assert.match(text, /To translate into uk, for example:\n(.*\n)* {2}crisis lines: krize › name: "Krizové centrum"/);

    out.length = 0;
    assert.equal(await main(['validate', file, '--lang', 'cs', '--lang-coverage'], io), 0);
    assert.match(out.join('\n'), /jazyk\s+situace\s+krizové linky\s+služby\s+organizace\s+místa\s+celkem/);
    assert.match(out.join('\n'), /služby: svc › fees: „Zdarma\.“/);

    out.length = 0;
    await main(['validate', file, '--json', '--lang-coverage'], io);
    const json = JSON.parse(out.join('\n'));
    assert.equal(json.languageCoverage.find((language: { lang: string }) => language.lang === 'uk').missing, 8);

    out.length = 0;
    await main(['validate', file, '--lang', 'en'], io);
    assert.doesNotMatch(out.join('\n'), /resident-facing/);
  });
});
