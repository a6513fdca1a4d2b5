import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { smallCatalogue } from '../../../test/fixtures/catalogue.js';
import type { PomocFinder } from '../finder/finder.component.js';
import type { PomocMap } from './map.component.js';
import '../finder/pomoc-finder.js';
import './pomoc-map.js';

const catalogueUrl = (data: unknown = smallCatalogue()) =>
  URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
// A local tile for every {z}/{x}/{y}: tests never reach the network.
const TILES = '/test/fixtures/map-tiles/blank.png?{z}/{x}/{y}';
const SAMPLE = '/data-schema/examples/sample-catalogue.json';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const markers = (el: PomocMap) => [...shadow(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
const markerLabels = (el: PomocMap) => markers(el).map((marker) => marker.getAttribute('aria-label')!);
const popup = (el: PomocMap) => shadow(el).querySelector<HTMLElement>('.leaflet-popup');
const button = (el: HTMLElement, text: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim().startsWith(text))!;

const areaButton = (el: PomocMap, service: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('.unplaced button')].find(
    (b) => b.textContent!.includes('Ukázat oblast na mapě') && b.textContent!.includes(service),
  )!;

async function mapReady(el: PomocMap) {
  await waitUntil(() => markers(el).length > 0, 'no markers on the map', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function render(attributes = '', src = catalogueUrl()) {
  const container = document.createElement('div');
  container.innerHTML = `<pomoc-map src="${src}" tile-url="${TILES}" ${attributes}></pomoc-map>`;
  const el = await fixture<PomocMap>(container.firstElementChild as PomocMap);
  return mapReady(el);
}

/** Places shown by the markers: a cluster stands for as many places as it says. */
const placesOnMarkers = (el: PomocMap) =>
  markers(el).reduce(
    (sum, marker) => sum + (marker.classList.contains('cluster') ? Number(marker.textContent!.replace(/\D/g, '')) : 1),
    0,
  );

describe('<pomoc-map>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('puts a labelled marker on each public place, with its services counted', async () => {
    const el = await render();
    expect(markerLabels(el).sort()).to.deep.equal([
      'Dům s pečovatelskou službou, Jiráskova 100, 337 01 Rokycany – 1 služba',
      'Náměstí 1, 338 43 Mirošov – 1 služba',
    ]);
    for (const marker of markers(el)) {
      expect(marker.getAttribute('role')).to.equal('button');
      expect(marker.tabIndex).to.equal(0);
    }
    expect(shadow(el).querySelector('.count')!.textContent).to.contain('Na mapě: 2 místa (2 služby).');
    expect(shadow(el).querySelector('.leaflet-host')!.getAttribute('aria-label')).to.equal('Mapa služeb');
  });

  it('clusters the sample catalogue, and its list shows the same places as the markers', async () => {
    const el = await render('', SAMPLE);
    expect(shadow(el).querySelectorAll('.marker.cluster').length).to.be.greaterThan(0);
    const shownByMarkers = placesOnMarkers(el);
    button(el, 'Seznam').click();
    await el.updateComplete;
    const listed = shadow(el).querySelectorAll('.places > .place').length;
    const heading = shadow(el).querySelector('#list-heading')!.textContent!;
    const total = Number(/(\d+)/.exec(heading)![1]);
    expect(total).to.be.greaterThan(40);
    expect(shownByMarkers).to.equal(total);
    expect(listed).to.equal(Math.min(total, 50));
  });

  it('shows every place of a large catalogue, its clusters worked out and its markers added in steps', async () => {
    const data = smallCatalogue();
    const { address, latitude, longitude } = data.locations[0] as {
      address: object;
      latitude: number;
      longitude: number;
    };
    const count = 2500;
    // Places spread over a few kilometres around Rokycany.
    const locations = Array.from({ length: count }, (_, i) => ({
      id: `loc-${i}`,
      address,
      latitude: latitude + ((i % 50) - 25) * 0.002,
      longitude: longitude + (Math.floor(i / 50) - 25) * 0.003,
    }));
    const services = locations.map((place, i) => ({ ...data.services[0], id: `svc-${i}`, locationIds: [place.id] }));
    const large = { ...data, locations, services };
    const el = await render('', catalogueUrl(large));
    await waitUntil(() => placesOnMarkers(el) === count, 'not every place is on the map', { timeout: 10000 });
    expect(shadow(el).querySelector('.count')!.textContent).to.contain(`Na mapě: ${(2500).toLocaleString('cs')} míst`);
    // Every marker in view is in the Tab order.
    expect(markers(el).every((marker) => marker.tabIndex === 0)).to.equal(true);
  });

  it('never shows a hidden address: no marker, no trace in the shadow DOM', async () => {
    const data = smallCatalogue();
    const hidden = data.locations.find((location) => location.id === 'loc-azyl')!;
    Object.assign(hidden, { address: { street: 'Tajná 13', city: 'Rokycany' }, latitude: 49.75, longitude: 13.6 });
    const el = await render('', catalogueUrl(data));
    button(el, 'Seznam').click();
    await el.updateComplete;
    for (const marker of markers(el)) marker.click();
    expect(markers(el)).to.have.length(2);
    expect(markerLabels(el).join()).to.not.contain('Azylový');
    // Its area is its town, drawn at the centre of the town's public places.
    areaButton(el, 'Azylový dům').click();
    await waitUntil(() => shadow(el).querySelector('.area-label'), 'no area drawn');
    expect(shadow(el).querySelector('.area-label')!.textContent).to.equal('Rokycany');
    expect(shadow(el).innerHTML).to.not.contain('Tajná');
    // The service is listed without its address, with the reason.
    const unplaced = shadow(el).querySelector('.unplaced')!;
    expect(unplaced.textContent).to.contain('Azylový dům pro matky s dětmi');
    expect(unplaced.textContent).to.contain('Adresa je z bezpečnostních důvodů utajena');
  });

  it('opens a place from the keyboard, reads its services, and Escape returns to the marker', async () => {
    const el = await render();
    shadow(el).querySelector<HTMLElement>('.leaflet-host')!.focus();
    await sendKeys({ press: 'Tab' });
    const marker = shadow(el).activeElement as HTMLElement;
    expect(marker.classList.contains('leaflet-marker-icon')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el), 'no popup');
    const focused = shadow(el).activeElement!;
    expect(focused.tagName).to.equal('H3');
    expect(popup(el)!.textContent).to.match(/Pečovatelská služba Rokycany|Odborné sociální poradenství Mirošov/);
    expect(popup(el)!.querySelector('a[href^="tel:"]')).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popup(el), 'the popup stayed open');
    expect(shadow(el).activeElement).to.equal(marker);
  });

  it('zooms into a cluster from the keyboard and puts focus on a marker there', async () => {
    const el = await render('', SAMPLE);
    const cluster = shadow(el).querySelector<HTMLElement>('.marker.cluster')!;
    const before = placesOnMarkers(el);
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !cluster.isConnected, 'the cluster did not open');
    await waitUntil(() => shadow(el).activeElement?.classList.contains('leaflet-marker-icon'), 'focus was lost');
    // Focus is on a marker the resident can see, and the map shows fewer places than before.
    const focused = (shadow(el).activeElement as HTMLElement).getBoundingClientRect();
    const frame = shadow(el).querySelector('.leaflet-host')!.getBoundingClientRect();
    expect(focused.left).to.be.within(frame.left - 30, frame.right);
    expect(focused.top).to.be.within(frame.top - 30, frame.bottom);
    expect(placesOnMarkers(el)).to.be.lessThan(before);
  });

  it('with a finder, shows its results and marks what is chosen in either', async () => {
    const src = catalogueUrl();
    const container = await fixture(`<div>
      <pomoc-finder id="f" src="${src}" url-state="off"></pomoc-finder>
      <pomoc-map for="f" tile-url="${TILES}"></pomoc-map>
    </div>`);
    const finder = container.querySelector<PomocFinder>('pomoc-finder')!;
    const el = await mapReady(container.querySelector<PomocMap>('pomoc-map')!);
    expect(markers(el)).to.have.length(2);
    expect(shadow(el).querySelector('.search')).to.equal(null);
    const field = shadow(finder).querySelector<HTMLInputElement>('#q')!;
    field.focus();
    await sendKeys({ type: 'pecovatelska' });
    await waitUntil(() => markers(el).length === 1, 'the map did not follow the finder', { timeout: 3000 });
    expect(markerLabels(el)[0]).to.contain('Dům s pečovatelskou službou');
    // A place chosen on the map is marked in the finder…
    markers(el)[0].click();
    await waitUntil(() => popup(el), 'no popup');
    await finder.updateComplete;
    const card = shadow(finder).querySelector('.result.is-highlighted')!;
    expect(card.textContent).to.contain('vybráno na mapě');
    // …and its detail opens there.
    [...popup(el)!.querySelectorAll('button')].find((b) => b.textContent!.includes('Podrobnosti'))!.click();
    await waitUntil(() => shadow(finder).activeElement?.id === 'r-svc-pecovatelska', 'the finder did not open it');
    expect(shadow(finder).querySelector('.detail:not([hidden])')).to.not.equal(null);
  });

  it("keeps a focused place's marker, and focus on it, when the finder's new results still have the place", async () => {
    const container = await fixture(`<div>
      <pomoc-finder id="f" src="${catalogueUrl()}" url-state="off"></pomoc-finder>
      <pomoc-map for="f" tile-url="${TILES}"></pomoc-map>
    </div>`);
    const finder = container.querySelector<PomocFinder>('pomoc-finder')!;
    const el = await mapReady(container.querySelector<PomocMap>('pomoc-map')!);
    shadow(finder).querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'pecovatelska' });
    // A keyboard user on the map while the finder's results come.
    const marker = markers(el).find((m) => m.getAttribute('aria-label')!.includes('Dům s pečovatelskou službou'))!;
    marker.focus();
    await waitUntil(() => markers(el).length === 1, 'the map did not follow the finder', { timeout: 3000 });
    expect(markers(el)[0]).to.equal(marker);
    expect(shadow(el).activeElement).to.equal(marker);
  });

  it('linked to a finder that gives no results (its catalogue is gone), shows its own after a while', async () => {
    const container = await fixture(`<div>
      <pomoc-finder id="f-gone" src="/no-such-catalogue.json" url-state="off"></pomoc-finder>
      <pomoc-map for="f-gone" src="${catalogueUrl()}" tile-url="${TILES}"></pomoc-map>
    </div>`);
    const el = container.querySelector<PomocMap>('pomoc-map')!;
    await waitUntil(() => markers(el).length === 2, 'the map waited for the finder for ever', { timeout: 8000 });
  });

  it('brings a service opened in the finder into view on the map, marked', async () => {
    const container = await fixture(`<div>
      <pomoc-finder id="f2" src="${catalogueUrl()}" url-state="off"></pomoc-finder>
      <pomoc-map for="f2" tile-url="${TILES}"></pomoc-map>
    </div>`);
    const finder = container.querySelector<PomocFinder>('pomoc-finder')!;
    const el = await mapReady(container.querySelector<PomocMap>('pomoc-map')!);
    await waitUntil(() => shadow(finder).querySelector('.details-toggle'), 'the finder did not load');
    const card = [...shadow(finder).querySelectorAll('.result')].find((r) =>
      r.querySelector('h3')!.textContent!.includes('poradenství Mirošov'),
    )!;
    card.querySelector<HTMLButtonElement>('.details-toggle')!.click();
    await waitUntil(() => shadow(el).querySelector('.marker.is-highlighted'), 'the place was not marked');
    expect(shadow(el).querySelector('.marker.is-highlighted')!.getAttribute('aria-label')).to.contain('Mirošov');
  });

  it('filters on its own when no finder is linked', async () => {
    const el = await render();
    const field = shadow(el).querySelector<HTMLInputElement>('#q')!;
    field.focus();
    await sendKeys({ type: 'poradenstvi' });
    await waitUntil(() => markers(el).length === 1, 'the map did not filter');
    expect(markerLabels(el)[0]).to.contain('Mirošov');
    const select = shadow(el).querySelector<HTMLSelectElement>('#type')!;
    field.value = '';
    field.dispatchEvent(new Event('input'));
    select.value = 'pecovatelska-sluzba';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => markerLabels(el)[0]?.includes('Rokycany'), 'the type filter did not apply');
  });

  it('draws the area of an outreach service instead of a pin', async () => {
    const el = await render();
    const unplaced = shadow(el).querySelector<HTMLDetailsElement>('.unplaced')!;
    unplaced.open = true;
    expect(unplaced.textContent).to.contain('Dluhová poradna Krok');
    areaButton(el, 'Dluhová poradna Krok').click();
    await waitUntil(() => shadow(el).querySelector('path.area'), 'no area drawn');
    const labels = [...shadow(el).querySelectorAll('.area-label')].map((label) => label.textContent);
    // Mirošov has places in the catalogue; Strašice has none, so it is named in the list only.
    expect(labels).to.deep.equal(['Mirošov']);
  });

  it('draws an outline when the catalogue gives one', async () => {
    const data = smallCatalogue();
    const service = data.services.find((s) => s.id === 'svc-dluhy')! as Record<string, unknown>;
    service.areaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [13.6, 49.65],
          [13.75, 49.65],
          [13.75, 49.75],
          [13.6, 49.65],
        ],
      ],
    };
    const el = await render('', catalogueUrl(data));
    shadow(el).querySelector<HTMLDetailsElement>('.unplaced')!.open = true;
    areaButton(el, 'Dluhová poradna Krok').click();
    await waitUntil(() => shadow(el).querySelector('path.area'), 'no outline drawn');
    expect(shadow(el).querySelectorAll('.area-label')).to.have.length(0);
  });

  it('shows the detail of a service below the map, says so with pomoc-select, and gives focus back', async () => {
    const el = await render();
    markers(el)[0].click();
    await waitUntil(() => popup(el), 'no popup');
    const details = [...popup(el)!.querySelectorAll('button')].find((b) => b.textContent!.includes('Podrobnosti'))!;
    setTimeout(() => details.click());
    const { detail } = await oneEvent(el, 'pomoc-select');
    expect(detail.serviceId).to.match(/^svc-/);
    await waitUntil(() => shadow(el).activeElement?.id === 'detail-heading', 'the detail did not get focus');
    expect(shadow(el).querySelector('.detail')!.textContent).to.match(/O službě|Otevírací doba/);
    await expect(el).to.be.accessible();
    button(el, 'Zavřít podrobnosti').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.detail')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(details);
  });

  it('keeps markers and the list working when tiles fail, and says so', async () => {
    const container = document.createElement('div');
    container.innerHTML = `<pomoc-map src="${catalogueUrl()}" tile-url="/no-such-tiles/{z}/{x}/{y}.png"></pomoc-map>`;
    const el = await mapReady(await fixture<PomocMap>(container.firstElementChild as PomocMap));
    await waitUntil(() => shadow(el).textContent!.includes('Mapový podklad se nepodařilo načíst'), 'no notice');
    expect(markers(el)).to.have.length(2);
    button(el, 'Seznam').click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.places > .place')).to.have.length(2);
  });

  it('loads tiles from tile-url and credits them with tile-attribution', async () => {
    const el = await render('tile-attribution="Mapové podklady: Město Rokycany"');
    await waitUntil(() => shadow(el).querySelector('img.leaflet-tile-loaded'), 'no tile loaded');
    expect(shadow(el).querySelector('.attribution')!.textContent!.trim()).to.equal('Mapové podklady: Město Rokycany');
    expect(shadow(el).textContent).to.not.contain('Mapový podklad se nepodařilo načíst');
  });

  it('credits OpenStreetMap with the default tiles', async () => {
    // No tile-url: tile requests fail offline, which is what a blocked tile server looks like.
    const container = document.createElement('div');
    container.innerHTML = `<pomoc-map src="${catalogueUrl()}"></pomoc-map>`;
    const el = await mapReady(await fixture<PomocMap>(container.firstElementChild as PomocMap));
    const link = shadow(el).querySelector<HTMLAnchorElement>(
      '.attribution a[href="https://www.openstreetmap.org/copyright"]',
    );
    expect(link!.textContent).to.contain('OpenStreetMap');
  });

  it('starts at center and zoom when given', async () => {
    const el = await render('center="49.7427, 13.5946" zoom="16"');
    expect(markerLabels(el)).to.have.length(1);
    expect(markerLabels(el)[0]).to.contain('Rokycany');
  });

  it('labels its zoom buttons and lets a keyboard user skip the map', async () => {
    const el = await render();
    const zoomIn = shadow(el).querySelector('.leaflet-control-zoom-in')!;
    expect(zoomIn.getAttribute('aria-label')).to.equal('Přiblížit mapu');
    const skip = button(el, 'Přeskočit mapu');
    skip.focus();
    await sendKeys({ press: 'Enter' });
    expect(shadow(el).activeElement?.id).to.equal('after-map');
  });

  it('removes the Leaflet map when taken off the page', async () => {
    const el = await render();
    const host = shadow(el).querySelector('.leaflet-host') as HTMLElement & { _leaflet_id?: number };
    expect(host._leaflet_id).to.be.a('number');
    el.remove();
    expect(host._leaflet_id).to.equal(undefined);
    expect(host.querySelector('.leaflet-marker-icon')).to.equal(null);
  });

  it('fits a 320 px wide screen without horizontal scrolling, map and list', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await render('', SAMPLE);
      const overflowing = () =>
        [...shadow(el).querySelectorAll<HTMLElement>('.map-widget *')]
          // Tiles beyond the map's edge are Leaflet's, clipped by the map.
          .filter((node) => !node.closest('.leaflet-host'))
          .filter((node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 1)
          .map((node) => node.outerHTML.slice(0, 80));
      expect(overflowing()).to.deep.equal([]);
      button(el, 'Seznam').click();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.places .contacts a[href^="mailto:"]').length).to.be.greaterThan(10);
      expect(overflowing()).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('at 320 px, a place opened from the keyboard is in view with focus on it, after the map has moved', async () => {
    await setViewport({ width: 320, height: 640 });
    // With motion, Leaflet's pan to make room for the popup takes a while.
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      // A page with content above the map, as on a town's site: opening a place scrolls the page.
      const spacer = document.createElement('div');
      spacer.style.height = '500px';
      document.body.prepend(spacer);
      const el = await render('', SAMPLE);
      // Places near the map's edges, where Leaflet moves the map to make room for the popup.
      const places = markers(el).filter((marker) => !marker.classList.contains('cluster'));
      expect(places.length).to.be.greaterThan(2);
      for (const marker of places) {
        marker.scrollIntoView({ block: 'end' });
        marker.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => shadow(el).activeElement?.tagName === 'H3', 'focus did not move to the popup');
        // Settled: Leaflet has made room for the popup, and the page has scrolled to it.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const label = marker.getAttribute('aria-label')!;
        const shown = shadow(el).querySelector('.leaflet-popup')!.getBoundingClientRect();
        expect(shown.top, label).to.be.at.least(0);
        expect(shown.bottom, label).to.be.at.most(window.innerHeight + 1);
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !popup(el), 'the popup stayed open');
      }
    } finally {
      document.body.firstElementChild?.remove();
      await emulateMedia({ reducedMotion: 'reduce' });
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('never puts catalogue text in as HTML, town names on the map included', async () => {
    const data = smallCatalogue();
    data.locations[1].address!.city = '<b id="injected">Mirošov</b>';
    data.services.find((service) => service.id === 'svc-dluhy')!.areaServed = ['<b id="injected">Mirošov</b>'];
    const el = await render('', catalogueUrl(data));
    for (const marker of markers(el)) marker.click();
    areaButton(el, 'Dluhová poradna Krok').click();
    await waitUntil(() => shadow(el).querySelector('.area-label'), 'no area drawn');
    expect(shadow(el).querySelector('.area-label')!.textContent).to.equal('<b id="injected">Mirošov</b>');
    expect(shadow(el).querySelector('#injected')).to.equal(null);
  });

  it('builds its map again when moved in the page', async () => {
    const el = await render();
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await waitUntil(() => markers(el).length === 2, 'no markers after the move');
    other.remove();
  });

  it('shows the places of a new catalogue when src changes', async () => {
    const el = await render();
    const data = smallCatalogue();
    data.locations[0].name = 'Nové místo';
    el.src = catalogueUrl(data);
    await waitUntil(() => markerLabels(el).some((label) => label.startsWith('Nové místo')), 'old places kept');
    expect(markers(el)).to.have.length(2);
  });

  it('finds a finder that comes later in the page, and takes its catalogue', async () => {
    const container = await fixture(`<div><pomoc-map for="later" tile-url="${TILES}"></pomoc-map></div>`);
    const el = container.querySelector<PomocMap>('pomoc-map')!;
    const finder = document.createElement('pomoc-finder');
    finder.id = 'later';
    finder.setAttribute('url-state', 'off');
    finder.setAttribute('src', catalogueUrl());
    container.append(finder);
    await mapReady(el);
    expect(markers(el)).to.have.length(2);

    // The finder moves to another catalogue: the map follows.
    const other = smallCatalogue();
    other.services = other.services.filter((service) => service.id === 'svc-poradna');
    finder.setAttribute('src', catalogueUrl(other));
    await waitUntil(
      () => el.src === finder.getAttribute('src') && markers(el).length === 1,
      'the map kept the old catalogue',
      {
        timeout: 5000,
      },
    );
    expect(markerLabels(el)).to.deep.equal(['Náměstí 1, 338 43 Mirošov – 1 služba']);
  });

  it('speaks the new language in an open popup and on its markers', async () => {
    const wrapper = await fixture(
      `<div lang="cs"><pomoc-map src="${catalogueUrl()}" tile-url="${TILES}"></pomoc-map></div>`,
    );
    const el = await mapReady(wrapper.querySelector<PomocMap>('pomoc-map')!);
    markers(el)[0].click();
    await waitUntil(() => popup(el), 'no popup');
    expect(popup(el)!.textContent).to.contain('Podrobnosti');
    (wrapper as HTMLElement).lang = 'en';
    await waitUntil(() => popup(el)?.textContent!.includes('Details'), 'the popup stayed in Czech', { timeout: 3000 });
    expect(markerLabels(el).join()).to.contain('1 service');
    expect(shadow(el).querySelector('.leaflet-control-zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    (wrapper as HTMLElement).lang = 'cs';
    await waitUntil(() => popup(el)?.textContent!.includes('Podrobnosti'), 'not back in Czech');
  });

  it('keeps a popup inside the map on a 320 px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await render();
      markers(el)[0].click();
      await waitUntil(() => popup(el), 'no popup');
      const frame = shadow(el).querySelector('.leaflet-host')!.getBoundingClientRect();
      expect(popup(el)!.getBoundingClientRect().width).to.be.at.most(frame.width);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('accessibility (axe-core)', () => {
    it('map', async () => {
      const el = await render();
      await expect(el).to.be.accessible();
    });

    it('popup open', async () => {
      const el = await render();
      markers(el)[0].click();
      await waitUntil(() => popup(el), 'no popup');
      await expect(el).to.be.accessible();
    });

    it('list view with services without a place', async () => {
      const el = await render('', SAMPLE);
      button(el, 'Seznam').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
