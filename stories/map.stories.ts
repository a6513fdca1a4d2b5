import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/widgets/finder/pomoc-finder.js';
import '../src/widgets/map/pomoc-map.js';

/** The attributes a webmaster writes, plus `style` for the custom properties. */
interface MapArgs {
  src: string;
  heading: string;
  for: string;
  tileUrl: string;
  tileAttribution: string;
  center: string;
  zoom: number | undefined;
  style: string;
}

const SAMPLE = 'examples/sample-catalogue.json';
const MISSING = 'examples/missing-catalogue.json';
// A plain local tile (served by .storybook/main.ts): Storybook builds and runs offline.
const LOCAL_TILES = 'tiles/blank.png?{z}/{x}/{y}';

/** An element in the map's shadow root, once it shows (the catalogue and Leaflet load asynchronously). */
async function rendered(canvasElement: HTMLElement, selector: string): Promise<HTMLElement> {
  const widget = canvasElement.querySelector('pomoc-map')!;
  return waitFor(
    () => {
      const element = widget.shadowRoot?.querySelector<HTMLElement>(selector);
      expect(element, `<pomoc-map> shows ${selector}`).toBeTruthy();
      return element!;
    },
    { timeout: 5000 },
  );
}

const map = (args: MapArgs) => html`
  <pomoc-map
    src=${args.src || nothing}
    heading=${args.heading || nothing}
    for=${args.for || nothing}
    tile-url=${args.tileUrl || nothing}
    tile-attribution=${args.tileAttribution || nothing}
    center=${args.center || nothing}
    zoom=${args.zoom ?? nothing}
    style=${args.style || nothing}
  ></pomoc-map>
`;

const meta = {
  title: 'Widgets/Map',
  component: 'pomoc-map',
  render: (args) => html`${keyed(JSON.stringify(args), map(args))}`,
  args: {
    src: SAMPLE,
    heading: '',
    for: '',
    tileUrl: LOCAL_TILES,
    tileAttribution: 'Prázdný podklad pro ukázky',
    center: '',
    zoom: undefined,
    style: '',
  },
  argTypes: {
    src: { control: 'text', description: 'The URL of the catalogue (JSON).' },
    heading: { control: 'text', description: 'The heading; a default in the interface language.' },
    for: { control: 'text', description: 'The id of a <pomoc-finder> whose results the map shows.' },
    tileUrl: {
      name: 'tile-url',
      control: 'text',
      description: 'Tile URL template; OpenStreetMap when empty (needs the network).',
    },
    tileAttribution: { name: 'tile-attribution', control: 'text', description: 'Credit for your own tiles.' },
    center: { control: 'text', description: 'First view: "latitude, longitude".' },
    zoom: { control: 'number', description: 'First view: zoom level (with center).' },
    style: { control: 'text', description: 'Inline style: set the --pomoc-* custom properties here.' },
  },
  parameters: {
    docs: {
      description: {
        component: `The services of a catalogue on a Leaflet map (loaded only when a map is on the page), with the
same places as a list. Hidden addresses are never mapped; outreach services are listed, and their area is drawn on request.

Parts: base, heading, search, map, attribution, list, unplaced, detail.

Custom properties: --pomoc-map-height, --pomoc-marker, --pomoc-marker-text, and those of every widget (--pomoc-font,
--pomoc-font-size, --pomoc-text, --pomoc-muted, --pomoc-background, --pomoc-surface, --pomoc-border, --pomoc-accent,
--pomoc-accent-text, --pomoc-radius).`,
      },
    },
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

/** Every place of the sample catalogue, clustered, fitted to the places. */
export const Places: Story = {};

/** A resident opens a cluster, then a place, from the keyboard. */
export const Popup: Story = {
  play: async ({ canvasElement }) => {
    const place = await rendered(canvasElement, '.marker.place');
    place.focus();
    await userEvent.keyboard('{Enter}');
    await expect(await rendered(canvasElement, '.leaflet-popup')).toBeVisible();
  },
};

/** The same places as a list: the equivalent of the map for screen readers and small screens. */
export const List: Story = {
  play: async ({ canvasElement }) => {
    const list = (await rendered(canvasElement, '.mode:last-child')) as HTMLButtonElement;
    await userEvent.click(list);
    await expect(await rendered(canvasElement, '.places')).toBeVisible();
  },
};

/** Outreach services have no pin: the towns they serve are drawn when asked. */
export const OutreachArea: Story = {
  play: async ({ canvasElement }) => {
    const details = (await rendered(canvasElement, '.unplaced')) as HTMLDetailsElement;
    details.open = true;
    await userEvent.click(await rendered(canvasElement, '.unplaced button[aria-pressed]'));
    await expect(await rendered(canvasElement, 'path.area')).toBeTruthy();
  },
};

/** Linked to a finder: the map shows the finder's results; a place opened on the map is marked in the finder. */
export const WithFinder: Story = {
  args: { src: '', for: 'finder-story' },
  render: (args) =>
    html`<div style="display:grid; gap:2rem; grid-template-columns:repeat(auto-fit, minmax(20rem, 1fr))">
      <pomoc-finder id="finder-story" src=${SAMPLE} url-state="off" page-size="5"></pomoc-finder>
      ${map(args)}
    </div>`,
};

/** A town's view: the centre of Rokycany, zoomed in. */
export const Centred: Story = {
  args: { center: '49.7427, 13.5946', zoom: 14 },
};

/** OpenStreetMap tiles (the default) where the network is unreachable: markers and the list still work. */
export const TilesFail: Story = {
  args: { tileUrl: 'tiles/missing/{z}/{x}/{y}.png', tileAttribution: '' },
};

/** The catalogue is not there (HTTP 404): a plain sentence and "try again". */
// The story's name hides the global Error in this module: nothing here throws one.
export const Error: Story = {
  args: { src: MISSING },
};

/** A town's own colours and a taller map, through the --pomoc-* custom properties. */
export const Themed: Story = {
  args: {
    style: '--pomoc-accent: #8a1538; --pomoc-marker: #8a1538; --pomoc-map-height: 36em; --pomoc-radius: 0;',
  },
};
