import { expect } from '@open-wc/testing';
import { formatPhone, mailtoHref, telHref, webHref } from './links.js';
import { resolveText } from './text.js';

describe('links from data', () => {
  it('makes web links only from http(s) addresses', () => {
    expect(webHref('https://www.example.cz/sluzby?x=1')).to.equal('https://www.example.cz/sluzby?x=1');
    expect(webHref(' http://example.org ')).to.equal('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '/relative',
      'www.example.cz',
      '',
    ]) {
      expect(webHref(bad), bad).to.equal(undefined);
    }
  });

  it('makes mailto and tel links only from e-mails and phone numbers', () => {
    expect(mailtoHref('info@example.cz')).to.equal('mailto:info@example.cz');
    expect(mailtoHref('info@example.cz?subject=x')).to.equal(undefined);
    expect(mailtoHref('poradna@azyl.cz?bcc=x%40elsewhere.org&subject=x.cz')).to.equal(undefined);
    expect(telHref('+420 371 000 101')).to.equal('tel:+420371000101');
    expect(telHref('116 123')).to.equal('tel:116123');
    expect(telHref('371-000-101')).to.equal(undefined);
  });

  it('formats Czech phone numbers in groups of three', () => {
    expect(formatPhone('+420371000101')).to.equal('+420 371 000 101');
    expect(formatPhone('800200007')).to.equal('800 200 007');
    expect(formatPhone('116 123')).to.equal('116 123');
  });
});

describe('translated texts', () => {
  it('picks the language, then its base, then the catalogue default, then any', () => {
    const text = { cs: 'Dobrý den', en: 'Hello', uk: 'Добрий день' };
    expect(resolveText(text, 'uk-UA', 'cs')).to.deep.equal({ text: 'Добрий день', lang: 'uk' });
    expect(resolveText(text, 'vi', 'cs')).to.deep.equal({ text: 'Dobrý den', lang: 'cs' });
    expect(resolveText({ en: 'Hello' }, 'vi', 'cs')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(resolveText('Dobrý den', 'en', 'cs')).to.deep.equal({ text: 'Dobrý den', lang: 'cs' });
  });
});
