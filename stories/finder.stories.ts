import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { browserCache } from '../src/catalogue/cache.js';
import '../src/widgets/finder/pomoc-finder.js';

/** The attributes a webmaster writes, plus `style` for the custom properties. */
interface FinderArgs {
  src: string;
  heading: string;
  pageSize: number;
  serviceTypes: string;
  targetGroups: string;
  forms: string;
  towns: string;
  kinds: string;
  fixedFilters: string;
  urlState: 'on' | 'off';
  style: string;
}

const SAMPLE = 'examples/sample-catalogue.json';
// Addresses no file answers: the Loading story holds its request open, Error and Stale get a 404.
const HANGING = 'examples/hanging-catalogue.json';
const MISSING = 'examples/missing-catalogue.json';
const MOVED = 'examples/moved-catalogue.json';

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** The element in the story, once `selector` shows in its shadow root (the catalogue loads asynchronously). */
async function rendered<E extends Element = HTMLElement>(canvasElement: HTMLElement, selector: string): Promise<E> {
  const widget = canvasElement.querySelector('pomoc-finder')!;
  return waitFor(
    () => {
      const element = widget.shadowRoot?.querySelector<E>(selector);
      expect(element, `<pomoc-finder> shows ${selector}`).toBeTruthy();
      return element!;
    },
    { timeout: 5000 },
  );
}

/** The element as a webmaster writes it. */
const finder = (args: FinderArgs) => html`
  <pomoc-finder
    src=${args.src}
    heading=${args.heading || nothing}
    page-size=${args.pageSize}
    service-types=${args.serviceTypes || nothing}
    target-groups=${args.targetGroups || nothing}
    forms=${args.forms || nothing}
    towns=${args.towns || nothing}
    kinds=${args.kinds || nothing}
    fixed-filters=${args.fixedFilters || nothing}
    url-state=${args.urlState}
    style=${args.style || nothing}
  ></pomoc-finder>
`;

const meta = {
  title: 'Widgets/Finder',
  component: 'pomoc-finder',
  // The finder reads its presets once, as a page loads: a new element for each change in Controls.
  render: (args) => html`${keyed(JSON.stringify(args), finder(args))}`,
  args: {
    src: SAMPLE,
    heading: '',
    pageSize: 20,
    serviceTypes: '',
    targetGroups: '',
    forms: '',
    towns: '',
    kinds: '',
    fixedFilters: '',
    // Keep the view out of Storybook's own URL; on a town's page leave the default, "on".
    urlState: 'off',
    style: '',
  },
  argTypes: {
    src: { name: 'src', control: 'text', description: 'The URL of the catalogue (JSON).' },
    heading: { name: 'heading', control: 'text', description: 'The heading; empty for the default.' },
    pageSize: {
      name: 'page-size',
      control: { type: 'number', min: 1 },
      description: 'How many results show before "show more".',
    },
    serviceTypes: { name: 'service-types', control: 'text', description: 'Preset service types (codes).' },
    targetGroups: {
      name: 'target-groups',
      control: 'text',
      description: 'Preset target groups (codes), e.g. "seniori".',
    },
    forms: { name: 'forms', control: 'text', description: 'Preset forms: "terenni", "ambulantni", "pobytova".' },
    towns: { name: 'towns', control: 'text', description: 'Preset towns (names, comma-separated).' },
    kinds: { name: 'kinds', control: 'text', description: 'Preset kinds: "social", "related".' },
    fixedFilters: {
      name: 'fixed-filters',
      control: 'text',
      description: 'Which presets are fixed rather than pre-selected, e.g. "target-groups towns".',
    },
    urlState: {
      name: 'url-state',
      control: 'inline-radio',
      options: ['on', 'off'],
      description: 'Keep the view in the page URL.',
    },
    style: { control: 'text', description: 'Inline style: set the --pomoc-* custom properties here.' },
  },
  parameters: {
    docs: {
      description: {
        component: `Search and filter the providers and services of a catalogue.

Parts: base, heading, search, input, filters, chips, results, result, result-name, detail, more.

Custom properties: --pomoc-font, --pomoc-font-size, --pomoc-text, --pomoc-muted, --pomoc-background,
--pomoc-surface, --pomoc-border, --pomoc-accent, --pomoc-accent-text, --pomoc-radius.`,
      },
    },
  },
} satisfies Meta<FinderArgs>;

export default meta;
type Story = StoryObj<FinderArgs>;

/** The whole sample catalogue, by name. */
export const Results: Story = {};

/** A resident types a word without diacritics. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await rendered(canvasElement, '#q'), 'pecovatelska');
    await expect(await rendered(canvasElement, '.result')).toHaveTextContent('Pečovatelská služba');
  },
};

/** Presets pre-select filters; the resident sees them as chips and may remove them. */
export const Filtered: Story = {
  args: { forms: 'terenni', targetGroups: 'seniori' },
};

/** A page for seniors: the target group is fixed, so it has no filter and no chip. */
export const SeniorsPage: Story = {
  args: { heading: 'Služby pro seniory', targetGroups: 'seniori', fixedFilters: 'target-groups' },
};

/** Nothing matches: the finder suggests what to try next. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await rendered(canvasElement, '#q'), 'xylofon');
    await rendered(canvasElement, '.empty');
  },
};

/** The first result with its detail open. */
export const Detail: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await rendered(canvasElement, '.details-toggle'));
    await expect(await rendered(canvasElement, '[part="detail"]:not([hidden])')).toBeVisible();
  },
};

/** The catalogue is on its way: this story holds its request open. */
export const Loading: Story = {
  args: { src: HANGING },
  beforeEach: () => {
    const realFetch = window.fetch;
    window.fetch = (input, init) =>
      String(input) === absolute(HANGING) ? new Promise<Response>(() => {}) : realFetch(input, init);
    return () => {
      window.fetch = realFetch;
    };
  },
};

/** The catalogue is not there (HTTP 404): a plain sentence and "try again". */
// The story's name hides the global Error in this module: nothing here throws one.
export const Error: Story = {
  args: { src: MISSING },
};

/** The source fails, but the browser kept the last good copy: it is shown, dated. */
export const Stale: Story = {
  args: { src: MOVED },
  beforeEach: async () => {
    const text = await (await fetch(SAMPLE)).text();
    await browserCache.save(absolute(MOVED), { text, savedAt: '2026-11-16T08:00:00.000Z' });
  },
};

/** A town's own colours, font and corners, through the --pomoc-* custom properties. */
export const Themed: Story = {
  args: {
    style: '--pomoc-accent: #8a1538; --pomoc-font: Georgia, serif; --pomoc-radius: 0; --pomoc-surface: #fbf6ef;',
  },
};
