// `npm run size`: the gzip size of what a page loads — the finder alone, and everything in one
// classic script — bundled and minified as a webmaster's page would get them.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { inlineCss } from './inline-css.js';

const ENTRIES = [
  { name: 'finder only (ES module)', entry: 'src/widgets/finder/pomoc-finder.ts', format: 'esm' },
  { name: 'everything (classic script)', entry: 'src/index.ts', format: 'iife' },
  { name: 'map chunk (on demand)', entry: 'src/widgets/map/leaflet-view.ts', format: 'esm' },
];

const rows = [];
for (const { name, entry, format } of ENTRIES) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    plugins: [inlineCss],
  });
  const code = result.outputFiles[0].contents;
  rows.push({ name, minified: code.length, gzip: gzipSync(code, { level: 9 }).length });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('bundle                        minified     gzip');
for (const row of rows)
  console.log(`${row.name.padEnd(28)} ${kb(row.minified).padStart(9)} ${kb(row.gzip).padStart(8)}`);
