// The town's own map, made with the global Leaflet (window.L) the page already had, patched the
// way plugins patch it.
window.theirLeaflet = window.L;
window.L.theirPlugin = true;
document.addEventListener('DOMContentLoaded', () => {
  window.theirMap = window.L.map('their-map').setView([49.74, 13.59], 12);
  window.L.tileLayer('/test/fixtures/map-tiles/blank.png?{z}/{x}/{y}').addTo(window.theirMap);
  window.L.marker([49.74, 13.59]).addTo(window.theirMap);
});
