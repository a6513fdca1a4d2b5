// A shared link with a query in it: the finder loads the synonyms and Czech towns of search after
// its first results (see finder.component.ts), except when the URL already holds a query, which
// must be understood in the very first results shown, not corrected a moment later. Its own file:
// each test file runs in a fresh page, where nothing has loaded that data yet.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { PomocFinder } from './finder.component.js';
import './pomoc-finder.js';

const SAMPLE = '/data-schema/examples/sample-catalogue.json';

/**
 * The finder of `markup`, and every list of results a resident could have seen in it, in order,
 * until half a second after the first.
 */
async function openSeeing(markup: string): Promise<{ el: PomocFinder; seen: string[][] }> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  const el = await fixture<PomocFinder>(container.firstElementChild as PomocFinder);
  const seen: string[][] = [];
  const record = () => {
    const root = el.shadowRoot!;
    const ids = [...root.querySelectorAll('.results:not(.nearby) .result h3')].map((h) => h.id.slice(2));
    // "Nothing found" is a result too.
    if (!ids.length && root.querySelector('.empty')) ids.push('(nothing found)');
    if (ids.length && ids.join() !== seen.at(-1)?.join()) seen.push(ids);
  };
  new MutationObserver(record).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  record();
  await waitUntil(() => seen.length > 0, 'no results', { timeout: 20000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { el, seen };
}

describe('<pomoc-finder> opened from a shared link with a query', () => {
  after(() => history.replaceState(null, '', location.pathname));

  it('shows the understood results first (a colloquial name: azyl is a shelter, not every word starting so), never a plain-word search corrected later', async () => {
    history.replaceState(null, '', `${location.pathname}?finder.q=${encodeURIComponent('azyl')}`);
    const { seen } = await openSeeing(`<pomoc-finder src="${SAMPLE}" lang="cs"></pomoc-finder>`);
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.deep.equal(['svc-majak-azylovy-dum']);
  });
});

describe('<pomoc-finder> opened from a shared link sorted by distance', () => {
  after(() => history.replaceState(null, '', location.pathname));

  it('shows the results by distance from the first, with the linked service open past the first page', async () => {
    // The distance code loads only for such a link (finder.component.ts: loadGeo); a QR code of
    // the printed booklet links to one service.
    const detail = 'svc-cesta-ven-ambulance';
    history.replaceState(
      null,
      '',
      `${location.pathname}?finder.sort=distance&finder.from=Radnice&finder.detail=${detail}`,
    );
    const { el, seen } = await openSeeing(`<pomoc-finder src="${SAMPLE}" lang="cs" page-size="3"></pomoc-finder>`);
    // One list, never first by name then by distance; the linked service's card among it, open.
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.include(detail);
    expect(seen[0].length).to.be.greaterThan(3);
    const open = el.shadowRoot!.querySelector(`#d-${detail}`) as HTMLElement;
    expect(open.hidden).to.equal(false);
  });
});
