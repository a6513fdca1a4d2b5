import { expect } from '@open-wc/testing';
import {
  DEFAULT_OPTIONS,
  besideScript,
  contrastWithWhite,
  snippet,
  widgetElements,
  type SnippetOptions,
} from './snippet.js';

const SRC = 'https://data.example.cz/katalog.json';
const options = (changes: Partial<SnippetOptions> = {}): SnippetOptions => ({
  ...DEFAULT_OPTIONS,
  src: SRC,
  ...changes,
});

/** The snippet as a browser reads it when a webmaster pastes it into a page. */
function parse(html: string) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('the snippet builder', () => {
  it('writes the script and the element, attributes only when set', () => {
    expect(snippet(options())).to.equal(
      [
        '<script src="https://www.vase-obec.cz/pomoc/pomoc.iife.js"></script>',
        `<pomoc-finder src="${SRC}"></pomoc-finder>`,
      ].join('\n'),
    );
  });

  it('escapes what is typed, so that it stays the value of its attribute', () => {
    const hostile = `"><script>alert(1)</script><b a='x'>&amp; & "quotes"`;
    const html = snippet(options({ heading: hostile, towns: hostile, exitUrl: hostile }));
    const content = parse(html);
    expect(content.querySelectorAll('script').length).to.equal(1);
    expect(content.querySelectorAll('b').length).to.equal(0);
    const finder = content.querySelector('pomoc-finder')!;
    expect(finder.getAttribute('heading')).to.equal(hostile);
    expect(finder.getAttribute('src')).to.equal(SRC);
    expect(html).to.include('&amp;amp; &amp; &quot;quotes&quot;');
  });

  it('breaks a long element into one attribute a line', () => {
    const html = snippet(options({ targetGroups: ['seniori', 'pecujici-osoby'], heading: 'Služby pro seniory' }));
    expect(html.split('\n')).to.deep.equal([
      '<script src="https://www.vase-obec.cz/pomoc/pomoc.iife.js"></script>',
      '<pomoc-finder',
      `  src="${SRC}"`,
      '  heading="Služby pro seniory"',
      '  target-groups="seniori pecujici-osoby"',
      '></pomoc-finder>',
    ]);
  });

  it('writes the finder presets, and fixes only those that are set', () => {
    const [finder] = widgetElements(
      options({
        targetGroups: ['seniori'],
        serviceTypes: ['pecovatelska-sluzba', 'osobni-asistence'],
        forms: [],
        towns: ' Rokycany ,, Mirošov ',
        fixedFilters: ['target-groups', 'forms'],
      }),
    );
    expect(finder.attributes).to.deep.equal([
      ['src', SRC],
      ['target-groups', 'seniori'],
      ['service-types', 'pecovatelska-sluzba osobni-asistence'],
      ['towns', 'Rokycany, Mirošov'],
      ['fixed-filters', 'target-groups'],
    ]);
  });

  it('writes the language, the switch and each widget’s own attributes', () => {
    const [navigator] = widgetElements(
      options({
        widget: 'navigator',
        lang: 'uk',
        languageSwitch: true,
        situation: 'sit-cizinec',
        exitUrl: 'https://www.seznam.cz/',
      }),
    );
    expect(navigator).to.deep.equal({
      tag: 'pomoc-navigator',
      attributes: [
        ['src', SRC],
        ['lang', 'uk'],
        ['languages', 'cs en uk'],
        ['situation', 'sit-cizinec'],
        ['exit-url', 'https://www.seznam.cz/'],
      ],
    });
    const [map] = widgetElements(
      options({
        widget: 'map',
        center: '49.7427, 13.5946',
        zoom: '14',
        tileUrl: 'https://t.example.cz/{z}/{x}/{y}.png',
      }),
    );
    expect(map.tag).to.equal('pomoc-map');
    expect(map.attributes.slice(1)).to.deep.equal([
      ['center', '49.7427, 13.5946'],
      ['zoom', '14'],
      ['tile-url', 'https://t.example.cz/{z}/{x}/{y}.png'],
    ]);
  });

  it('links the map to its finder by id', () => {
    const content = parse(snippet(options({ widget: 'finder-map', heading: 'Služby', zoom: '12' })));
    const finder = content.querySelector('pomoc-finder')!;
    const map = content.querySelector('pomoc-map')!;
    expect(finder.id).to.equal('hledani');
    expect(map.getAttribute('for')).to.equal('hledani');
    // The map reads the catalogue from its finder.
    expect(map.hasAttribute('src')).to.equal(false);
    expect(map.getAttribute('zoom')).to.equal('12');
  });

  it('themes through custom properties, one declaration each', () => {
    const content = parse(
      snippet(options({ accent: '#8A1538', font: `Georgia, serif; color: red"><x>`, radius: '12px' })),
    );
    const finder = content.querySelector<HTMLElement>('pomoc-finder')!;
    expect(finder.style.getPropertyValue('--pomoc-accent').trim()).to.equal('#8a1538');
    expect(finder.style.getPropertyValue('--pomoc-font').trim()).to.equal('Georgia, serif');
    expect(finder.style.getPropertyValue('--pomoc-radius').trim()).to.equal('12px');
    expect(finder.style.getPropertyValue('color')).to.equal('');
    // The default look needs no style at all.
    expect(snippet(options())).not.to.include('style=');
  });

  it('writes an iframe of embed.html next to the script, and its host script', () => {
    const html = snippet(
      options({
        embed: 'iframe',
        widget: 'finder',
        lang: 'en',
        targetGroups: ['seniori'],
        accent: '#8a1538',
        scriptUrl: 'https://www.obec.cz/js/pomoc/pomoc.iife.js',
      }),
    );
    const content = parse(html);
    // Inside a block wrapper, which themes lay out in their text column.
    const iframe = content.querySelector<HTMLIFrameElement>('div.pomoc-embed > iframe')!;
    expect(iframe.title).to.equal('Social services');
    expect(iframe.getAttribute('style')).to.equal('display: block; width: 100%; height: 40em; border: 0');
    const url = new URL(iframe.src);
    expect(url.origin + url.pathname).to.equal('https://www.obec.cz/js/pomoc/embed.html');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      widget: 'finder',
      src: SRC,
      lang: 'en',
      'target-groups': 'seniori',
    });
    expect(content.querySelector('script')!.getAttribute('src')).to.equal('https://www.obec.cz/js/pomoc/embed-host.js');
    expect(content.querySelectorAll('pomoc-finder').length).to.equal(0);
  });

  it('uses the heading as the iframe title, and never an iframe for a linked map', () => {
    const navigator = parse(snippet(options({ embed: 'iframe', widget: 'navigator', heading: 'Když si nevíte rady' })));
    expect(navigator.querySelector('iframe')!.title).to.equal('Když si nevíte rady');
    expect(navigator.querySelector('iframe')!.src).to.include('widget=navigator');
    const linked = parse(snippet(options({ embed: 'iframe', widget: 'finder-map' })));
    expect(linked.querySelector('iframe')).to.equal(null);
    expect(linked.querySelector('pomoc-map')!.getAttribute('for')).to.equal('hledani');
  });

  it('finds the files next to a script given by an incomplete address', () => {
    expect(besideScript('https://www.obec.cz/pomoc/pomoc.iife.js', 'embed.html')).to.equal(
      'https://www.obec.cz/pomoc/embed.html',
    );
    expect(besideScript('/pomoc/pomoc.iife.js', 'embed-host.js')).to.equal('/pomoc/embed-host.js');
  });

  it('measures the accent colour against white as WCAG does', () => {
    expect(contrastWithWhite('#ffffff')).to.be.closeTo(1, 0.01);
    expect(contrastWithWhite('#000000')).to.be.closeTo(21, 0.01);
    expect(contrastWithWhite('#0b5cad')).to.be.above(4.5);
    expect(contrastWithWhite('#ffcc00')).to.be.below(3);
  });
});
