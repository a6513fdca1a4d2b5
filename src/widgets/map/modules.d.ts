// Leaflet 1.9 has no `module` field: its ES build is imported by path, typed as the package.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}

// Vite (and the test runner's plugin) serve `?inline` CSS as a string to adopt into a shadow root.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
