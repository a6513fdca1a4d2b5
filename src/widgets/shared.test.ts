// What the widgets on one page share: one catalogue, its failures and its recovery.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { smallCatalogue } from '../../test/fixtures/catalogue.js';
import './finder/pomoc-finder.js';
import './navigator/pomoc-navigator.js';

describe('widgets sharing a catalogue', () => {
  it('"Try again" in one widget brings back every widget that failed on the same catalogue', async () => {
    const url = `/flaky-${Date.now()}.json`;
    const realFetch = window.fetch;
    let answers = 0;
    window.fetch = async (input, init) => {
      const address = input instanceof Request ? input.url : String(input);
      if (!address.endsWith(url)) return realFetch(input, init);
      // Down at first, back up for the retry.
      return answers++ === 0
        ? new Response('Service Unavailable', { status: 503 })
        : new Response(JSON.stringify(smallCatalogue()), { headers: { 'Content-Type': 'application/json' } });
    };
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const container = await fixture(`<div>
        <pomoc-finder src="${url}" url-state="off"></pomoc-finder>
        <pomoc-navigator src="${url}" url-state="off"></pomoc-navigator>
      </div>`);
      const [finder, navigator] = [...container.children] as HTMLElement[];
      const alert = (el: HTMLElement) => el.shadowRoot?.querySelector('[role="alert"]');
      await waitUntil(() => alert(finder) && alert(navigator), 'both should show the error', { timeout: 5000 });
      expect(answers).to.equal(1);
      alert(finder)!.querySelector('button')!.click();
      await waitUntil(() => finder.shadowRoot!.querySelector('.results'), 'the finder did not recover', {
        timeout: 5000,
      });
      await waitUntil(() => navigator.shadowRoot!.querySelector('.situations'), 'the navigator still shows the error', {
        timeout: 5000,
      });
      expect(alert(navigator)).to.equal(null);
      // One fetch for the retry, shared by both.
      expect(answers).to.equal(2);
    } finally {
      window.fetch = realFetch;
      console.warn = warn;
    }
  });
});
