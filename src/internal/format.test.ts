import { expect } from '@open-wc/testing';
import { formatDate } from './format.js';

describe('formatDate', () => {
  it('writes every month of the interface languages as Intl does, without making a date formatter', () => {
    for (const lang of ['cs', 'en', 'uk']) {
      const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 10, 28]) {
          const iso = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatDate(iso, lang)).to.equal(intl.format(new Date(`${iso}T12:00:00`)), `${lang} ${iso}`);
        }
      }
    }
  });

  it('leaves other languages to Intl, and a text that is no date as it is', () => {
    expect(formatDate('2026-11-01', 'de')).to.equal(
      new Intl.DateTimeFormat('de', { dateStyle: 'long' }).format(new Date('2026-11-01T12:00:00')),
    );
    expect(formatDate('nikdy', 'cs')).to.equal('nikdy');
  });
});
