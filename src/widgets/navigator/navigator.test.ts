import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { smallCatalogue } from '../../../test/fixtures/catalogue.js';
import type { PomocNavigator } from './navigator.component.js';
import { walk } from './navigator.state.js';
import './pomoc-navigator.js';

const catalogueUrl = (data: unknown = smallCatalogue()) =>
  URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

const shadow = (el: PomocNavigator) => el.shadowRoot!;
const deepActive = (el: PomocNavigator) => shadow(el).activeElement as HTMLElement | null;
const heading = (el: PomocNavigator) =>
  shadow(el).querySelector('[data-focus]')?.textContent?.replace(/\s+/g, ' ').trim();
const buttons = (el: PomocNavigator, selector: string) => [...shadow(el).querySelectorAll<HTMLButtonElement>(selector)];
const click = async (el: PomocNavigator, selector: string, text: string) => {
  const button = buttons(el, selector).find((b) => b.textContent!.includes(text));
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
  await el.updateComplete;
};

/** A catalogue with a violence-related situation besides the fixture's own. */
function withSensitiveSituation() {
  const data = smallCatalogue();
  data.situations.push({
    id: 'sit-nasili',
    title: 'Domácí násilí',
    summary: 'Ubližuje vám někdo doma?',
    sensitive: true,
    startQuestionId: 'q-bezpeci',
    questions: [
      {
        id: 'q-bezpeci',
        text: 'Jste teď v bezpečí?',
        safety: true,
        answers: [
          { label: 'Ne', outcomeId: 'o-hned' },
          { label: 'Ano', outcomeId: 'o-plan' },
        ],
      },
    ],
    outcomes: [
      { id: 'o-hned', title: 'Volejte hned', urgent: true, sensitive: true, steps: [], crisisLineIds: ['line-112'] },
      { id: 'o-plan', title: 'Bezpečnostní plán', sensitive: true, steps: [{ title: 'Zavolejte poradnu' }] },
    ],
  } as never);
  return data;
}

async function render(src = catalogueUrl(), attributes = '') {
  const container = document.createElement('div');
  container.innerHTML = `<pomoc-navigator src="${src}" ${attributes}></pomoc-navigator>`;
  const el = await fixture<PomocNavigator>(container.firstElementChild as PomocNavigator);
  await waitUntil(() => shadow(el).querySelector('.situations, .question, .outcome, [role="alert"]'), 'not loaded', {
    timeout: 5000,
  });
  return el;
}

describe('<pomoc-navigator>', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));

  it('follows a path through a situation by keyboard alone to a plan with providers', async () => {
    const el = await render();
    const chosen = oneEvent(el, 'pomoc-situation');
    buttons(el, '.situations .choice')[0].focus();
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail).to.deep.equal({ situationId: 'sit-pece', sensitive: false });
    await el.updateComplete;
    expect(deepActive(el)?.textContent).to.contain('Otázka 1');
    expect(deepActive(el)?.textContent).to.contain('Zvládne se o sebe postarat sám?');
    // Focus carries the question to a screen reader; the live region stays quiet, not to say it twice.
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('');

    await sendKeys({ press: 'Tab' });
    expect(deepActive(el)?.textContent).to.contain('Ano, s malou pomocí');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive(el)?.textContent).to.contain('Chce zůstat doma?');

    const reached = oneEvent(el, 'pomoc-outcome');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const outcome = (await reached).detail;
    expect(outcome).to.include({ situationId: 'sit-pece', outcomeId: 'o-doma', sensitive: false });
    expect(outcome.serviceIds).to.deep.equal(['svc-pecovatelska']);
    await el.updateComplete;
    expect(deepActive(el)?.textContent).to.contain('Pomoc doma');
    const providers = shadow(el).querySelector('.providers')!.textContent!;
    expect(providers).to.contain('Pečovatelská služba Rokycany');
    expect(shadow(el).querySelector('.providers a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+420371000101');
  });

  it('names the providers in pomoc-outcome also for a plan reached before the search index is built', async () => {
    // click() makes no pointer or focus event: the index waits for the browser to be idle (a second).
    const el = await render();
    await click(el, '.situations .choice', 'Blízký potřebuje péči');
    await click(el, '.answer', 'Ano, s malou pomocí');
    const reached = oneEvent(el, 'pomoc-outcome');
    await click(el, '.answer', 'Ano');
    expect((await reached).detail.serviceIds).to.deep.equal(['svc-pecovatelska']);
    await el.updateComplete;
    expect(shadow(el).querySelector('.providers')!.textContent).to.contain('Pečovatelská služba Rokycany');
  });

  it('goes back, and a changed earlier answer changes the plan', async () => {
    const el = await render();
    await click(el, '.situations .choice', 'Blízký potřebuje péči');
    await click(el, '.answer', 'Ano, s malou pomocí');
    await click(el, '.answer', 'Ano');
    expect(heading(el)).to.equal('Pomoc doma');

    await click(el, '.navigation .button', 'Zpět');
    expect(heading(el)).to.contain('Chce zůstat doma?');
    await click(el, '.answer', 'Ne');
    expect(heading(el)).to.equal('Pobytová služba');

    await click(el, '.trail .link', 'Změnit');
    expect(heading(el)).to.contain('Zvládne se o sebe postarat sám?');
    await click(el, '.answer', 'Ne');
    expect(heading(el)).to.equal('Pobytová služba');
    expect(shadow(el).querySelectorAll('.trail li')).to.have.length(1);

    await click(el, '.navigation .button', 'Začít znovu');
    expect(shadow(el).querySelector('.situations')).to.not.equal(null);
  });

  it('keeps the path in the URL and restores it from a shared link', async () => {
    const el = await render();
    await click(el, '.situations .choice', 'Blízký potřebuje péči');
    await click(el, '.answer', 'Ano, s malou pomocí');
    await click(el, '.answer', 'Ne');
    expect(location.search).to.equal('?navigator.s=sit-pece&navigator.a=0%2C1');

    // The link opened on another page: a fresh navigator reads the path.
    el.remove();
    const shared = await render(catalogueUrl());
    expect(heading(shared)).to.equal('Pobytová služba');
    expect(shadow(shared).querySelector('.trail')!.textContent).to.contain('Ano, s malou pomocí');

    history.back();
    await waitUntil(() => heading(shared)?.includes('Chce zůstat doma?'), 'Back did not step back');
    // Back does not move focus: the live region says where the path now stands.
    expect(shadow(shared).querySelector('[role="status"]')!.textContent).to.equal('Otázka 2: Chce zůstat doma?');
  });

  it('shows a shared plan at once, and its providers once the search index is built, without moving focus', async () => {
    history.replaceState(null, '', '?navigator.s=sit-pece&navigator.a=0%2C0');
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const el = await fixture<PomocNavigator>(html`<pomoc-navigator src=${catalogueUrl()}></pomoc-navigator>`);
    // What the plan's first render showed of its providers (the index is built in tasks after it).
    const first = new Promise<Element>((resolve) => {
      const observer = new MutationObserver(() => {
        const providers = shadow(el).querySelector('.providers');
        if (!providers) return;
        observer.disconnect();
        resolve(providers.cloneNode(true) as Element);
      });
      observer.observe(shadow(el), { childList: true, subtree: true });
    });
    const waiting = await first;
    expect(heading(el)).to.equal('Pomoc doma');
    expect(waiting.getAttribute('aria-busy')).to.equal('true');
    expect(waiting.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Hledám, kdo vám pomůže…');
    await waitUntil(() => shadow(el).querySelector('.provider'), 'no providers', { timeout: 5000 });
    const providers = shadow(el).querySelector('.providers')!;
    expect(providers.getAttribute('aria-busy')).to.equal('false');
    expect(providers.textContent).to.contain('Pečovatelská služba Rokycany');
    expect(document.activeElement).to.equal(outside);
    outside.remove();
  });

  it('gives two navigators without an id their own place in the URL', async () => {
    const first = await render();
    const second = await render();
    await click(second, '.situations .choice', 'Blízký potřebuje péči');
    expect(location.search).to.equal('?navigator2.s=sit-pece');
    expect(shadow(first).querySelector('.situations')).to.not.equal(null);
  });

  it('embeds one situation', async () => {
    const el = await render(catalogueUrl(), 'situation="sit-pece" url-state="off"');
    expect(shadow(el).querySelector('.situations')).to.equal(null);
    expect(heading(el)).to.contain('Zvládne se o sebe postarat sám?');
  });

  it('keeps crisis lines within reach, and first on an urgent plan', async () => {
    const el = await render(catalogueUrl(withSensitiveSituation()));
    expect(shadow(el).querySelector('details.crisis')!.textContent).to.contain('Linka seniorů');
    await click(el, '.situations .choice', 'Domácí násilí');
    await click(el, '.answer', 'Ne');
    const urgent = shadow(el).querySelector('.crisis.urgent')!;
    expect(urgent.compareDocumentPosition(shadow(el).querySelector('.outcome')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(urgent.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
  });

  it('shows the national crisis lines, in the resident’s language, for a catalogue that lists none', async () => {
    const data = smallCatalogue() as Partial<ReturnType<typeof smallCatalogue>>;
    delete data.crisisLines;
    for (const outcome of data.situations![0].outcomes as { crisisLineIds?: string[] }[]) delete outcome.crisisLineIds;
    const el = await render(catalogueUrl(data), 'lang="uk" url-state="off"');
    const crisis = shadow(el).querySelector<HTMLDetailsElement>('details.crisis')!;
    expect(crisis.querySelector('summary')!.textContent).to.contain('Гарячі лінії та екстрені номери');
    const lines = [...crisis.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines[0]).to.contain('112').and.contain('Єдиний номер екстреної допомоги').and.contain('цілодобово');
    expect(lines.join('\n')).to.contain('116 123').and.contain('Лінія першої психологічної допомоги');
    expect(lines.join('\n')).to.contain('116 006').and.contain('800 200 007');
    expect(crisis.querySelector('a[href="tel:116123"]')).to.not.equal(null);
  });

  it('lets a catalogue’s own entry replace a national line, by number or by id', async () => {
    const data = withSensitiveSituation();
    data.crisisLines = [
      // The same number under the catalogue's own id: it replaces the national 116 006.
      { id: 'bkb-plzen', name: 'Bílý kruh bezpečí Plzeň', phone: '116006', free: true } as never,
      // The library's id with another wording: it replaces the national 112.
      { id: 'linka-112', name: 'Tísňové volání (Rokycany)', phone: '112', alwaysOpen: true } as never,
      data.crisisLines[1],
    ];
    // The urgent plan asks for the library's id of 116 006 first.
    (data.situations.at(-1) as { outcomes: { crisisLineIds?: string[] }[] }).outcomes[0].crisisLineIds = [
      'linka-116006',
    ];
    const el = await render(catalogueUrl(data));
    await click(el, '.situations .choice', 'Domácí násilí');
    await click(el, '.answer', 'Ne');
    const lines = [...shadow(el).querySelectorAll('.crisis.urgent li')].map((li) => li.textContent!);
    expect(lines[0]).to.contain('Bílý kruh bezpečí Plzeň');
    const all = lines.join('\n');
    expect(all).to.contain('Tísňové volání (Rokycany)');
    expect(all).to.not.contain('Jednotné evropské číslo');
    expect(all).to.not.contain('Linka pro oběti kriminality');
    expect(shadow(el).querySelectorAll('.crisis.urgent a[href="tel:116006"]')).to.have.length(1);
    expect(shadow(el).querySelectorAll('.crisis.urgent a[href="tel:112"]')).to.have.length(1);
  });

  it('keeps nothing of a sensitive path in the URL, and offers a quick exit', async () => {
    const el = await render(catalogueUrl(withSensitiveSituation()));
    expect(shadow(el).querySelector('.quick-exit')).to.equal(null);
    const lengthBefore = history.length;
    await click(el, '.situations .choice', 'Domácí násilí');
    await click(el, '.answer', 'Ano');
    expect(heading(el)).to.equal('Bezpečnostní plán');
    expect(location.search).to.equal('');
    expect(history.length).to.equal(lengthBefore);
    expect(shadow(el).querySelector('.quick-exit')).to.not.equal(null);
  });

  it('filters the situations as the resident types, and tells a screen reader how many match', async () => {
    const el = await render('/data-schema/examples/sample-catalogue.json');
    const field = shadow(el).querySelector<HTMLInputElement>('.filter input')!;
    const status = () => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
    const type = (text: string) => {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type('xyz');
    await waitUntil(() => status() !== '', 'nothing announced');
    expect(status()).to.equal('Žádná situace neodpovídá. Zkuste jiné slovo.');
    expect(buttons(el, '.situations .choice')).to.have.length(0);
    type('dluh');
    await waitUntil(() => status().startsWith('Počet'), 'the count was not announced');
    const shown = buttons(el, '.situations .choice').length;
    expect(shown).to.be.greaterThan(0);
    expect(status()).to.equal(`Počet odpovídajících situací: ${shown}.`);
  });

  it('keeps no step in history of a situation that can lead to a sensitive plan', async () => {
    const data = smallCatalogue();
    // "A relative needs care", where one answer leads to a violence-related plan.
    const situation = data.situations[0];
    situation.questions[1].answers[1] = { label: 'Bojím se ho', outcomeId: 'o-nasili' } as never;
    situation.outcomes.push({ id: 'o-nasili', title: 'Bezpečí v rodině', sensitive: true, steps: [] } as never);
    const el = await render(catalogueUrl(data));
    const lengthBefore = history.length;
    await click(el, '.situations .choice', 'Blízký potřebuje péči');
    await click(el, '.answer', 'Ano, s malou pomocí');
    expect(heading(el)).to.contain('Chce zůstat doma?');
    expect(location.search).to.equal('');
    await click(el, '.answer', 'Bojím se ho');
    expect(heading(el)).to.contain('Bezpečí v rodině');
    expect(location.search).to.equal('');
    expect(history.length).to.equal(lengthBefore);
    expect(shadow(el).querySelector('.quick-exit')).to.not.equal(null);
  });

  it('leaves at once with the quick exit, and Back does not return', async () => {
    for (const how of ['button', 'escape'] as const) {
      const frame = document.createElement('iframe');
      frame.src = '/test/fixtures/quick-exit.html';
      document.body.append(frame);
      await oneEvent(frame, 'load');
      const navigator = frame.contentDocument!.querySelector('pomoc-navigator') as PomocNavigator;
      await waitUntil(() => navigator.shadowRoot?.querySelector('.quick-exit'), 'no quick exit', { timeout: 5000 });
      const lengthBefore = frame.contentWindow!.history.length;
      const left = oneEvent(frame, 'load');
      if (how === 'button') navigator.shadowRoot!.querySelector<HTMLButtonElement>('.quick-exit')!.click();
      else {
        for (let i = 0; i < 3; i++) {
          frame.contentDocument!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        }
      }
      await left;
      expect(frame.contentWindow!.location.pathname, how).to.equal('/test/fixtures/exited.html');
      expect(frame.contentWindow!.history.length, how).to.equal(lengthBefore);
      frame.remove();
    }
  });

  it('never runs a javascript: exit-url (an embed takes it from its URL), and still leaves', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/quick-exit.html';
    document.body.append(frame);
    await oneEvent(frame, 'load');
    const navigator = frame.contentDocument!.querySelector('pomoc-navigator') as PomocNavigator;
    await waitUntil(() => navigator.shadowRoot?.querySelector('.quick-exit'), 'no quick exit', { timeout: 5000 });
    navigator.setAttribute('exit-url', 'javascript:parent.pomocPwned=true');
    const frameConsole = (frame.contentWindow as Window & typeof globalThis).console;
    const warn = frameConsole.warn;
    const warnings: string[] = [];
    frameConsole.warn = (message: string) => warnings.push(message);
    const left = oneEvent(frame, 'load');
    navigator.shadowRoot!.querySelector<HTMLButtonElement>('.quick-exit')!.click();
    frameConsole.warn = warn;
    await left;
    expect((window as { pomocPwned?: boolean }).pomocPwned).to.equal(undefined);
    expect(warnings.join('\n')).to.contain('is not a web address');
    frame.remove();
  });

  it('skips a broken situation, says why in the console, and shows the others', async () => {
    const data = smallCatalogue();
    const broken = structuredClone(data.situations[0]);
    broken.id = 'sit-kruh';
    broken.title = { cs: 'Kruhová situace', en: 'Looping' };
    broken.questions[1].answers[1] = { label: 'Znovu', questionId: 'q-sam' } as never;
    data.situations.push(broken);
    const dangling = structuredClone(data.situations[0]);
    dangling.id = 'sit-nikam';
    dangling.questions[0].answers[0] = { label: 'Nikam', outcomeId: 'o-neni' } as never;
    data.situations.push(dangling);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await render(catalogueUrl(data));
      const titles = buttons(el, '.situations .choice').map((b) => b.querySelector('.choice-title')!.textContent);
      expect(titles).to.deep.equal(['Blízký potřebuje péči']);
      // The messages' texts load for this report only.
      await waitUntil(() => warnings.some((w) => w.startsWith('pomoc-navigator:')), 'no report in the console');
      expect(warnings.join('\n')).to.contain('situations[1].questions (sit-kruh): the questions form a loop');
      expect(warnings.join('\n')).to.contain('situations[2].questions[0].answers[0].outcomeId (sit-nikam): "o-neni"');
    } finally {
      console.warn = warn;
    }
  });

  it('opens the crisis lines beside a safety question', async () => {
    const el = await render(catalogueUrl(withSensitiveSituation()));
    expect(shadow(el).querySelector<HTMLDetailsElement>('details.crisis')!.open).to.equal(false);
    await click(el, '.situations .choice', 'Domácí násilí');
    expect(heading(el)).to.contain('Jste teď v bezpečí?');
    expect(shadow(el).querySelector<HTMLDetailsElement>('details.crisis')!.open).to.equal(true);
  });

  it('fits a 320 px wide phone without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await render();
      await click(el, '.situations .choice', 'Blízký potřebuje péči');
      await click(el, '.answer', 'Ano, s malou pomocí');
      await click(el, '.answer', 'Ano');
      const right = el.getBoundingClientRect().right;
      const overflowing = [...shadow(el).querySelectorAll<HTMLElement>('*')].filter(
        (node) => node.getBoundingClientRect().right > right + 1,
      );
      expect(overflowing.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('accessibility (axe-core)', () => {
    it('start', async () => {
      const el = await render();
      await expect(el).to.be.accessible();
    });

    it('question', async () => {
      const el = await render();
      await click(el, '.situations .choice', 'Blízký potřebuje péči');
      await click(el, '.answer', 'Ano, s malou pomocí');
      await expect(el).to.be.accessible();
    });

    it('outcome, urgent, with quick exit', async () => {
      const el = await render(catalogueUrl(withSensitiveSituation()));
      await click(el, '.situations .choice', 'Domácí násilí');
      await click(el, '.answer', 'Ne');
      await expect(el).to.be.accessible();
    });

    it('error', async () => {
      const el = await fixture<PomocNavigator>(html`<pomoc-navigator src="/no-such-catalogue.json"></pomoc-navigator>`);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error shown');
      await expect(el).to.be.accessible();
    });
  });
});

describe('walk', () => {
  it('stops where a path from a link no longer fits', () => {
    const situation = smallCatalogue().situations[0] as never;
    expect(walk(situation, [0, 0]).outcome?.id).to.equal('o-doma');
    expect(walk(situation, [0]).question?.id).to.equal('q-doma');
    const broken = walk(situation, [5, 0]);
    expect(broken.steps).to.have.length(0);
    expect(broken.question?.id).to.equal('q-sam');
  });
});
