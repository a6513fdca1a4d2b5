// Every widget in Czech, English and Ukrainian: no Czech interface text left in the other two, no
// term the translator's review rejected (xliff/terms.json), the language taken from the page,
// switched at run time, and axe-clean in each; and the sample catalogue's own texts in English and
// Ukrainian, counted as `pomoc validate --lang-coverage` counts them.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { languageCoverage, type CoveragePart } from '../catalogue/coverage.js';
import { find } from '../catalogue/find.js';
import { loadQueryData } from '../catalogue/query.js';
import { searchIndex } from '../catalogue/search.js';
import { validateCatalogue } from '../catalogue/validate.js';
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

// Terms a resident would misread, which no interface text may use (test/node/terms.test.ts checks
// the files; this checks what a widget shows, code-list labels and national crisis lines included).
let rejected: Record<string, RegExp[]> | undefined;
async function rejectedTerms(lang: string): Promise<RegExp[]> {
  rejected ??= await fetch('/xliff/terms.json')
    .then((response) => response.json())
    .then((terms: { rejected: Record<string, string[]> }) =>
      Object.fromEntries(
        Object.entries(terms.rejected).map(([key, list]) => [key, list.map((term) => new RegExp(term, 'iu'))]),
      ),
    );
  return rejected![lang];
}

describe('languages', () => {
  for (const tag of ['pomoc-finder', 'pomoc-navigator', 'pomoc-map'] as const) {
    for (const lang of ['en', 'uk']) {
      it(`${tag} in ${lang} shows no Czech interface text, and is axe-clean`, async () => {
        const el = await render(tag, lang);
        const text = await allText(el);
        const czech = text.match(new RegExp(`\\S*${CZECH_ONLY.source}\\S*`, 'g'));
        expect(czech, `Czech words in ${lang}`).to.equal(null);
        const misleading = (await rejectedTerms(lang)).filter((term) => term.test(text));
        expect(misleading.map(String), `rejected terms in ${lang}`).to.deep.equal([]);
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

  // The sample's own texts in English and Ukrainian, by part: every resident-facing text is
  // translated; only organisations' proper names ("Charita Podbrdsko") stay Czech, as names do.
  it("the sample catalogue's resident-facing texts are all in English and Ukrainian", async () => {
    const sample = await fetch('/data-schema/examples/sample-catalogue.json').then((response) => response.json());
    const coverage = languageCoverage(validateCatalogue(sample), ['en', 'uk']);
    const ceiling: Record<string, Record<CoveragePart, number>> = {
      en: { situations: 0, crisisLines: 0, services: 0, organizations: 10, locations: 0 },
      uk: { situations: 0, crisisLines: 0, services: 0, organizations: 10, locations: 0 },
    };
    for (const language of coverage) {
      const missing = Object.fromEntries(
        Object.entries(language.parts).map(([part, counts]) => [part, `${counts.missing}/${counts.total}`]),
      );
      console.log(`sample catalogue, texts missing in ${language.lang}:`, JSON.stringify(missing));
      for (const [part, counts] of Object.entries(language.parts)) {
        expect(counts.missing, `${part} missing in ${language.lang}`).to.be.at.most(
          ceiling[language.lang][part as CoveragePart],
        );
      }
    }
  });

  // A Ukrainian types the town as she hears it, in Cyrillic; a Czech on a phone without diacritics
  // or inflected ("v Rokycanech"). Each finds the town of the sample catalogue, and only it.
  it('finds a Czech town typed in Cyrillic, without diacritics or inflected', async () => {
    const sample = validateCatalogue(
      await fetch('/data-schema/examples/sample-catalogue.json').then((response) => response.json()),
    );
    const index = searchIndex(sample);
    await loadQueryData();
    for (const [typed, town] of [
      ['Рокицани', 'Rokycany'],
      ['Мірошов', 'Mirošov'],
      ['Радніце', 'Radnice'],
      ['Збірог', 'Zbiroh'],
      ['mirosov', 'Mirošov'],
      ['v Rokycanech', 'Rokycany'],
    ]) {
      const found = find(index, sample, { text: typed });
      expect(found.town, typed).to.equal(town);
      expect(found.outsideTown, typed).to.not.equal(true);
      expect(found.hits.length, `${typed}: services in ${town}`).to.be.greaterThan(0);
    }
  });
});
