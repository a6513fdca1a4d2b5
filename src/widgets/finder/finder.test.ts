import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { smallCatalogue } from '../../../test/fixtures/catalogue.js';
import { loadCatalogue, whenSearchable } from '../../catalogue/loader.js';
import type { PomocFinder } from './finder.component.js';
import './pomoc-finder.js';

const catalogueUrl = (data: unknown = smallCatalogue()) =>
  URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

const shadow = (el: PomocFinder) => el.shadowRoot!;
const names = (el: PomocFinder) => [...shadow(el).querySelectorAll('.result h3')].map((h) => h.textContent!.trim());
const input = (el: PomocFinder) => shadow(el).querySelector<HTMLInputElement>('#q')!;

async function ready(el: PomocFinder) {
  // The first load also has the dev server compile the validator's chunk: seconds on a busy machine.
  await waitUntil(() => shadow(el).querySelector('#q'), 'the catalogue did not load', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

async function render(src = catalogueUrl(), attributes = '') {
  const container = document.createElement('div');
  container.innerHTML = `<pomoc-finder src="${src}" ${attributes}></pomoc-finder>`;
  const el = await fixture<PomocFinder>(container.firstElementChild as PomocFinder);
  return ready(el);
}

async function type(el: PomocFinder, text: string) {
  const field = input(el);
  field.focus();
  field.value = '';
  await sendKeys({ type: text });
  await el.updateComplete;
}

const select = async (el: PomocFinder, label: string, value: string) => {
  const control = [...shadow(el).querySelectorAll('label')]
    .find((l) => l.textContent!.trim().startsWith(label))!
    .querySelector('select')!;
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await el.updateComplete;
};

const check = async (el: PomocFinder, label: string) => {
  const box = [...shadow(el).querySelectorAll('label.check')]
    .find((l) => l.textContent!.trim() === label)!
    .querySelector('input')!;
  box.click();
  await el.updateComplete;
};

describe('<pomoc-finder>', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));

  it('finds a service with diacritics from a query typed without them', async () => {
    const el = await render();
    await type(el, 'pecovatelska');
    expect(names(el)).to.deep.equal(['Pečovatelská služba Rokycany']);
    expect(shadow(el).querySelector('.count')!.textContent).to.contain('Nalezeno: 1 služba');
  });

  it('shows every service by name before the search index is built, in the order the index gives', async () => {
    const data: Omit<ReturnType<typeof smallCatalogue>, 'services'> & { services: object[] } = smallCatalogue();
    const base = smallCatalogue().services[0];
    const named = (id: string, name: string | Record<string, string>, extra: Record<string, unknown> = {}) => ({
      ...base,
      id,
      name,
      ...extra,
    });
    // Czech order: "ch" after "h", "č" after "c", names equal but for case by id; not the inactive one.
    data.services = [
      named('s-2', 'Chráněné bydlení'),
      named('s-1', 'Centrum Praha 14'),
      named('s-3', 'Centrum Praha 6'),
      named('s-4', 'Čajovna'),
      named('s-6', 'hospic'),
      named('s-5', 'Hospic'),
      named('s-7', 'Azyl', { status: 'inactive' }),
      named('s-8', { cs: 'Ďáblice', en: 'Dablice' }),
    ];
    const src = catalogueUrl(data);
    const el = await render(src, 'page-size="50" url-state="off"');
    const shown = names(el);
    expect(shown).to.deep.equal([
      'Centrum Praha 14',
      'Centrum Praha 6',
      'Čajovna',
      'Ďáblice',
      'Hospic',
      'hospic',
      'Chráněné bydlení',
    ]);
    // The index's own order without a query, for the same catalogue (one load per URL per page).
    const index = await whenSearchable(await loadCatalogue(src));
    expect(index.search({}).map((hit) => hit.service.name)).to.deep.equal(
      shown.map((name) => (name === 'Ďáblice' ? { cs: 'Ďáblice', en: 'Dablice' } : name)),
    );
  });

  it('announces the number of results politely, once typing settles', async () => {
    const el = await render();
    await type(el, 'exekuce');
    const status = shadow(el).querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => status.textContent!.includes('Nalezeno: 2 služby'), 'no announcement');
  });

  it('narrows results by combined filters and removes them as chips', async () => {
    const el = await render();
    expect(names(el)).to.have.length(4);
    await select(el, 'Pro koho', 'rodiny-s-detmi');
    expect(names(el)).to.deep.equal(['Azylový dům pro matky s dětmi', 'Odborné sociální poradenství Mirošov']);
    await check(el, 'Pobytová');
    expect(names(el)).to.deep.equal(['Azylový dům pro matky s dětmi']);
    await select(el, 'Obec', 'Mirošov');
    expect(names(el)).to.deep.equal([]);
    expect(shadow(el).querySelector('.empty')!.textContent).to.contain('Zrušte některý filtr');

    const chips = [...shadow(el).querySelectorAll<HTMLButtonElement>('.chip')];
    expect(chips.map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Zrušit filtr: Rodiny s dítětem/dětmi ×',
      'Zrušit filtr: Mirošov ×',
      'Zrušit filtr: Pobytová ×',
    ]);
    chips[1].click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Azylový dům pro matky s dětmi']);
    shadow(el).querySelector<HTMLButtonElement>('.chips .link')!.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
  });

  it('shows a removed filter as gone in its select, and keeps focus on the chips', async () => {
    const el = await render();
    const groups = [...shadow(el).querySelectorAll('label')]
      .find((l) => l.textContent!.trim().startsWith('Pro koho'))!
      .querySelector('select')!;
    groups.value = 'seniori';
    groups.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await check(el, 'zdarma');
    const chips = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('.chip')];
    expect(chips()).to.have.length(2);
    chips()[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(groups.value).to.equal('');
    expect(chips()).to.have.length(1);
    expect(shadow(el).activeElement).to.equal(chips()[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(input(el));
  });

  it('filters free services open now', async () => {
    const el = await render();
    await check(el, 'zdarma');
    expect(names(el)).to.deep.equal(['Dluhová poradna Krok', 'Odborné sociální poradenství Mirošov']);
  });

  it('restores the view from a shared link, and steps back and forward', async () => {
    history.replaceState(null, '', `${location.pathname}?finder.q=exekuce&finder.form=terenni`);
    const el = await render();
    expect(input(el).value).to.equal('exekuce');
    expect(names(el)).to.deep.equal(['Dluhová poradna Krok']);

    await check(el, 'Terénní');
    expect(location.search).to.equal('?finder.q=exekuce');
    expect(names(el)).to.have.length(2);

    history.back();
    await waitUntil(() => names(el).length === 1, 'Back did not restore the filter');
    expect(shadow(el).querySelectorAll('.chip')).to.have.length(1);
    history.forward();
    await waitUntil(() => names(el).length === 2, 'Forward did not come back');
  });

  it('keeps two finders apart in the URL by their ids', async () => {
    history.replaceState(null, '', `${location.pathname}?a.q=azyl&b.q=dluh`);
    const a = await render(catalogueUrl(), 'id="a"');
    const b = await render(catalogueUrl(), 'id="b"');
    expect(names(a)).to.deep.equal(['Azylový dům pro matky s dětmi']);
    expect(names(b)[0]).to.equal('Dluhová poradna Krok');
  });

  it('takes presets, fixed or pre-selected', async () => {
    const fixed = await render(catalogueUrl(), 'target-groups="seniori" fixed-filters="target-groups"');
    expect(names(fixed)).to.deep.equal(['Pečovatelská služba Rokycany']);
    expect(shadow(fixed).querySelector('.chip')).to.equal(null);
    expect(shadow(fixed).querySelector('.fixed')!.textContent).to.contain('Senioři');

    const preselected = await render(catalogueUrl(), 'forms="terenni"');
    expect(names(preselected)).to.deep.equal(['Dluhová poradna Krok', 'Pečovatelská služba Rokycany']);
    expect(shadow(preselected).querySelectorAll('.chip')).to.have.length(1);
  });

  it('goes back to its presets with Back, when the URL holds no view of its own', async () => {
    const el = await render(catalogueUrl(), 'forms="terenni"');
    expect(names(el)).to.deep.equal(['Dluhová poradna Krok', 'Pečovatelská služba Rokycany']);
    await type(el, 'dluh');
    await select(el, 'Pro koho', 'rodiny-s-detmi');
    expect(names(el)).to.deep.equal([]);
    history.back();
    await waitUntil(() => names(el).length === 1, 'Back did not restore the search');
    expect(location.search).to.contain('dluh');
    history.back();
    await waitUntil(() => names(el).length === 2, 'Back lost the preset filter');
    expect(input(el).value).to.equal('');
    expect(shadow(el).querySelectorAll('.chip')).to.have.length(1);
  });

  it('shows 20 at a time when page-size is not a positive whole number, and says why in the console', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      for (const size of ['abc', '0', '-5']) {
        const el = await render(catalogueUrl(), `page-size="${size}"`);
        expect(names(el), size).to.have.length(4);
      }
      expect(warnings.filter((line) => line.includes('page-size'))).to.have.length(3);
    } finally {
      console.warn = warn;
    }
  });

  it('follows a preset attribute changed after the first render', async () => {
    const el = await render();
    el.setAttribute('target-groups', 'seniori');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Pečovatelská služba Rokycany']);
  });

  it('reaches a provider’s phone link from the search field by keyboard alone', async () => {
    const el = await render();
    await type(el, 'odborne mirosov');
    expect(names(el)).to.deep.equal(['Odborné sociální poradenství Mirošov']);
    const deepActive = () => el.shadowRoot!.activeElement as HTMLElement | null;
    let reached: HTMLElement | null = null;
    for (let i = 0; i < 15 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active?.matches('a[href^="tel:"]')) reached = active;
    }
    expect(reached, 'no phone link reached by Tab').to.not.equal(null);
    expect(reached!.getAttribute('href')).to.equal('tel:+420371000202');
  });

  it('opens a detail by keyboard and tells the page which service', async () => {
    const el = await render();
    await type(el, 'pecovatelska');
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.details-toggle')!;
    toggle.focus();
    const selected = oneEvent(el, 'pomoc-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.serviceId).to.equal('svc-pecovatelska');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const detail = shadow(el).querySelector('.detail')!;
    expect(detail.hasAttribute('hidden')).to.equal(false);
    expect(detail.textContent).to.contain('Pomoc v domácnosti, dovoz obědů');
    expect(location.search).to.contain('finder.detail=svc-pecovatelska');
  });

  it('opens the service a link names, even past the first page of results (a booklet QR code)', async () => {
    history.replaceState(null, '', `${location.pathname}?finder.detail=svc-pecovatelska`);
    const el = await render(catalogueUrl(), 'page-size="1"');
    expect(names(el)).to.include('Pečovatelská služba Rokycany');
    const detail = shadow(el).querySelector('#d-svc-pecovatelska')!;
    expect(detail.hasAttribute('hidden')).to.equal(false);
    expect(detail.textContent).to.contain('Pomoc v domácnosti, dovoz obědů');
  });

  it('never shows a hidden address, even when the file leaks it', async () => {
    const data = smallCatalogue();
    Object.assign(data.locations[2], {
      address: { street: 'Tajná 13', city: 'Rokycany', postalCode: '337 99' },
      latitude: 49.75,
      longitude: 13.6,
    });
    const el = await render(catalogueUrl(data));
    await type(el, 'azyl');
    shadow(el).querySelector<HTMLButtonElement>('.details-toggle')!.click();
    await el.updateComplete;
    const text = shadow(el).innerHTML;
    expect(text).to.not.contain('Tajná');
    expect(text).to.not.contain('337 99');
    expect(text).to.not.contain('49.75');
    expect(shadow(el).textContent).to.contain('Adresa je z bezpečnostních důvodů utajena');
  });

  it('sorts by distance from a chosen town', async () => {
    const el = await render();
    await select(el, 'Řadit', 'distance');
    await select(el, 'Vzdálenost od', 'Mirošov');
    expect(names(el).slice(0, 2)).to.deep.equal(['Dluhová poradna Krok', 'Odborné sociální poradenství Mirošov']);
    expect(shadow(el).querySelector('.distance')!.textContent).to.contain('km');
  });

  it('says plainly when the catalogue cannot be loaded, and tries again on request', async () => {
    const el = await fixture<PomocFinder>(html`<pomoc-finder src="/no-such-catalogue.json"></pomoc-finder>`);
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error shown');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('Seznam služeb je teď nedostupný');
    await expect(el).to.be.accessible();
    el.src = catalogueUrl();
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => shadow(el).querySelector('.results'), 'trying again did not load');
  });

  it('fits a 320 px wide phone without sideways scrolling, detail open', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await render(catalogueUrl(), 'forms="terenni" target-groups="seniori"');
      shadow(el).querySelector<HTMLButtonElement>('.details-toggle')!.click();
      shadow(el).querySelector('details')!.open = true;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const overflowing = [...shadow(el).querySelectorAll<HTMLElement>('*')].filter(
        (node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 1,
      );
      expect(overflowing.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('accessibility (axe-core)', () => {
    it('loading', async () => {
      const el = await fixture<PomocFinder>(html`<pomoc-finder src=${catalogueUrl()}></pomoc-finder>`);
      expect(shadow(el).textContent).to.contain('Načítám katalog služeb');
      await expect(el).to.be.accessible();
    });

    it('results', async () => {
      const el = await render();
      await expect(el).to.be.accessible();
    });

    it('filters open, with chips', async () => {
      const el = await render(catalogueUrl(), 'forms="terenni" target-groups="seniori"');
      await expect(el).to.be.accessible();
    });

    it('empty', async () => {
      const el = await render();
      await type(el, 'xyzxyz');
      expect(shadow(el).querySelector('.empty')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('detail', async () => {
      const el = await render();
      shadow(el).querySelector<HTMLButtonElement>('.details-toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});

// The national catalogue's extract with its messy values, as `pomoc import-katalog` writes it
// (test/fixtures/katalog/), and a version-1 catalogue the widget repairs itself.
describe('<pomoc-finder> on registry data (format 1.1)', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  const IMPORTED = new URL('../../../test/fixtures/katalog/katalog-imported.json', import.meta.url).href;
  const links = (el: PomocFinder) =>
    [...shadow(el).querySelectorAll<HTMLAnchorElement>('.result a[href^="http"]')].map((a) => a.href);
  const card = (el: PomocFinder, name: string) =>
    [...shadow(el).querySelectorAll('.result')].find((li) => li.querySelector('h3')!.textContent!.trim() === name)!;

  it('shows every web address of the registry, repaired, and no service past its end', async () => {
    const el = await render(IMPORTED);
    const data = await (await fetch(IMPORTED)).json();
    const shown = data.services.filter(
      (service: { validTo?: string }) => !service.validTo || service.validTo >= '2026-12-04',
    );
    const expected = shown.flatMap((service: { url?: string; websites?: { url: string }[] }) => [
      ...(service.url ? [service.url] : []),
      ...(service.websites ?? []).map((web) => web.url),
    ]);
    expect(expected.length).to.equal(9);
    const present = links(el);
    for (const url of expected) expect(present, url).to.include(new URL(url).href);
    expect(present).to.include('http://www.charita-hradecko.example.cz/');
    expect(present).to.include('https://www.stacionar-cm.example.cz/en');
    expect(names(el)).to.not.include('Odlehčovací služba Nábřeží (ukázka)');
    expect(names(el)).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  it('names a branch at its place, a provider that shares the name once, postcodes as "379 01", phones one by one', async () => {
    const el = await render(IMPORTED);
    const care = card(el, 'Pečovatelská služba Oblastní charity Hradecko');
    const places = [...care.querySelectorAll('.place')].map((place) => place.textContent!.replace(/\s+/g, ' ').trim());
    expect(places).to.include(
      'Pečovatelská služba Oblastní charity Hradecko – středisko Dačice, Palackého 45, 380 01 Dačice – Dačice I',
    );
    const home = card(el, 'Domov pro seniory U Rybníka (ukázka)');
    expect(home.querySelector('.provider')).to.equal(null);
    expect(home.textContent).to.contain('Rybniční 101/5, 379 01 Třeboň – Třeboň II');
    expect(home.textContent).to.contain('poskytuje i zdravotní péči');
    const phones = [...home.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(phones).to.include.members(['tel:725548776', 'tel:725179013']);
    const mails = [...home.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(mails).to.deep.equal([
      'mailto:info@domov-u-rybnika.example.cz',
      'mailto:socialni@domov-u-rybnika.example.cz',
    ]);
    expect(shadow(el).querySelector('.sources')!.textContent).to.contain('CC BY 4.0');
  });

  it('shows each capacity with its form', async () => {
    const el = await render(IMPORTED);
    await type(el, 'odlehcovaci');
    const result = card(el, 'Domov pro seniory U Rybníka (ukázka)');
    result.querySelector<HTMLButtonElement>('.details-toggle')!.click();
    await el.updateComplete;
    const items = [...result.querySelectorAll('.capacity li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal(['Pobytová – počet lůžek: 24', 'Terénní – počet klientů: 1']);
  });

  it('lists towns naturally with Prague districts under Praha, and filters by town and by district', async () => {
    const el = await render(IMPORTED);
    const town = [...shadow(el).querySelectorAll('label')]
      .find((l) => l.textContent!.trim().startsWith('Obec'))!
      .querySelector('select')!;
    // The towns come with the search index, built when the browser is idle after the first results.
    await waitUntil(() => town.options.length > 1, 'no towns to choose from');
    const options = [...town.options].slice(1).map((option) => option.textContent!.replace(/\u00a0/g, '_').trim());
    expect(options).to.deep.equal([
      'Dačice',
      'Jindřichův Hradec',
      'Písek',
      'Praha',
      '__Praha 6',
      '__Praha 14',
      'Slavonice',
      'Třeboň',
    ]);
    await select(el, 'Obec', 'Praha');
    expect(names(el)).to.have.members([
      'Léčebna dlouhodobě nemocných Břevnov (ukázka)',
      'Osobní asistence Žižkov (ukázka)',
      'Denní stacionář Černý Most (ukázka)',
    ]);
    await select(el, 'Obec', 'Praha 14');
    expect(names(el)).to.deep.equal(['Denní stacionář Černý Most (ukázka)']);
    await select(el, 'Obec', '');
    await select(el, 'Kraj a okres', 'okres:Písek');
    expect(names(el)).to.deep.equal(['Senior poradna Písek (ukázka)']);
    await select(el, 'Kraj a okres', 'kraj:Hlavní město Praha');
    expect(names(el)).to.have.length(3);
  });

  it('has no region filter when the catalogue lies in one district', async () => {
    const el = await render();
    const labels = [...shadow(el).querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels.some((label) => label.startsWith('Kraj a okres'))).to.equal(false);
  });

  it('shows the other services when one is broken, and an optional value that cannot be read is left out', async () => {
    // Neither is taken by the fast path: the full validator (zod) loads for this catalogue only.
    const data = smallCatalogue();
    (data.services[1] as Record<string, unknown>).kind = 'sociální';
    (data.services[2] as Record<string, unknown>).phones = [{ number: 'ask at the desk' }];
    const all = names(await render());
    const el = await render(catalogueUrl(data));
    expect(names(el)).to.deep.equal(all.filter((name) => name !== 'Odborné sociální poradenství Mirošov'));
    expect(names(el)).to.include('Azylový dům pro matky s dětmi');
  });

  it('repairs a version-1 catalogue as the CLI does: a web address without its scheme still links', async () => {
    const data = smallCatalogue();
    (data.services[0] as Record<string, unknown>).url = 'www.pecovatelska.example.cz';
    const el = await render(catalogueUrl(data));
    expect(links(el)).to.include('https://www.pecovatelska.example.cz/');
  });
  it('settles when its catalogue goes away while the first page is still coming in steps', async () => {
    const container = document.createElement('div');
    container.innerHTML = `<pomoc-finder src="/data-schema/examples/sample-catalogue.json" url-state="off"></pomoc-finder>`;
    const el = container.firstElementChild as PomocFinder;
    document.body.append(container);
    try {
      await waitUntil(() => el.shadowRoot?.querySelectorAll('.result').length, 'no results', { timeout: 15000 });
      // The first five cards shown, the rest of the page still to come: the page points it elsewhere.
      expect(el.shadowRoot!.querySelectorAll('.result').length).to.be.below(20);
      el.src = '/no-such-catalogue.json';
      const settled = await Promise.race([
        el.updateComplete.then(() => 'settled'),
        new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5000)),
      ]);
      expect(settled).to.equal('settled');
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    } finally {
      container.remove();
    }
  });

  it('shows the whole next page when "show more" is pressed before the first page has come whole', async () => {
    const container = document.createElement('div');
    container.innerHTML = `<pomoc-finder src="/data-schema/examples/sample-catalogue.json" url-state="off"></pomoc-finder>`;
    const el = container.firstElementChild as PomocFinder;
    document.body.append(container);
    // Pressed the moment the button is there, with the first cards.
    let cardsWhenPressed = 0;
    const observer = new MutationObserver(() => {
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more');
      if (!more || cardsWhenPressed) return;
      cardsWhenPressed = el.shadowRoot!.querySelectorAll('.result').length;
      more.click();
    });
    try {
      await waitUntil(() => el.shadowRoot, 'no shadow root');
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await waitUntil(() => cardsWhenPressed, 'no "show more"', { timeout: 15000 });
      expect(cardsWhenPressed).to.be.below(20);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.result').length).to.equal(40);
      // Focus moves to the first new card, as after any "show more".
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('.result h3')[20]);
    } finally {
      observer.disconnect();
      container.remove();
    }
  });

  it("shows its first results before the rest of their page is built, so that the town's page is not frozen by twenty cards at once", async () => {
    const container = document.createElement('div');
    container.innerHTML = `<pomoc-finder src="/data-schema/examples/sample-catalogue.json" url-state="off"></pomoc-finder>`;
    const el = container.firstElementChild as PomocFinder;
    // How many cards the resident could see, each time the cards change.
    const counts: number[] = [];
    const observer = new MutationObserver(() => {
      const count = el.shadowRoot!.querySelectorAll('.result').length;
      if (count && count !== counts.at(-1)) counts.push(count);
    });
    // How many cards each frame painted, from the first that painted any.
    const painted: number[] = [];
    const frame = () => {
      const count = el.shadowRoot?.querySelectorAll('.result').length ?? 0;
      if (count) painted.push(count);
      if (painted.length < 3) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.body.append(container);
    try {
      await waitUntil(() => el.shadowRoot, 'no shadow root');
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await waitUntil(() => counts.length > 0, 'no results', { timeout: 15000 });
      await el.updateComplete;
      // The first cards, then the first page a few cards per step; the rest behind "show more" as before.
      expect(counts).to.deep.equal([5, 10, 15, 20]);
      // The first cards are painted before the rest is built, and each step is painted before the
      // next: the resident sees them sooner, and no frame waits on the whole page.
      await waitUntil(() => painted.length >= 3, 'no frames');
      expect(painted[0]).to.equal(5);
      expect(painted[1]).to.be.below(20);
      expect(el.shadowRoot!.querySelector('.more')!.textContent).to.match(/ještě \d+ služ/);
      expect(el.shadowRoot!.querySelector('.count')!.textContent).to.match(/Nalezeno: \d+ služ/);
    } finally {
      observer.disconnect();
      container.remove();
    }
  });
});
