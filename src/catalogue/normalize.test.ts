import { expect } from '@open-wc/testing';
import { czechSortKey, normalize, tokenize } from './normalize.js';

describe('text for search', () => {
  it('folds case, diacritics and punctuation in any script', () => {
    expect(tokenize('Pečovatelská služba – Žižkov, §40!')).to.deep.equal(['pecovatelska', 'sluzba', 'zizkov', '40']);
    expect(tokenize('Служба догляду „Надія“')).to.deep.equal(['служба', 'догляду', 'надія']);
    expect(tokenize('Dịch vụ xã hội')).to.deep.equal(['dich', 'vu', 'xa', 'hoi']);
    expect(normalize('  ÚŘAD   práce ')).to.equal('urad prace');
  });

  it('sorts in Czech alphabetical order', () => {
    const towns = ['Žirovnice', 'Chotěboř', 'Hradec', 'Cheb', 'Čáslav', 'Cerhenice', 'Ďáblice', 'Dobříš'];
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
