// Loaded before the classic script on a page that checks what it fetched before its first results:
// the moment (performance.now()) its navigator first shows its situations or a plan, or its finder
// its first services, looked for every frame, as scripts/page-load.js does for `npm run size`.
window.firstResultsAt = new Promise((resolve) => {
  const shown = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector);
  const check = () => {
    if (shown('pomoc-navigator', '.situations button, .outcome') || shown('pomoc-finder', '.result')) {
      resolve(performance.now());
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});
