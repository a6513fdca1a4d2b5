// Loaded before the classic script on a page that checks what it fetched before its first results:
// the moment (performance.now()) its navigator first shows its situations or a plan, looked for
// every frame, as scripts/page-load.js does for `npm run size`.
window.firstResultsAt = new Promise((resolve) => {
  const check = () => {
    const navigator = document.querySelector('pomoc-navigator');
    if (navigator?.shadowRoot?.querySelector('.situations button, .outcome')) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});
