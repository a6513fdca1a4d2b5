/**
 * The iframe embed, `embed.html?widget=finder&src=…&lang=…`, for CMSs that forbid scripts: it puts
 * one widget on the page from the URL's parameters and tells the page around it how tall it is
 * (`embed-host.js` there sets the iframe's height). Runs after pomoc.iife.js has defined the widgets.
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

function start() {
  const params = new URLSearchParams(location.search);
  const widget = params.get('widget') ?? 'finder';
  const lang = params.get('lang');
  if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;
  document.body.style.margin = '0';
  if (!Object.hasOwn(TAGS, widget)) {
    const message = document.createElement('p');
    message.textContent = `Pomoc: neznámý widget „${widget}“ (finder, navigator nebo map).`;
    document.body.append(message);
    return;
  }
  const name = widget as keyof typeof TAGS;
  const element = document.createElement(TAGS[name]);
  for (const attribute of [...COMMON, ...ATTRIBUTES[name]]) {
    const value = params.get(attribute);
    if (value !== null) element.setAttribute(attribute, value);
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
