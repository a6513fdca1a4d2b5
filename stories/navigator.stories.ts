import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/widgets/navigator/pomoc-navigator.js';

/** The attributes a webmaster writes, plus `style` for the custom properties. */
interface NavigatorArgs {
  src: string;
  heading: string;
  situation: string;
  exitUrl: string;
  urlState: 'on' | 'off';
  style: string;
}

const SAMPLE = 'examples/sample-catalogue.json';
const MISSING = 'examples/missing-catalogue.json';

/** An element in the navigator's shadow root, once it shows (the catalogue loads asynchronously). */
async function rendered<E extends Element = HTMLElement>(canvasElement: HTMLElement, selector: string): Promise<E> {
  const widget = canvasElement.querySelector('pomoc-navigator')!;
  return waitFor(
    () => {
      const element = widget.shadowRoot?.querySelector<E>(selector);
      expect(element, `<pomoc-navigator> shows ${selector}`).toBeTruthy();
      return element!;
    },
    { timeout: 5000 },
  );
}

/** Click the button of `selector` whose text contains `text`. */
async function choose(canvasElement: HTMLElement, selector: string, text: string) {
  await rendered(canvasElement, selector);
  const root = canvasElement.querySelector('pomoc-navigator')!.shadowRoot!;
  const button = [...root.querySelectorAll<HTMLElement>(selector)].find((b) => b.textContent!.includes(text));
  await userEvent.click(button!);
}

const navigator = (args: NavigatorArgs) => html`
  <pomoc-navigator
    src=${args.src}
    heading=${args.heading || nothing}
    situation=${args.situation || nothing}
    exit-url=${args.exitUrl || nothing}
    url-state=${args.urlState}
    style=${args.style || nothing}
  ></pomoc-navigator>
`;

const meta = {
  title: 'Widgets/Navigator',
  component: 'pomoc-navigator',
  render: (args) => html`${keyed(JSON.stringify(args), navigator(args))}`,
  args: {
    src: SAMPLE,
    heading: '',
    situation: '',
    exitUrl: 'https://www.google.com/',
    // Keep the path out of Storybook's own URL; on a town's page leave the default, "on".
    urlState: 'off',
    style: '',
  },
  argTypes: {
    src: { name: 'src', control: 'text', description: 'The URL of the catalogue (JSON).' },
    heading: { name: 'heading', control: 'text', description: 'The heading; empty for the default.' },
    situation: { name: 'situation', control: 'text', description: 'Show one life situation only (its id).' },
    exitUrl: { name: 'exit-url', control: 'text', description: 'Where the quick exit leads.' },
    urlState: {
      name: 'url-state',
      control: 'inline-radio',
      options: ['on', 'off'],
      description: 'Keep the path in the page URL.',
    },
    style: { control: 'text', description: 'Inline style: set the --pomoc-* custom properties here.' },
  },
  parameters: {
    docs: {
      description: {
        component: `A guided path from a life situation to concrete help.

Parts: base, heading, situations, question, answers, trail, outcome, providers, crisis-lines, quick-exit.

Custom properties: --pomoc-font, --pomoc-text, --pomoc-muted, --pomoc-surface, --pomoc-border,
--pomoc-accent, --pomoc-accent-text, --pomoc-danger, --pomoc-radius.`,
      },
    },
  },
} satisfies Meta<NavigatorArgs>;

export default meta;
type Story = StoryObj<NavigatorArgs>;

/** The life situations of the sample catalogue, as large choices. */
export const Start: Story = {};

/** The second question of "a senior needs care", with the answer given so far. */
export const Question: Story = {
  play: async ({ canvasElement }) => {
    await choose(canvasElement, '.situations .choice', 'Senior potřebuje pomoc nebo péči');
    await choose(canvasElement, '.answer', 'Doma');
    await rendered(canvasElement, '.trail');
  },
};

/** A finished plan: steps, documents, the kinds of service that fit and the providers. */
export const Outcome: Story = {
  args: { situation: 'sit-dluhy-exekuce' },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, '.answer', 'Ano');
    while (!canvasElement.querySelector('pomoc-navigator')!.shadowRoot!.querySelector('.outcome')) {
      await choose(canvasElement, '.answer', '');
    }
    await rendered(canvasElement, '.providers');
  },
};

/** Domestic violence: the safety question first, and a quick exit on screen. */
export const Sensitive: Story = {
  args: { situation: 'sit-domaci-nasili' },
  play: async ({ canvasElement }) => {
    await rendered(canvasElement, '.quick-exit');
  },
};

/** An urgent plan: the crisis lines come before everything else. */
export const Urgent: Story = {
  args: { situation: 'sit-domaci-nasili' },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, '.answer', 'Ne, jsem v ohrožení');
    await rendered(canvasElement, '.crisis.urgent');
  },
};

/** One situation embedded, e.g. on a page for seniors. */
export const OneSituation: Story = {
  args: { situation: 'sit-senior-potrebuje-peci', heading: 'Senior potřebuje pomoc' },
};

/** The catalogue is not there (HTTP 404): a plain sentence and "try again". */
// The story's name hides the global Error in this module: nothing here throws one.
export const Error: Story = {
  args: { src: MISSING },
};
