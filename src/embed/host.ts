/**
 * `embed-host.js`, once on a page with Pomoc iframes (embed.html): each iframe takes the height of
 * its content, so the page scrolls and the frame does not. Only the height is read from a message,
 * and only for a frame on this page that sent it.
 */
const INSTALLED = Symbol.for('pomoc.embed-host.v1');
const MAX_HEIGHT = 50_000;

const host = window as unknown as Record<symbol, boolean>;
if (!host[INSTALLED]) {
  host[INSTALLED] = true;
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== 'pomoc-embed-size' || typeof data.height !== 'number') return;
    if (!Number.isFinite(data.height) || data.height < 0) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      frame.style.height = `${Math.min(Math.ceil(data.height), MAX_HEIGHT)}px`;
      // A frame sized to its content has nothing to scroll.
      frame.setAttribute('scrolling', 'no');
    }
  });
}
