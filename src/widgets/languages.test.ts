// Every widget in Czech, English and Ukrainian: no Czech interface text left in the other two,
// the language taken from the page, switched at run time, and axe-clean in each.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { smallCatalogue } from '../../test/fixtures/catalogue.js';
import type { PomocFinder } from './finder/finder.component.js';
import type { PomocMap } from './map/map.component.js';
import type { PomocNavigator } from './navigator/navigator.component.js';
import './finder/pomoc-finder.js';
import './map/pomoc-map.js';
import './navigator/pomoc-navigator.js';

// Letters Czech has and neither English nor Ukrainian: interface text with them is untranslated.
const CZECH_ONLY = /[ěščřžůňťďĚŠČŘŽŮŇŤĎ]/;

// The catalogue's own texts without diacritics, so that only interface text can trip the check.
const asciiCatalogue = () =>
  JSON.parse(
    JSON.stringify(smallCatalogue())
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  ) as ReturnType<typeof smallCatalogue>;

const url = (data: unknown) => URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

type Widget = PomocFinder | PomocNavigator | PomocMap;
type Tag = 'pomoc-finder' | 'pomoc-navigator' | 'pomoc-map';

async function render(tag: Tag, lang: string, extra = ''): Promise<Widget> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const tiles = tag === 'pomoc-map' ? 'tile-url="/test/fixtures/map-tiles/blank.png?{z}/{x}/{y}"' : '';
  wrapper.innerHTML = `<${tag} src="${url(asciiCatalogue())}" url-state="off" ${tiles} ${extra}></${tag}>`;
  await fixture(wrapper);
  const el = wrapper.firstElementChild as Widget;
  await waitUntil(() => el.shadowRoot?.querySelector('.results, .situations, .leaflet-marker-icon'), 'not loaded', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

/** The widget's visible text, with every detail, disclosure and option open. */
async function allText(el: Widget) {
  el.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
  el.shadowRoot!.querySelector<HTMLButtonElement>('.details-toggle')?.click();
  // The map: a popup open, then the list view, so that both are read.
  el.shadowRoot!.querySelector<HTMLElement>('.leaflet-marker-icon')?.click();
  el.shadowRoot!.querySelector<HTMLButtonElement>('.mode:last-child')?.click();
  await el.updateComplete;
  const texts = [el.shadowRoot!.textContent ?? ''];
  el.shadowRoot!.querySelectorAll('[aria-label], [placeholder]').forEach((node) => {
    texts.push(node.getAttribute('aria-label') ?? '', node.getAttribute('placeholder') ?? '');
  });
  return texts.join(' ').replace(/\s+/g, ' ');
}

describe('languages', () => {
  for (const tag of ['pomoc-finder', 'pomoc-navigator', 'pomoc-map'] as const) {
    for (const lang of ['en', 'uk']) {
      it(`${tag} in ${lang} shows no Czech interface text, and is axe-clean`, async () => {
        const el = await render(tag, lang);
        const text = await allText(el);
        const czech = text.match(new RegExp(`\\S*${CZECH_ONLY.source}\\S*`, 'g'));
        expect(czech, `Czech words in ${lang}`).to.equal(null);
        if (tag === 'pomoc-map') expect(text).to.match(lang === 'en' ? /On the map: 2 places/ : /На мапі: 2 місця/);
        await expect(el).to.be.accessible();
      });
    }

    it(`${tag} speaks Czech on a Czech page, and switches when the page does`, async () => {
      const el = await render(tag, 'cs');
      expect(await allText(el)).to.match(CZECH_ONLY);
      (el.parentElement as HTMLElement).lang = 'uk';
      await waitUntil(() => !CZECH_ONLY.test(el.shadowRoot!.textContent!), 'did not switch to Ukrainian', {
        timeout: 3000,
      });
      expect(el.shadowRoot!.textContent).to.match(/[а-яіїєґ]/i);
      (el.parentElement as HTMLElement).lang = 'cs';
      await waitUntil(() => CZECH_ONLY.test(el.shadowRoot!.textContent!), 'did not switch back to Czech');
    });
  }

  it('declares the language its interface text is really in', async () => {
    const finder = await render('pomoc-finder', 'cs');
    const navigator = await render('pomoc-navigator', 'en');
    // One interface language per page: the last to ask wins, and both speak it and say so.
    await waitUntil(() => !CZECH_ONLY.test(finder.shadowRoot!.querySelector('.results')!.textContent!));
    await finder.updateComplete;
    expect(finder.shadowRoot!.querySelector('section')!.lang).to.equal('en');
    expect(navigator.shadowRoot!.querySelector('section')!.lang).to.equal('en');
  });

  it('takes the language from <html lang> and offers a language switch', async () => {
    const pageLang = document.documentElement.lang;
    document.documentElement.lang = 'en';
    try {
      const container = document.createElement('div');
      container.innerHTML = `<pomoc-finder src="${url(asciiCatalogue())}" url-state="off" languages="cs en uk"></pomoc-finder>`;
      await fixture(container);
      const el = container.firstElementChild as PomocFinder;
      await waitUntil(() => el.shadowRoot?.querySelector('.results'), 'not loaded', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.not.match(CZECH_ONLY);
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.languages button')];
      expect(buttons.map((b) => [b.textContent!.trim(), b.lang, b.getAttribute('aria-pressed')])).to.deep.equal([
        ['Čeština', 'cs', 'false'],
        ['English', 'en', 'true'],
        ['Українська', 'uk', 'false'],
      ]);
      buttons[0].click();
      await waitUntil(() => CZECH_ONLY.test(el.shadowRoot!.querySelector('.results')!.textContent!), 'no Czech');
      expect(el.getAttribute('lang')).to.equal('cs');
    } finally {
      document.documentElement.lang = pageLang;
    }
  });

  it("switches the whole page from any widget's switch, whichever widget switched last", async () => {
    const container = document.createElement('div');
    container.lang = 'cs';
    const data = url(asciiCatalogue());
    container.innerHTML = `<pomoc-finder src="${data}" url-state="off" languages="cs en uk"></pomoc-finder>
      <pomoc-navigator src="${data}" url-state="off" languages="cs en uk"></pomoc-navigator>`;
    await fixture(container);
    const [finder, navigator] = [...container.children] as Widget[];
    await waitUntil(() => navigator.shadowRoot?.querySelector('.situations'), 'not loaded', { timeout: 5000 });
    const heading = (el: Widget) => el.shadowRoot!.querySelector('h2')!.textContent!;
    const press = async (el: Widget, lang: string) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>(`.languages button[lang="${lang}"]`)!.click();
      await waitUntil(
        () => [finder, navigator].every((w) => w.shadowRoot!.querySelector('section')!.lang === lang),
        `not switched to ${lang}`,
      );
      await Promise.all([finder.updateComplete, navigator.updateComplete]);
    };
    await press(finder, 'en');
    expect(heading(finder)).to.not.match(CZECH_ONLY);
    expect(heading(navigator)).to.not.match(CZECH_ONLY);
    // The navigator asked for Czech all along (its container's lang): its switch still works.
    await press(navigator, 'cs');
    expect(heading(navigator)).to.match(CZECH_ONLY);
    await press(navigator, 'uk');
    // The finder asked for English before: asking again switches the page back.
    await press(finder, 'en');
    expect(navigator.shadowRoot!.querySelector('.languages button[lang="en"]')!.getAttribute('aria-pressed')).to.equal(
      'true',
    );
  });
});
