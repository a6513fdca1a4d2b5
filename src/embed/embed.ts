/**
 * The iframe embed, `embed.html?widget=finder&src=…&lang=…`, for CMSs that forbid scripts: it puts
 * one widget on the page from the URL's parameters and tells the page around it how tall it is
 * (`embed-host.js` there sets the iframe's height). Runs after pomoc.iife.js has defined the widgets.
 *
 * Anyone can write a link to the town's embed.html, so its URL must not choose where data comes
 * from: a catalogue (or map tiles) from anywhere would show a stranger's phone numbers under the
 * town's address. The embed loads them only from its own server and from the origins its page lists
 * in `<meta name="pomoc-sources" content="https://www.kraj.cz https://…">`.
 */
const TAGS = { finder: 'pomoc-finder', navigator: 'pomoc-navigator', map: 'pomoc-map' } as const;

// The attributes the URL may set, per widget; any other parameter is ignored.
const ATTRIBUTES: Record<keyof typeof TAGS, string[]> = {
  finder: ['page-size', 'service-types', 'target-groups', 'forms', 'towns', 'kinds', 'fixed-filters'],
  navigator: ['situation', 'exit-url'],
  map: ['tile-url', 'tile-attribution', 'center', 'zoom'],
};
const COMMON = ['src', 'heading', 'languages'];

/** The message embed-host.js listens for. */
export interface EmbedSizeMessage {
  type: 'pomoc-embed-size';
  height: number;
}

/** The origins the embed may load a catalogue or tiles from: its own, and those its page lists. */
function allowedOrigins(): Set<string> {
  const listed = document.querySelector<HTMLMetaElement>('meta[name="pomoc-sources"]')?.content ?? '';
  const origins = new Set([location.origin]);
  for (const entry of listed.split(/[\s,]+/)) {
    if (!entry) continue;
    try {
      origins.add(new URL(entry).origin);
    } catch {
      console.warn(`Pomoc: "${entry}" in <meta name="pomoc-sources"> is not an address`);
    }
  }
  return origins;
}

/** The origin of an address as the widget would resolve it; undefined when it is not one. */
function originOf(value: string): string | undefined {
  try {
    // A tile template's {z}/{x}/{y} do not change its origin.
    return new URL(value, location.href).origin;
  } catch {
    return undefined;
  }
}

function notice(text: string) {
  const message = document.createElement('p');
  message.textContent = text;
  document.body.append(message);
}

function start() {
  const params = new URLSearchParams(location.search);
  const widget = params.get('widget') ?? 'finder';
  const lang = params.get('lang');
  if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;
  document.body.style.margin = '0';
  if (!Object.hasOwn(TAGS, widget)) {
    notice(`Pomoc: neznámý widget „${widget}“ (finder, navigator nebo map).`);
    return;
  }
  const allowed = allowedOrigins();
  const source = params.get('src');
  if (source !== null && !allowed.has(originOf(source) ?? '')) {
    notice(
      `Pomoc: tato stránka nenačítá katalogy z ${originOf(source) ?? source}. ` +
        'Správce webu může tento zdroj povolit v embed.html (<meta name="pomoc-sources">).',
    );
    return;
  }
  const name = widget as keyof typeof TAGS;
  const element = document.createElement(TAGS[name]);
  for (const attribute of [...COMMON, ...ATTRIBUTES[name]]) {
    const value = params.get(attribute);
    if (value === null) continue;
    if (attribute === 'tile-url' && !allowed.has(originOf(value) ?? '')) {
      // The map keeps its default tiles.
      console.warn(`Pomoc: tiles from ${originOf(value) ?? value} are not listed in <meta name="pomoc-sources">`);
      continue;
    }
    element.setAttribute(attribute, value);
  }
  // The frame's URL is not the resident's: the view stays out of it, and the quick exit leaves the
  // whole page around the frame.
  if (name !== 'map') element.setAttribute('url-state', 'off');
  if (name === 'navigator') element.setAttribute('exit-target', 'top');
  document.body.append(element);

  if (window.parent === window) return;
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedSizeMessage = { type: 'pomoc-embed-size', height };
    // Only a height goes out, so any page may hear it.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start, { once: true });
