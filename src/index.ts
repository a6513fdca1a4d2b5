/**
 * Pomoc: web components for Czech catalogues of social and related services.
 * The public surface: the catalogue API and its types (the widgets register from here as they land).
 */
export * from './catalogue/index.js';
