// The widgets on pages built to be hostile, as municipal sites are: each page loads the classic
// script from dist/ (built by `npm test` before the browser tests) inside an iframe.
import { expect, waitUntil } from '@open-wc/testing';

interface HostileWindow extends Window {
  hostile: { errors: string[]; violations: string[] };
  amdDefined?: unknown[];
  theirLeaflet?: { version: string; theirPlugin?: boolean };
  theirMap?: { getContainer(): HTMLElement };
  L?: unknown;
}

async function open(page: string): Promise<{ doc: Document; win: HostileWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '900px';
  frame.src = `/test/hostile/${page}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { doc: frame.contentDocument!, win: frame.contentWindow as HostileWindow, frame };
}

const inShadow = (element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? ([] as unknown as NodeListOf<HTMLElement>);

/** Every finder shows results, every navigator its situations, every map markers. */
async function widgetsWork(doc: Document) {
  const widgets = [...doc.querySelectorAll('pomoc-finder, pomoc-navigator, pomoc-map')];
  expect(widgets.length).to.be.greaterThan(0);
  for (const widget of widgets) {
    const ready = {
      'pomoc-finder': '.result',
      'pomoc-navigator': '.situations button',
      'pomoc-map': '.leaflet-marker-icon',
    }[widget.localName]!;
    await waitUntil(() => inShadow(widget, ready).length > 0, `${widget.localName} did not work`, { timeout: 8000 });
  }
  return widgets;
}

describe('hostile pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a strict Content-Security-Policy (no inline script or style, no eval): every widget works', async () => {
    const { doc, win } = await open('csp.html');
    await widgetsWork(doc);
    // Styles apply (adopted style sheets are allowed by style-src 'self'), Leaflet's included.
    const finder = doc.querySelector('pomoc-finder')!;
    const field = inShadow(finder, '#q')[0];
    expect(getComputedStyle(field).borderTopWidth).to.equal('2px');
    const map = doc.querySelector('pomoc-map')!;
    expect(getComputedStyle(inShadow(map, '.leaflet-pane')[0]).position).to.equal('absolute');
    expect(win.hostile.violations).to.deep.equal([]);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('the README snippet with one finder loads no navigator, map or Leaflet; a widget added later loads then', async () => {
    const { doc, win } = await open('finder-only.html');
    await widgetsWork(doc);
    const fetched = () =>
      win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.replace('/dist/', ''));
    const modules = fetched().filter((path) => path.endsWith('.js'));
    expect(modules).to.include('pomoc-finder.js');
    expect(modules.filter((path) => /navigator|map|leaflet/i.test(path))).to.deep.equal([]);
    expect(win.customElements.get('pomoc-navigator')).to.equal(undefined);
    expect(win.customElements.get('pomoc-map')).to.equal(undefined);
    // fuse.js waits for a typo: a word the catalogue has does not need it.
    expect(modules.filter((path) => path.startsWith('fuse'))).to.deep.equal([]);

    // A navigator the page adds later (a tab, a CMS block) is loaded and works; the map still is not.
    const navigator = doc.createElement('pomoc-navigator');
    navigator.setAttribute('src', '/data-schema/examples/sample-catalogue.json');
    navigator.setAttribute('url-state', 'off');
    doc.body.append(navigator);
    await widgetsWork(doc);
    expect(fetched()).to.include('pomoc-navigator.js');
    expect(fetched().filter((path) => /map|leaflet/i.test(path))).to.deep.equal([]);
    // One catalogue fetch for both widgets.
    expect(fetched().filter((path) => path.endsWith('sample-catalogue.json'))).to.have.length(1);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('a strict CSP that forbids workers (worker-src none): every widget works, search and map included', async () => {
    const { doc, win } = await open('csp-no-worker.html');
    await widgetsWork(doc);
    const finder = doc.querySelector('pomoc-finder')!;
    const map = doc.querySelector('pomoc-map')!;
    const count = () => inShadow(map, '.count')[0]?.textContent;
    const before = count();
    const results = () => inShadow(finder, '.result').length;
    const all = results();
    const field = inShadow(finder, '#q')[0] as HTMLInputElement;
    // A typo: approximate matching loads on demand and finds the home care services.
    field.value = 'pecovatelsak';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => results() > 0 && results() < all, 'the finder did not search', { timeout: 4000 });
    await waitUntil(() => count() !== before, 'the map did not follow the finder', { timeout: 4000 });
    expect(win.hostile.violations).to.deep.equal([]);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('aggressive global CSS: layout and map unbroken, hidden things stay hidden', async () => {
    const { doc, win } = await open('css.html');
    const [finder, map] = await widgetsWork(doc);
    // The search field spans the widget, not the page's forced 50 px.
    const field = inShadow(finder, '#q')[0];
    expect(field.getBoundingClientRect().width).to.be.greaterThan(300);
    // Text keeps a readable size although the page shrinks rem to 10 px and blows divs up to 30 px.
    const size = parseFloat(getComputedStyle(inShadow(finder, '.result h3')[0]).fontSize);
    expect(size).to.be.within(16, 26);
    // The map keeps its height, its panes stay positioned, tiles keep their 256 px.
    const host = inShadow(map, '.leaflet-host')[0];
    expect(host.getBoundingClientRect().height).to.be.greaterThan(300);
    await waitUntil(() => inShadow(map, 'img.leaflet-tile-loaded').length > 0, 'no tile');
    expect(inShadow(map, 'img.leaflet-tile-loaded')[0].getBoundingClientRect().width).to.equal(256);
    // [hidden] inside the widgets stays hidden whatever the page says about [hidden].
    const hiddenDetail = inShadow(finder, '.detail[hidden]')[0];
    expect(hiddenDetail.getBoundingClientRect().height).to.equal(0);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('an AMD loader (define.amd) before the classic script: the widgets still register', async () => {
    const { doc, win } = await open('amd.html');
    await widgetsWork(doc);
    expect(win.customElements.get('pomoc-finder')).to.not.equal(undefined);
    expect(win.amdDefined, 'nothing was handed to the AMD loader').to.deep.equal([]);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('the script included twice and two of each widget: no error, no clash', async () => {
    const { doc, win } = await open('twice.html');
    const widgets = await widgetsWork(doc);
    expect(widgets).to.have.length(6);
    // Each map follows its own finder.
    const [first, second] = [...doc.querySelectorAll('pomoc-finder')];
    const [firstMap, secondMap] = [...doc.querySelectorAll('pomoc-map')];
    const count = (map: Element) => inShadow(map, '.count')[0]?.textContent;
    const before = count(firstMap);
    expect(count(secondMap)).to.equal(before);
    const field = inShadow(second, '#q')[0] as HTMLInputElement;
    field.value = 'pecovatelska';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => count(secondMap) !== before, 'the second map did not follow its finder', { timeout: 4000 });
    expect(count(firstMap)).to.equal(before);
    expect(inShadow(first, '.result').length).to.be.greaterThan(inShadow(second, '.result').length);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('everything in one classic file (pomoc.all.iife.js), under a strict CSP and an AMD loader', async () => {
    const { doc, win } = await open('all.html');
    await widgetsWork(doc);
    // Nothing more is fetched from dist/, and the catalogue API is the global Pomoc.
    const fromDist = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/'));
    expect(fromDist).to.deep.equal(['/dist/pomoc.all.iife.js']);
    expect(typeof (win as unknown as { Pomoc: { loadCatalogue: unknown } }).Pomoc.loadCatalogue).to.equal('function');
    expect(win.amdDefined).to.deep.equal([]);
    expect(win.hostile.violations).to.deep.equal([]);
    expect(win.hostile.errors).to.deep.equal([]);
  });

  it('another Leaflet already on the page as window.L: ours works, theirs is untouched', async () => {
    const { doc, win } = await open('leaflet.html');
    await widgetsWork(doc);
    expect(win.L).to.equal(win.theirLeaflet);
    expect(win.theirLeaflet!.theirPlugin).to.equal(true);
    const theirs = doc.getElementById('their-map')!;
    expect(theirs.querySelectorAll('.leaflet-marker-icon')).to.have.length(1);
    expect(theirs.querySelector('img.leaflet-tile')).to.not.equal(null);
    // Our markers live in our shadow root, not in their map.
    expect(doc.querySelector('pomoc-map')!.shadowRoot!.querySelector('.leaflet-marker-icon')).to.not.equal(null);
    expect(win.hostile.errors).to.deep.equal([]);
  });
});
