// Part of `npm run build`, after Vite: pomoc.iife.js (the classic script that loads the widgets'
// modules from its folder) and the iframe embed — embed.html (loads pomoc.iife.js and embed.js) and
// embed-host.js for the page around the iframe.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
for (const [entry, outfile] of [
  ['src/embed/classic.ts', 'dist/pomoc.iife.js'],
  ['src/embed/embed.ts', 'dist/embed.js'],
  ['src/embed/host.ts', 'dist/embed-host.js'],
]) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
copyFileSync('src/embed/embed.html', 'dist/embed.html');
