// The finder answering queries as residents type them, on the sample catalogue (ORP Rokycany):
// a kind and a town in one query, a town with nothing of the kind, colloquial names, a town the
// catalogue does not know, and the ways forward from an empty result, in Czech, English and
// Ukrainian.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PomocFinder } from './finder.component.js';
import './pomoc-finder.js';

const SAMPLE = '/data-schema/examples/sample-catalogue.json';
const CARE_HOMES = ['svc-domov-na-vrsku', 'svc-domov-u-lesa', 'svc-zlaty-podzim-domov'];

const shadow = (el: PomocFinder) => el.shadowRoot!;
/** The ids of the cards in the main results, and in the nearest-elsewhere list. */
const ids = (el: PomocFinder, list = '.results:not(.nearby)') =>
  [...shadow(el).querySelectorAll(`${list} .result h3`)].map((h) => h.id.replace(/^r-/, ''));
const nearbyIds = (el: PomocFinder) => ids(el, '.results.nearby');
const text = (el: PomocFinder, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

async function render(lang = 'cs', attributes = '') {
  const container = document.createElement('div');
  container.innerHTML = `<pomoc-finder src="${SAMPLE}" lang="${lang}" url-state="off" ${attributes}></pomoc-finder>`;
  const el = await fixture<PomocFinder>(container.firstElementChild as PomocFinder);
  await waitUntil(() => shadow(el).querySelector('#q'), 'the catalogue did not load', { timeout: 20000 });
  return el;
}

async function type(el: PomocFinder, query: string) {
  const field = shadow(el).querySelector<HTMLInputElement>('#q')!;
  field.focus();
  field.value = '';
  await sendKeys({ type: query });
  await el.updateComplete;
}

/** The link-like buttons of the answer, by their text. */
const button = (el: PomocFinder, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button.link')].find((b) =>
    b.textContent!.replace(/\s+/g, ' ').includes(label),
  );

describe('<pomoc-finder> understands the query', function () {
  // Each test types several queries character by character into a real field.
  this.timeout(30000);

  it('shows a kind of service in the town typed, then the nearest elsewhere (cs)', async () => {
    const el = await render();
    await type(el, 'pečovatelská služba Radnice');
    expect(text(el, '.results-group')[0]).to.equal('Služby v obci Radnice a pro ni');
    expect(ids(el)[0]).to.equal('svc-pecovatelska-radnice');
    expect(ids(el)).not.to.include('svc-pecovatelska-zbiroh');
    expect(text(el, '.results-group')[1]).to.equal('Nejblíže mimo obec Radnice');
    expect(nearbyIds(el).length).to.be.greaterThan(0);
    for (const id of nearbyIds(el)) expect(id).to.match(/pecovatelska/);
    const distances = text(el, '.results.nearby .distance');
    expect(distances[0]).to.match(/^přibližně [\d,]+ km$/);
    await expect(el).to.be.accessible();
  });

  it('says a town has nothing of the kind and offers the nearest, with distances (cs)', async () => {
    const el = await render();
    await type(el, 'domov pro seniory Hrádek');
    expect(text(el, '.town-notice')).to.deep.equal(['V obci Hrádek jsme nic takového nenašli.']);
    expect(ids(el)).to.deep.equal([]);
    expect(nearbyIds(el).sort()).to.deep.equal([...CARE_HOMES].sort());
    const km = text(el, '.results.nearby .distance').map((d) => Number(d.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(km).to.deep.equal([...km].sort((a, b) => a - b));
    const status = shadow(el).querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.includes('V obci Hrádek nic. Nejblíže: 3 služby.'), 'not announced');
    await expect(el).to.be.accessible();
  });

  it('finds homes for older people by the name everyone uses (cs synonym)', async () => {
    const el = await render();
    await type(el, 'domov důchodců');
    expect(ids(el).sort()).to.deep.equal([...CARE_HOMES].sort());
    await type(el, 'DPS');
    expect(ids(el)).to.include('svc-mesto-bydleni');
    expect(ids(el)).to.include('svc-pecovatelska-rokycany');
  });

  it('never shows another town for a town the catalogue does not know, and suggests the near one', async () => {
    const el = await render();
    await type(el, 'Koryčany');
    await waitUntil(() => text(el, '.town-notice').length > 0, 'no notice');
    expect(ids(el)).to.deep.equal([]);
    expect(text(el, '.town-notice')[0]).to.contain('„Koryčany“ v tomto katalogu není.');
    button(el, 'Rokycany')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLInputElement>('#q')!.value).to.equal('Rokycany');
    expect(ids(el).length).to.be.greaterThan(10);

    await type(el, 'Plzeň');
    expect(text(el, '.town-notice')).to.deep.equal(['Tento katalog obec Plzeň nepokrývá.']);
    expect(ids(el)).to.deep.equal([]);
    expect(nearbyIds(el).length).to.be.greaterThan(0);
  });

  it('says which word it searched for a mistyped one (cs, en)', async () => {
    const el = await render();
    await type(el, 'noclehrna');
    await waitUntil(() => ids(el).length > 0, 'nothing found');
    expect(ids(el)).to.deep.equal(['svc-charita-nocleharna']);
    expect(text(el, '.hint')).to.include('Hledáme „noclehárna“ místo „noclehrna“.');
    el.lang = 'en';
    await waitUntil(
      () => text(el, '.hint').includes('Searching for “noclehárna” instead of “noclehrna”.'),
      'not said in English',
    );
  });

  it('offers the ways forward from an empty result, with their counts (cs)', async () => {
    const el = await render();
    await type(el, 'pečovatelská xyzzy');
    expect(ids(el)).to.deep.equal([]);
    const word = button(el, 'bez slova „xyzzy“')!;
    expect(word.textContent).to.match(/\(5 služeb\)/);
    word.click();
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLInputElement>('#q')!.value).to.equal('pečovatelská');
    expect(ids(el)).to.include('svc-pecovatelska-radnice');

    await type(el, 'domov pro seniory');
    const free = [...shadow(el).querySelectorAll('label.check')].find((l) => l.textContent!.trim() === 'zdarma')!;
    free.querySelector('input')!.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([]);
    button(el, 'bez filtru „zdarma“ (3 služby)')!.click();
    await el.updateComplete;
    expect(ids(el).sort()).to.deep.equal([...CARE_HOMES].sort());
    await expect(el).to.be.accessible();
  });

  it('answers in English: a kind in a town, and a way forward', async () => {
    const el = await render('en');
    await type(el, 'care home Mýto');
    expect(text(el, '.results-group')[0]).to.equal('Services in and for Mýto');
    expect(ids(el)).to.deep.equal(['svc-zlaty-podzim-domov']);
    await type(el, 'night shelter Radnice');
    expect(text(el, '.town-notice')).to.deep.equal(['We found nothing like this in Radnice.']);
    expect(nearbyIds(el)).to.deep.equal(['svc-charita-nocleharna']);
    await type(el, 'night shelter xyzzy');
    expect(button(el, 'without the word “xyzzy”')!.textContent).to.contain('(1 service)');
    await expect(el).to.be.accessible();
  });

  it('answers in Ukrainian: a kind and a town in Cyrillic, a group of people, and the nearest', async () => {
    const el = await render('uk');
    await type(el, 'будинок для літніх Мірошов');
    expect(text(el, '.results-group')[0]).to.equal('Послуги в населеному пункті Mirošov і для нього');
    expect(ids(el)).to.deep.equal(['svc-domov-u-lesa']);
    await type(el, 'бездомні');
    expect(ids(el)).to.include('svc-charita-nocleharna');
    await type(el, 'будинок для літніх Hrádek');
    expect(text(el, '.town-notice')).to.deep.equal(['У населеному пункті Hrádek нічого такого не знайшли.']);
    expect(text(el, '.results-group')).to.deep.equal(['Найближче поза населеним пунктом Hrádek']);
    expect(nearbyIds(el).sort()).to.deep.equal([...CARE_HOMES].sort());
    await type(el, 'психолог xyzzy');
    expect(button(el, 'без слова «xyzzy»')).not.to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it("finds a catalogue's own word for a kind of service, next to the library's", async () => {
    // A town's residents still call its home for older people by the name of the old pension.
    const data = await (await fetch(SAMPLE)).json();
    data.synonyms = [
      {
        id: 'syn-bozenka',
        terms: ['Penzion Boženka', 'Boženka'],
        serviceTypes: ['domovy-pro-seniory'],
        note: 'The home in Mýto was the pension "Boženka" until 2012; the town still says so.',
      },
      // Broken: leads nowhere. Reported and skipped; the rest of the catalogue still shows.
      { id: 'syn-broken', terms: ['nikam'] },
    ];
    const src = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const container = document.createElement('div');
    container.innerHTML = `<pomoc-finder src="${src}" lang="cs" url-state="off"></pomoc-finder>`;
    const el = await fixture<PomocFinder>(container.firstElementChild as PomocFinder);
    await waitUntil(() => shadow(el).querySelector('#q'), 'the catalogue did not load', { timeout: 20000 });
    await type(el, 'bozenka');
    expect(ids(el).sort()).to.deep.equal([...CARE_HOMES].sort());
    await type(el, 'domov důchodců');
    expect(ids(el).sort()).to.deep.equal([...CARE_HOMES].sort());
  });

  it('finds for a topic the services that speak of it in other words (exekuce → dluhy, oddlužení)', async () => {
    // The family counselling of the sample also helps with debts, in its own words, never "exekuce".
    const data = await (await fetch(SAMPLE)).json();
    const family = data.services.find((service: { id: string }) => service.id === 'svc-prameny-poradna');
    family.description = { cs: 'Pomůžeme vám s dluhy, se splátkovým kalendářem a s návrhem na oddlužení.' };
    family.tags = [];
    const src = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const container = document.createElement('div');
    container.innerHTML = `<pomoc-finder src="${src}" lang="cs" url-state="off"></pomoc-finder>`;
    const el = await fixture<PomocFinder>(container.firstElementChild as PomocFinder);
    await waitUntil(() => shadow(el).querySelector('#q'), 'the catalogue did not load', { timeout: 20000 });
    await type(el, 'exekuce');
    expect(ids(el)).to.include('svc-charita-poradna');
    expect(ids(el)).to.include('svc-prameny-poradna');
    // Debt counselling and the centre that says "exekuce" come before one that only speaks of debts.
    expect(ids(el).indexOf('svc-charita-poradna')).to.be.lessThan(ids(el).indexOf('svc-prameny-poradna'));
  });

  for (const [lang, example] of [
    ['cs', 'pečovatelka Radnice'],
    ['en', 'home care Radnice'],
    ['uk', 'служба догляду вдома Радніце'],
  ]) {
    it(`gives an example in its hint that works as typed (${lang})`, async () => {
      const el = await render(lang);
      expect(text(el, '#q-hint')[0]).to.contain(example);
      await type(el, example);
      expect(ids(el)[0]).to.equal('svc-pecovatelska-radnice');
      expect(ids(el)).not.to.include('svc-pecovatelska-zbiroh');
    });
  }
});

describe('a query answered in slices (a keystroke that takes more than a frame)', () => {
  it('shows and announces only the last of the letters typed, when the first was answered in slices', async () => {
    const el = await render();
    const searches: { query: string; count: number; serviceIds: string[] }[] = [];
    el.addEventListener('pomoc-search', (event) => searches.push((event as CustomEvent).detail));
    // The resident reaches for the field: the synonyms and towns load. The first query after
    // them builds the query understanding, so it is answered in slices.
    shadow(el).querySelector<HTMLInputElement>('#q')!.focus();
    await new Promise((resolve) => setTimeout(resolve, 800));
    await type(el, 'pe');
    // The announcement and the event come 700 ms after the results.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await el.updateComplete;
    // (The first results' own announcement, of no query, may come first.)
    const typed = searches.filter((search) => search.query !== '');
    expect(typed.map((search) => search.query)).to.deep.equal(['pe']);
    const [{ count, serviceIds }] = typed;
    expect(count).to.be.within(1, 72);
    expect(text(el, '.count')[0]).to.contain(String(count));
    expect(ids(el)).to.deep.equal(serviceIds.slice(0, ids(el).length));
    // What "pe" finds typed on its own, once the letters before it are answered.
    const other = await render();
    await type(other, 'p');
    await type(other, 'pe');
    expect(ids(other)).to.deep.equal(ids(el));
  });

  it('gives the answer it gives at once: matches, the nearest elsewhere, what it understood', async () => {
    const { answer, loadQueryData } = await import('./finder.typed.js');
    const { SearchIndex } = await import('../../catalogue/search.js');
    const { validateCatalogue } = await import('../../catalogue/validate.js');
    await loadQueryData();
    // The sample's services 40 times over (2,920): one letter's search takes several steps.
    const sample = await (await fetch(SAMPLE)).json();
    const services = Array.from({ length: 40 }, (_, copy) =>
      sample.services.map((service: { id: string }) => ({ ...service, id: `${service.id}-${copy}` })),
    ).flat();
    const catalogue = validateCatalogue({ ...sample, services });
    type Found = Awaited<ReturnType<typeof answer>>;
    const summary = (found: Found) => ({
      hits: found.hits.map((hit) => hit.id),
      nearby: found.nearby.map((hit) => [hit.id, hit.km]),
      town: found.town,
      understood: found.understood,
      corrections: found.corrections,
      relaxations: found.relaxations,
    });
    const atOnce = new SearchIndex(catalogue);
    const inSlices = new SearchIndex(catalogue);
    // A fresh index's first query after the first results: its query understanding is built in a
    // task of its own, even with time left in the frame; not for the first results themselves.
    const building = answer(inSlices, catalogue, { text: 'domov' }, () => true, false);
    expect(building).to.be.instanceOf(Promise);
    expect((await building).hits.length).to.be.greaterThan(0);
    expect(answer(new SearchIndex(catalogue), catalogue, { text: 'domov' }, () => true, true)).not.to.be.instanceOf(
      Promise,
    );
    for (const text of [
      'p',
      'pečovatelská služba Radnice',
      'domov pro seniory',
      'hosipc',
      'azylový dům Zbiroh',
      'xyzzy',
    ]) {
      const now = answer(atOnce, catalogue, { text }, () => true, true);
      expect(now, text).not.to.be.instanceOf(Promise);
      const later = answer(inSlices, catalogue, { text }, () => false, false);
      // One letter reaches most of the services: never at once when there is no time left.
      if (text === 'p') expect(later, text).to.be.instanceOf(Promise);
      expect(summary(await later), text).to.deep.equal(summary(now as Found));
    }
    // Not empty answers compared: a kind in a town, with the nearest elsewhere.
    const found = (await answer(
      inSlices,
      catalogue,
      { text: 'pečovatelská služba Radnice' },
      () => false,
      false,
    )) as Found;
    expect(found.hits[0].id).to.match(/^svc-pecovatelska-radnice-/);
    expect(found.nearby.length).to.be.greaterThan(0);
    expect(found.understood.towns).to.deep.equal(['Radnice']);
  });
});
