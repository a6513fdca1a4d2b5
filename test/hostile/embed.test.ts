// The iframe embed for CMSs that forbid scripts: dist/embed.html (built by `npm test`) with the
// page-side helper dist/embed-host.js loaded here, as on a town's page.
import { expect, waitUntil } from '@open-wc/testing';

const SAMPLE = '/data-schema/examples/sample-catalogue.json';

async function embed(query: string, page = '/dist/embed.html') {
  const frame = document.createElement('iframe');
  frame.title = 'Pomoc';
  frame.style.width = '600px';
  frame.style.border = '0';
  frame.src = `${page}?${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

const widgetIn = (frame: HTMLIFrameElement, tag: string) => frame.contentDocument!.querySelector(tag)!;

describe('iframe embed', () => {
  before(async () => {
    const script = document.createElement('script');
    script.src = '/dist/embed-host.js';
    document.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the widget named in its URL, with its attributes, and the frame takes its height', async () => {
    const frame = await embed(`widget=finder&src=${encodeURIComponent(SAMPLE)}&lang=en&page-size=5&onclick=alert(1)`);
    const finder = widgetIn(frame, 'pomoc-finder');
    await waitUntil(() => finder.shadowRoot?.querySelectorAll('.result').length === 5, 'no results', { timeout: 8000 });
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(finder.getAttribute('url-state')).to.equal('off');
    // Only the widget's own attributes pass from the URL.
    expect(finder.hasAttribute('onclick')).to.equal(false);
    const content = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    await waitUntil(() => Math.abs(frame.getBoundingClientRect().height - content()) <= 1, 'the frame did not resize');
    expect(frame.getBoundingClientRect().height).to.be.greaterThan(600);
    // No results, a shorter frame.
    const field = finder.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    field.value = 'xyzxyz';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const before = frame.getBoundingClientRect().height;
    await waitUntil(() => frame.getBoundingClientRect().height < before - 200, 'the frame did not shrink', {
      timeout: 4000,
    });
    expect(Math.abs(frame.getBoundingClientRect().height - content())).to.be.at.most(1);
  });

  it('embeds the navigator with a quick exit that leaves the whole page, and the map', async () => {
    const navigatorFrame = await embed(`widget=navigator&src=${encodeURIComponent(SAMPLE)}`);
    const navigator = widgetIn(navigatorFrame, 'pomoc-navigator');
    await waitUntil(() => navigator.shadowRoot?.querySelector('.situations button'), 'no situations', {
      timeout: 8000,
    });
    expect(navigator.getAttribute('exit-target')).to.equal('top');
    const mapFrame = await embed(
      `widget=map&src=${encodeURIComponent(SAMPLE)}&tile-url=${encodeURIComponent('/test/fixtures/map-tiles/blank.png?{z}/{x}/{y}')}`,
    );
    const map = widgetIn(mapFrame, 'pomoc-map');
    await waitUntil(() => map.shadowRoot?.querySelector('.leaflet-marker-icon'), 'no markers', { timeout: 8000 });
  });

  it('loads a catalogue from another server only when embed.html lists it, and map tiles likewise', async () => {
    // The test server under its other name is another origin.
    const elsewhere = `http://127.0.0.1:${location.port}`;
    expect(location.hostname).to.equal('localhost');
    const refused = await embed(`widget=finder&src=${encodeURIComponent(elsewhere + SAMPLE)}`);
    expect(refused.contentDocument!.querySelector('pomoc-finder')).to.equal(null);
    expect(refused.contentDocument!.body.textContent).to.contain(`nenačítá katalogy z ${elsewhere}`);
    expect(refused.contentDocument!.body.textContent).to.contain('pomoc-sources');

    const tiles = await embed(
      `widget=map&src=${encodeURIComponent(SAMPLE)}&tile-url=${encodeURIComponent('https://tiles.example/{z}/{x}/{y}.png')}`,
    );
    const map = widgetIn(tiles, 'pomoc-map');
    expect(map.hasAttribute('tile-url')).to.equal(false);
    expect(map.getAttribute('src')).to.equal(SAMPLE);

    const listed = await embed(
      `widget=finder&page-size=3&src=${encodeURIComponent(elsewhere + SAMPLE)}`,
      '/test/fixtures/embed-listed.html',
    );
    const finder = widgetIn(listed, 'pomoc-finder');
    await waitUntil(() => finder.shadowRoot?.querySelectorAll('.result').length === 3, 'no results', {
      timeout: 8000,
    });
  });

  it('says plainly when the widget name is wrong', async () => {
    const frame = await embed('widget=calendar');
    expect(frame.contentDocument!.body.textContent).to.contain('neznámý widget „calendar“');
  });
});
