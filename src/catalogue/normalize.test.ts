import { expect } from '@open-wc/testing';
import { czechSortKey, Lexicon, normalize, normalizeName, tokenize } from './normalize.js';

describe('text for search', () => {
  it('folds case, diacritics and punctuation in any script', () => {
    expect(tokenize('Pečovatelská služba – Žižkov, §40!')).to.deep.equal(['pecovatelska', 'sluzba', 'zizkov', '40']);
    expect(tokenize('Служба догляду „Надія“')).to.deep.equal(['служба', 'догляду', 'надія']);
    expect(tokenize('Dịch vụ xã hội')).to.deep.equal(['dich', 'vu', 'xa', 'hoi']);
    expect(normalize('  ÚŘAD   práce ')).to.equal('urad prace');
  });

  it('folds a name as normalize does, the second time from memory', () => {
    for (const name of ['Praha 6', 'Ústí nad Labem', 'Frýdek-Místek', 'Nové Město na Moravě', 'Ústí nad Labem']) {
      expect(normalizeName(name)).to.equal(normalize(name));
    }
  });

  it('sorts in Czech alphabetical order', () => {
    const towns = ['Žirovnice', 'Chotěboř', 'Hradec', 'Cheb', 'Čáslav', 'Cerhenice', 'Ďáblice', 'Dobříš'];
    expect(czechSortKey('CHOTĚBOŘ')).to.equal(czechSortKey('Chotěboř'));
    // Σ ends a word as ς: the whole text is lower-cased for it.
    expect(czechSortKey('ΣΟΦΙΑΣ')).to.equal('σοφια\u03c2');
    const sorted = [...towns].sort((a, b) => (czechSortKey(a) < czechSortKey(b) ? -1 : 1));
    expect(sorted).to.deep.equal([
      'Cerhenice',
      'Čáslav',
      'Ďáblice',
      'Dobříš',
      'Hradec',
      'Cheb',
      'Chotěboř',
      'Žirovnice',
    ]);
  });
});

describe('Lexicon', () => {
  it('reads the same words as tokenize, numbering each word once', () => {
    const texts = [
      'Pečovatelská služba – Žižkov, §40!',
      'PEČOVATELSKÁ SLUŽBA pro seniory',
      'Служба догляду „Надія“ ЇЖАК',
      'Dịch vụ xã hội',
      // Letters whose lower case depends on more than themselves, or takes two units.
      'ΟΔΟΣ ΣΟΦΙΑΣ',
      'İstanbul',
      '한국어 서비스',
      'e\u0301 x\u0308y',
      'x'.repeat(10_000),
      '',
    ];
    const lexicon = new Lexicon();
    for (const text of texts) {
      const count = lexicon.read(text);
      const words = Array.from(lexicon.ids.subarray(0, count), (id) => lexicon.words[id]);
      expect(words, text.slice(0, 40)).to.deep.equal(tokenize(text));
    }
    expect(new Set(lexicon.words).size).to.equal(lexicon.words.length);
    expect(lexicon.words[lexicon.find('sluzba')]).to.equal('sluzba');
    expect(lexicon.find('nowhere')).to.equal(-1);
  });
});
