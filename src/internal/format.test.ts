import { expect } from '@open-wc/testing';
import { formatCount, formatDate, joinList, placesCount, servicesCount } from './format.js';

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

describe('counts and lists', () => {
  it('chooses the plural form of every count as Intl.PluralRules does', () => {
    // The message of each form, as the interface shows it, compared with the one Intl chooses.
    const forms: Record<string, string[]> = {};
    for (const lang of ['cs', 'en', 'uk']) {
      const rules = new Intl.PluralRules(lang);
      for (const n of [...Array(260).keys(), 1000, 1001, 1002, 1011, 1012, 1021, 1022, 1111, 100000]) {
        const ours = servicesCount(n, lang);
        (forms[`${lang} ${rules.select(n)}`] ??= []).push(`${n}:${ours.replace(/[\d\s\u00a0,]/g, '')}`);
        expect(placesCount(n, lang)).to.include(servicesCount(n, lang).match(/^\S+/)![0]);
      }
    }
    // Within a language, every count of one Intl form got the same message, and different forms different ones.
    for (const lang of ['cs', 'en', 'uk']) {
      const words = Object.entries(forms)
        .filter(([key]) => key.startsWith(`${lang} `))
        .map(([key, list]) => [key, new Set(list.map((item) => item.split(':')[1]))] as const);
      for (const [key, set] of words) expect(set.size, key).to.equal(1);
      const all = words.map(([, set]) => [...set][0]);
      expect(new Set(all).size, lang).to.equal(all.length);
    }
  });

  it('writes every count as Intl.NumberFormat does, thousands grouped, without making one', () => {
    const counts = [0, 1, 9, 10, 999, 1000, 1001, 9999, 10000, 12345, 99999, 100000, 123456, 999999, 1000000];
    for (let n = 1234567; n < Number.MAX_SAFE_INTEGER / 10; n *= 10) counts.push(n, n + 1);
    for (const lang of ['cs', 'en', 'uk', 'de']) {
      const intl = new Intl.NumberFormat(lang);
      for (const n of [...counts, 2.5, -1200]) expect(formatCount(n, lang), `${lang} ${n}`).to.equal(intl.format(n));
    }
    // What a resident reads: a national catalogue's count in Czech, a no-break space between thousands.
    expect(servicesCount(20000, 'cs')).to.equal('20\u00a0000 služeb');
    expect(formatCount(20000, 'en')).to.equal('20,000');
  });

  it('joins lists of every length as Intl.ListFormat does, without making one', () => {
    const items = ['senioři', 'rodiny s dětmi', 'lidé bez domova', 'osoby se zdravotním postižením', 'cizinci'];
    for (const lang of ['cs', 'en', 'uk', 'de']) {
      const intl = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
      for (let length = 0; length <= items.length; length++) {
        expect(joinList(items.slice(0, length), lang), `${lang} ${length}`).to.equal(
          intl.format(items.slice(0, length)),
        );
      }
    }
  });
});
