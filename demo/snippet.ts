/**
 * The snippet builder's output, without the DOM: the widget elements chosen in the form (which the
 * preview renders too) and the exact HTML a webmaster pastes into the CMS.
 */

export type Widget = 'finder' | 'navigator' | 'map' | 'finder-map';
export type Embed = 'script' | 'iframe';
export type Language = '' | 'cs' | 'en' | 'uk';

export interface SnippetOptions {
  widget: Widget;
  /** `iframe` for a CMS that allows no script; one widget only (a linked map needs its finder on the page). */
  embed: Embed;
  /** Where pomoc.iife.js is hosted; embed.html and embed-host.js sit next to it. */
  scriptUrl: string;
  /** The catalogue URL. */
  src: string;
  /** Empty: the language of the page. */
  lang: Language;
  languageSwitch: boolean;
  heading: string;
  targetGroups: string[];
  serviceTypes: string[];
  forms: string[];
  /** Comma-separated, as the attribute takes them. */
  towns: string;
  /** Which presets are fixed: their attribute names, e.g. `target-groups`. */
  fixedFilters: string[];
  situation: string;
  exitUrl: string;
  center: string;
  zoom: string;
  tileUrl: string;
  tileAttribution: string;
  /** `#rrggbb`. */
  accent: string;
  font: string;
  radius: string;
}

export const DEFAULT_ACCENT = '#0b5cad';
/** The finder's id that a linked map names in `for`. */
export const FINDER_ID = 'hledani';

export const DEFAULT_OPTIONS: SnippetOptions = {
  widget: 'finder',
  embed: 'script',
  scriptUrl: 'https://www.vase-obec.cz/pomoc/pomoc.iife.js',
  src: '',
  lang: '',
  languageSwitch: false,
  heading: '',
  targetGroups: [],
  serviceTypes: [],
  forms: [],
  towns: '',
  fixedFilters: [],
  situation: '',
  exitUrl: '',
  center: '',
  zoom: '',
  tileUrl: '',
  tileAttribution: '',
  accent: DEFAULT_ACCENT,
  font: '',
  radius: '',
};

export interface ElementSpec {
  tag: 'pomoc-finder' | 'pomoc-navigator' | 'pomoc-map';
  /** In the order they are written; only attributes with a value. */
  attributes: [name: string, value: string][];
}

const TITLES: Record<Exclude<Widget, 'finder-map'>, Record<Language, string>> = {
  finder: { '': 'Sociální služby', cs: 'Sociální služby', en: 'Social services', uk: 'Соціальні послуги' },
  navigator: {
    '': 'Průvodce životními situacemi',
    cs: 'Průvodce životními situacemi',
    en: 'Guide to life situations',
    uk: 'Путівник життєвими ситуаціями',
  },
  map: {
    '': 'Mapa sociálních služeb',
    cs: 'Mapa sociálních služeb',
    en: 'Map of social services',
    uk: 'Мапа соціальних послуг',
  },
};

/** Whether the options ask for an iframe that can be made: the finder with its map cannot be one. */
export function isIframe(options: SnippetOptions): boolean {
  return options.embed === 'iframe' && options.widget !== 'finder-map';
}

/** The widget elements of the snippet, which the preview renders as they are. */
export function widgetElements(options: SnippetOptions): ElementSpec[] {
  const o = options;
  const iframe = isIframe(o);
  const common: [string, string][] = [
    ['src', o.src.trim()],
    ['lang', o.lang],
    ['languages', o.languageSwitch ? 'cs en uk' : ''],
    ['heading', o.heading.trim()],
  ];
  const towns = o.towns
    .split(',')
    .map((town) => town.trim())
    .filter(Boolean)
    .join(', ');
  const presets: Record<string, string> = {
    'target-groups': o.targetGroups.join(' '),
    'service-types': o.serviceTypes.join(' '),
    forms: o.forms.join(' '),
    towns,
  };
  // Only a preset that is set can be fixed.
  const fixed = o.fixedFilters.filter((name) => presets[name]);
  const finder: [string, string][] = [...Object.entries(presets), ['fixed-filters', fixed.join(' ')]];
  const navigator: [string, string][] = [
    ['situation', o.situation],
    ['exit-url', o.exitUrl.trim()],
  ];
  const map: [string, string][] = [
    ['center', o.center.trim()],
    ['zoom', o.zoom.trim()],
    ['tile-url', o.tileUrl.trim()],
    ['tile-attribution', o.tileAttribution.trim()],
  ];
  // An iframe cannot take a style; the page inside it has the default look.
  const style: [string, string][] = iframe ? [] : [['style', styleOf(o)]];
  const spec = (tag: ElementSpec['tag'], attributes: [string, string][]): ElementSpec => ({
    tag,
    attributes: attributes.filter(([, value]) => value !== ''),
  });

  switch (o.widget) {
    case 'finder':
      return [spec('pomoc-finder', [...common, ...finder, ...style])];
    case 'navigator':
      return [spec('pomoc-navigator', [...common, ...navigator, ...style])];
    case 'map':
      return [spec('pomoc-map', [...common, ...map, ...style])];
    case 'finder-map':
      return [
        spec('pomoc-finder', [['id', FINDER_ID], ...common, ...finder, ...style]),
        // The map reads the catalogue and the language from its finder; the heading is the finder's.
        spec('pomoc-map', [['for', FINDER_ID], ...map, ...style]),
      ];
  }
}

/** The `style` attribute's value: the theme's custom properties that differ from the defaults. */
export function styleOf(options: Pick<SnippetOptions, 'accent' | 'font' | 'radius'>): string {
  const declarations: string[] = [];
  const accent = options.accent.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(accent) && accent !== DEFAULT_ACCENT) declarations.push(`--pomoc-accent: ${accent}`);
  const font = cssValue(options.font);
  if (font) declarations.push(`--pomoc-font: ${font}`);
  const radius = cssValue(options.radius);
  if (radius) declarations.push(`--pomoc-radius: ${radius}`);
  return declarations.join('; ');
}

/** A value that stays one declaration: nothing that ends it or opens a block. */
const cssValue = (value: string) => value.split(/[;{}\\]/)[0].trim();

/** An attribute value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The URL of a file next to the script at `scriptUrl`, e.g. embed.html next to pomoc.iife.js. */
export function besideScript(scriptUrl: string, file: string): string {
  try {
    return new URL(file, scriptUrl.trim()).href;
  } catch {
    // Not an absolute URL (yet): replace the last path segment.
    return scriptUrl.trim().replace(/[^/]*$/, file);
  }
}

/** The embed.html address that shows the chosen widget in an iframe. */
export function iframeUrl(options: SnippetOptions): string {
  const [element] = widgetElements(options);
  const params = new URLSearchParams({ widget: options.widget });
  for (const [name, value] of element.attributes) params.append(name, value);
  return `${besideScript(options.scriptUrl, 'embed.html')}?${params}`;
}

/**
 * The iframe's own style. `display: block` keeps it out of the line box: inline, it ignores the
 * margins a theme centres its text column with. The height is what it has when embed-host.js is
 * stripped (the frame then scrolls); the script replaces it with the content's height.
 */
export const IFRAME_STYLE = 'display: block; width: 100%; height: 40em; border: 0';

/** The exact HTML to paste: the script and the elements, or the iframe and its host script. */
export function snippet(options: SnippetOptions): string {
  if (isIframe(options)) {
    const widget = options.widget as Exclude<Widget, 'finder-map'>;
    const title = options.heading.trim() || TITLES[widget][options.lang];
    // The wrapper is a block that themes lay out like a paragraph: Twenty Twenty-Three centres it in
    // the text column (a bare iframe sat at the left edge), Twenty Twenty-One keeps it to the column's
    // width (a bare iframe went edge to edge).
    return [
      '<div class="pomoc-embed">',
      tagHtml('iframe', [
        ['title', title],
        ['src', iframeUrl(options)],
        ['style', IFRAME_STYLE],
      ]),
      '</div>',
      tagHtml('script', [['src', besideScript(options.scriptUrl, 'embed-host.js')]]),
    ].join('\n');
  }
  return [
    tagHtml('script', [['src', options.scriptUrl.trim()]]),
    ...widgetElements(options).map((element) => tagHtml(element.tag, element.attributes)),
  ].join('\n');
}

const LINE = 100;

/** An element with its closing tag: on one line when it fits, else one attribute a line. */
function tagHtml(tag: string, attributes: [string, string][]): string {
  const written = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  const oneLine = `<${[tag, ...written].join(' ')}></${tag}>`;
  if (oneLine.length <= LINE) return oneLine;
  return `<${tag}\n${written.map((attribute) => `  ${attribute}\n`).join('')}></${tag}>`;
}

/** The contrast ratio of a `#rrggbb` colour with white (WCAG 2.1: 4.5 for text, 3 for controls). */
export function contrastWithWhite(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}
